import CleanCarrierCore
import Testing

/// Route and range CSV validation: each error names its line and field.
@Suite struct VoiceRouteReaderTests {
    static func errors(_ csv: String, known: Set<EntityID>? = nil) -> [InputError] {
        do {
            _ = try VoiceRouteReader.readCSV(csv, file: "routes.csv", knownEntities: known)
            return []
        } catch { return error.errors }
    }

    @Test func readsRoutesWithOptionalValidity() throws {
        let routes = try VoiceRouteReader.readCSV(
            "# comment\ncarrier,prefix,next_hop,priority,weight,valid_from,valid_to\natt,+86,bics,1,100,2019-01-01,\n",
            file: "r.csv"
        )
        #expect(routes.count == 1)
        #expect(routes[0].prefix.digits == "86" && routes[0].line == 3 && routes[0].validity.from == Day(iso: "2019-01-01"))
        #expect(routes[0].validity.to == nil)
    }

    @Test func windowsLineEndingsAndPaddedOrQuotedFieldsRead() throws {
        let routes = try VoiceRouteReader.readCSV(
            "carrier,prefix,next_hop,priority,weight\r\n\r\natt, 852 ,\"pccw-global\",1,100\r\nverizon,86,bics,2,\t5\r\n",
            file: "r.csv"
        )
        #expect(routes.map(\.line) == [3, 4])
        #expect(routes.map(\.nextHop) == ["pccw-global", "bics"] && routes[0].prefix.digits == "852" && routes[1].weight == 5)
    }

    @Test func badFieldsAreNamedWithTheirLine() {
        let found = Self.errors(
            """
            carrier,prefix,next_hop,priority,weight,valid_from,valid_to
            att,86a,bics,1,1,,
            att,86,BICS Inc,1,1,,
            att,86,bics,high,1,,
            att,86,bics,1,-2,,
            att,86,bics,1,1,2020-13-01,
            att,86,bics,1,1,2021-01-01,2020-01-01
            att,86,att,1,1,,
            att,86,bics,1,1
            att,86,bics,1,1,,
            att,86,bics,2,5,,
            """
        )
        let places = found.map { "\($0.line ?? 0):\($0.field ?? "")" }
        #expect(
            places == [
                "2:prefix", "3:next_hop", "4:priority", "5:weight", "6:valid_from", "7:valid_to", "8:next_hop", "9:line", "11:next_hop",
            ]
        )
        #expect(found.last?.message.contains("duplicate route att,86,bics (first on line 10)") == true)
        #expect(found.first?.description == "routes.csv:2: prefix: '86a' is not E.164 digits (1 to 15 digits, optional leading +)")
    }

    @Test func duplicateKeysWithDisjointValidityAreAllowed() {
        let csv = "carrier,prefix,next_hop,priority,weight,valid_from,valid_to\natt,86,bics,1,1,,2020-01-01\natt,86,bics,1,1,2020-01-01,\n"
        #expect(Self.errors(csv).isEmpty)
    }

    @Test func unknownEntitiesAndMissingColumns() {
        let unknown = Self.errors("carrier,prefix,next_hop,priority,weight\natt,86,bics,1,1\n", known: ["att"])
        #expect(unknown.map { "\($0.line ?? 0):\($0.field ?? ""):\($0.message)" } == ["2:next_hop:unknown entity 'bics'"])
        let missing = Self.errors("carrier,prefix,next_hop,priority\n")
        #expect(missing.count == 1 && missing[0].line == 1 && missing[0].field == "header" && missing[0].message == "missing column(s) weight")
    }

    @Test func rangeReadersKeep100ErrorsCountAllAndNameTheHeader() {
        let csv = "prefix,country_code,entity\n" + String(repeating: "44x,44,ee\n", count: 150)
        let tsv = "prefix\tcountry_code\tlang\tcarrier\n" + String(repeating: "44x\t44\ten\tEE\n", count: 150)
        for (name, read) in [
            ("csv", { () throws(InputErrors) in _ = try NumberRangeReader.readCSV(csv, file: "r") }),
            ("tsv", { () throws(InputErrors) in _ = try NumberRangeReader.readLibphonenumberTable(tsv, file: "r") }),
        ] {
            do {
                try read()
                Issue.record("\(name): expected errors")
            } catch {
                #expect(error.errors.count == 100 && error.total == 150 && error.errors.last?.line == 101, "\(name)")
            }
        }
        do {
            _ = try NumberRangeReader.readCSV("# nothing\n", file: "r.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.map(\.description) == ["r.csv:1: header: the file is empty: expected the header prefix,country_code,entity"])
        }
    }

    @Test func rangeCSVErrors() {
        do {
            _ = try NumberRangeReader.readCSV(
                "prefix,country_code,entity\n8613,86,china-mobile-ltd\n8613,86,china-mobile-ltd\n4473,86,ee\n44x,44,ee\n447,44,EE\n",
                file: "ranges.csv"
            )
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map { "\($0.line ?? 0):\($0.field ?? "")" } == ["3:prefix", "4:country_code", "5:prefix", "6:entity"])
        }
    }
}
