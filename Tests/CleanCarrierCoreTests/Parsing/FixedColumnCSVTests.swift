import CleanCarrierCore
import Testing

/// The fixed-column CSV readers (interconnects, equipment, cable circuits, landing parties) share one record loop:
/// the same header and field-count errors, and the same cap of 100 kept errors with every error counted.
@Suite struct FixedColumnCSVTests {
    /// Each reader, as a function of its text, and its header line.
    static let readers: [(name: String, header: [String], read: @Sendable (String) throws(InputErrors) -> Int)] = [
        (
            "interconnects", InterconnectCSVReader.columns,
            { text throws(InputErrors) in try InterconnectCSVReader.interconnects(in: text, file: "f.csv").count }
        ),
        ("equipment", EquipmentCSVReader.columns, { text throws(InputErrors) in try EquipmentCSVReader.elements(in: text, file: "f.csv").count }),
        (
            "cable-circuits", DeclaredCircuitCSVReader.columns,
            { text throws(InputErrors) in try DeclaredCircuitCSVReader.circuits(in: text, file: "f.csv").count }
        ),
        (
            "landing-parties", LandingPartyCSVReader.columns,
            { text throws(InputErrors) in try LandingPartyCSVReader.parties(in: text, file: "f.csv", cables: []).count }
        ),
    ]

    static func errors(_ read: (String) throws(InputErrors) -> Int, _ text: String) -> InputErrors? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: 0..<4) func anEmptyFileAndAWrongHeaderNameTheHeader(_ reader: Int) throws {
        let (name, columns, read) = Self.readers[reader]
        let empty = try #require(Self.errors(read, "# only a comment\n"), "\(name)")
        #expect(
            empty.errors == [
                InputError(
                    file: "f.csv",
                    line: 1,
                    field: "header",
                    message: "the file is empty: expected a header line \(columns.joined(separator: ","))"
                )
            ]
        )
        let wrong = try #require(Self.errors(read, "# note\nA,B\n"), "\(name)")
        #expect(
            wrong.errors == [
                InputError(file: "f.csv", line: 2, field: "header", message: "expected the columns \(columns.joined(separator: ",")), found a,b")
            ]
        )
    }

    @Test(arguments: 0..<4) func aRejectedFileKeeps100ErrorsAndCountsThemAll(_ reader: Int) throws {
        let (name, columns, read) = Self.readers[reader]
        let text = columns.joined(separator: ",") + "\n" + String(repeating: "x\n", count: 250)
        let errors = try #require(Self.errors(read, text), "\(name)")
        #expect(errors.errors.count == 100 && errors.total == 250, "\(name)")
        #expect(errors.errors[0] == InputError(file: "f.csv", line: 2, field: "line", message: "expected \(columns.count) fields, found 1"))
        #expect(errors.errors[99].line == 101)
    }
}
