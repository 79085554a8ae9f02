import CleanCarrierCore
import Testing

@Suite struct RIRDelegatedReaderTests {
    @Test func expandsAssignedASNRangesAndSkipsEverythingElse() throws {
        let text = """
            2.3|arin|1485842936088|129253|19700101|20170131|-0500
            arin|*|asn|*|26243|summary
            # a comment
            arin|US|asn|8100|1|20060824|assigned|ca3d8a6ef0d38ee25d6ac39b9c0f6c42
            arin|US|ipv4|8.0.0.0|16777216|19921201|allocated|a1
            apnic|cn|asn|4134|3||allocated|A914EAE4\r
            arin||asn|64512|1024||reserved|
            ripencc|ZZ|asn|1000|2||available|
            """
        let registrations = try RIRDelegatedReader.registrations(in: text, file: "d.txt")
        #expect(registrations.map(\.asn.rawValue) == [8100, 4134, 4135, 4136])
        #expect(registrations[0].registered == Day(iso: "2006-08-24"))
        #expect(registrations[0].registryName == "ARIN")
        #expect(registrations[1].country == "CN")
        #expect(registrations[1].registered == nil)
        #expect(registrations[3].holderID == "A914EAE4")
        #expect(registrations[3].line == 6)
    }

    @Test func malformedASNRowsNameTheirLineAndField() {
        let text = "arin|US|asn|81x0|1|20060824|assigned|a\nripencc|DE|asn|4294967295|2|20060824|assigned|b\n"
        #expect {
            _ = try RIRDelegatedReader.registrations(in: text, file: "d.txt")
        } throws: { error in
            ((error as? InputErrors)?.errors ?? []).map { "\($0.line ?? 0):\($0.field ?? "")" } == ["1:start", "2:value"]
        }
    }

    /// Found by the importer fuzzing (ImporterFuzzTests): a swapped or inflated count expanded into millions (up to
    /// billions) of registrations before anything could reject it.
    @Test func oversizedCountsAreRejectedInsteadOfExpanded() {
        let text = "arin|US|asn|8100|1|20060824|assigned|a\narin|US|asn|1|4294967294|20060824|assigned|b\napnic|CN|asn|1|131072||allocated|c\n"
        #expect {
            _ = try RIRDelegatedReader.registrations(in: text, file: "d.txt")
        } throws: { error in
            let errors = (error as? InputErrors)?.errors ?? []
            return errors.map(\.line) == [2, 3] && errors.allSatisfy { $0.field == "value" && $0.file == "d.txt" }
        }
    }
}
