import CleanCarrierCore
import Testing

@Suite struct InterconnectCSVReaderTests {
    static let header = "party_a,party_b,kind,facility,city,country,start,end\n"

    @Test func readsQuotedFacilitiesAndBothPartyForms() throws {
        let text = Self.header + "att,AS4134,ip-peering,\"Equinix LA1, One Wilshire\",Los Angeles,us,2020-01-01,\n"
        let rows = try InterconnectCSVReader.interconnects(in: text, file: "ic.csv", dataset: 7)
        #expect(rows.count == 1)
        #expect(rows[0].partyB == .network(ASN(4134)))
        #expect(rows[0].facility == "Equinix LA1, One Wilshire")
        #expect(rows[0].country == "US")
        #expect(rows[0].origin == RecordOrigin(dataset: 7, file: "ic.csv", line: 2))
    }

    @Test func rejectsBadASNWithLineAndField() {
        let text = Self.header + "att,AS4134,ip-peering,,,,,\natt,AS41x4,ip-peering,,,,,\n"
        #expect {
            _ = try InterconnectCSVReader.interconnects(in: text, file: "ic.csv")
        } throws: { error in
            (error as? InputErrors)?.errors == [
                InputError(file: "ic.csv", line: 3, field: "party_b", message: PartyRefError.badASN("AS41x4").description)
            ]
        }
    }

    @Test func rejectsMalformedLines() {
        let text = Self.header + "att,AS4134,ip-peering\natt,AS4134,telepathy,,,,,\natt,AS4134,ipx,,,,2021-02-30,\n"
        #expect {
            _ = try InterconnectCSVReader.interconnects(in: text, file: "ic.csv")
        } throws: { error in
            let errors = (error as? InputErrors)?.errors ?? []
            return errors.map(\.line) == [2, 3, 4] && errors.map(\.field) == ["line", "kind", "start"]
        }
    }

    @Test func rejectsWrongHeader() {
        #expect(throws: InputErrors.self) { try InterconnectCSVReader.interconnects(in: "a,b,c\n", file: "ic.csv") }
    }
}
