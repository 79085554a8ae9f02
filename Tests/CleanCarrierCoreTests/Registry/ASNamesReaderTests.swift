import CleanCarrierCore
import Foundation
import Testing

@Suite struct ASNamesReaderTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/registry/asnames-extract.txt")

    static func read(_ bytes: Data, file: String = "names.txt") throws(InputErrors) -> [ASName] {
        let text: String
        do { text = try TextEncoding.latin1.decode(bytes, file: file) } catch { throw InputErrors([error]) }
        return try ASNamesReader.names(in: text, file: file)
    }

    @Test func fixtureIsReadAsLatin1WithHandlesOrganisationsAndCountries() throws {
        let names = try Self.read(try Data(contentsOf: Self.fixture))
        #expect(names.count == 551)
        let quadranet = try #require(names.first { $0.asn == ASN(8100) })
        #expect(quadranet.name == "ASN-QUADRANET-GLOBAL - QuadraNet, Inc")
        #expect(quadranet.organisation == "QuadraNet, Inc")
        #expect(quadranet.country == "US")
        let rnp = try #require(names.first { $0.asn == ASN(1916) })
        #expect(rnp.name == "Associação Rede Nacional de Ensino e Pesquisa")
        #expect(rnp.line == 23)
        #expect(rnp.organisation == rnp.name)
    }

    @Test func latin1BytesDecodeToTheirCharactersAndUTF8ErrorsNameTheLine() throws {
        let bytes = Data("7\tDo".utf8) + Data([0xF1]) + Data("a Net, PH\n".utf8)
        #expect(try Self.read(bytes).first?.name == "Doña Net")
        #expect(throws: InputError(file: "u.txt", line: 2, message: "the file is not valid UTF-8 text (save it as UTF-8)")) {
            try TextEncoding.utf8.decode(Data("ok\nDo".utf8) + Data([0xF1]) + Data("a\n".utf8), file: "u.txt")
        }
    }

    @Test func naIsNoCountryEmptyNamesAreKeptAndTheCountryIsAfterTheLastComma() throws {
        let names = try Self.read(Data("19399\tSLLNET , na\n1\tLVLT-1 - Level 3 Communications, Inc., US\r\n\n# note\n1268\t, EU\n".utf8))
        #expect(names.map(\.country) == [nil, "US", "EU"])
        #expect(names.map(\.name) == ["SLLNET", "LVLT-1 - Level 3 Communications, Inc.", ""])
        #expect(names.map(\.organisation) == ["SLLNET", "Level 3 Communications, Inc.", nil])
        #expect(names.map(\.line) == [1, 2, 5])
    }

    @Test func everyBadLineIsReportedWithItsLineAndField() {
        let text = """
            1\tGOOD, US
            AS2 SPACES, US
            x3\tBAD NUMBER, US
            4\tNO COUNTRY
            5\tLONG COUNTRY, USA
            1\tAGAIN, US
            """
        #expect {
            _ = try ASNamesReader.names(in: text, file: "n.txt")
        } throws: { error in
            let errors = (error as? InputErrors)?.errors ?? []
            return errors.map { "\($0.line ?? 0):\($0.field ?? "")" } == ["2:line", "3:asn", "4:country", "5:country", "6:asn"]
                && errors.last?.message == "AS1 is listed twice (first on line 1)"
        }
    }
}
