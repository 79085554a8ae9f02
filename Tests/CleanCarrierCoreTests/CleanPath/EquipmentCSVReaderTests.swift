import CleanCarrierCore
import Testing

/// The equipment inventory CSV: every field read, and every problem named by file, line and field.
@Suite struct EquipmentCSVReaderTests {
    static let header = "network,site,role,kind,vendor,model,in_service_from,removed_on,replacement_plan\n"

    @Test func readsEveryField() throws {
        let csv =
            Self.header
            + "# a comment\nAS7018,\"Dallas, TX\",Transmission,ran,huawei,BTS3900,2016-03-01,2021-09-30,2021-06-30\natt,Core,storage,,nokia,X,2019-01-01,,\n"
        let elements = try EquipmentCSVReader.elements(in: csv, file: "inv.csv", dataset: 4)
        #expect(elements.count == 2)
        let first = try #require(elements.first)
        #expect(first.network == .network(ASN(7018)) && first.site == "Dallas, TX" && first.role == .transmission && first.kind == .ran)
        #expect(first.vendor == "huawei" && first.model == "BTS3900")
        #expect(
            first.inService == Day(iso: "2016-03-01") && first.removed == Day(iso: "2021-09-30") && first.replacementPlan == Day(iso: "2021-06-30")
        )
        #expect(first.origin == RecordOrigin(dataset: 4, file: "inv.csv", line: 3))
        #expect(elements.last?.kind == nil && elements.last?.network == .entity("att") && elements.last?.removed == nil)
        #expect(first.isInService(on: Day(iso: "2021-09-29")!) && !first.isInService(on: Day(iso: "2021-09-30")!))
        #expect(!first.isInService(on: Day(iso: "2016-02-29")!))
    }

    @Test func namesFileLineAndFieldOfEveryProblem() {
        let csv =
            Self.header + """
                AS70x18,Site,transmission,ran,huawei,M,2016-03-01,,
                att,,radio,antenna,huawei,M,2016-03-01,,
                att,Site,control,core,Huawei Inc,,2016-13-01,,
                att,Site,control,core,nokia,M,2020-01-01,2019-01-01,2019-06-01
                att,Site,control,core,unknown-vendor,M,2020-01-01,,
                nobody,Site,control,core,nokia,M,2020-01-01,,
                att,Site,control
                """
        do {
            _ = try EquipmentCSVReader.elements(in: csv, file: "inv.csv", knownEntities: ["att", "huawei", "nokia"])
            Issue.record("expected the file to be rejected")
        } catch {
            let places = error.errors.map { "\($0.line ?? 0) \($0.field ?? "")" }
            #expect(
                places == [
                    "2 network", "3 site", "3 role", "3 kind", "4 vendor", "4 model", "4 in_service_from", "5 removed_on", "5 replacement_plan",
                    "6 vendor", "7 network", "8 line",
                ]
            )
            #expect(error.errors.allSatisfy { $0.file == "inv.csv" })
            #expect(error.errors.first { $0.field == "vendor" && $0.line == 6 }?.message.contains("unknown vendor 'unknown-vendor'") == true)
        }
    }

    @Test func refusesAWrongHeader() {
        #expect(throws: InputErrors.self) { try EquipmentCSVReader.elements(in: "network,site\nAS1,x\n", file: "inv.csv") }
        #expect(throws: InputErrors.self) { try EquipmentCSVReader.elements(in: "", file: "inv.csv") }
    }
}
