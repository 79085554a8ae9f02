import CleanCarrierCore
import CleanCarrierTestSupport
import Foundation
import Testing

@Suite struct CableMapReaderTests {
    static func files(_ replacing: [String: String] = [:]) -> [CableMapReader.File] {
        var files = CableMapSample.cables().map { CableMapReader.File(path: "cable/\($0.key).json", text: $0.value) }
        files.append(.init(path: "cable/all.json", text: "[]"))
        for (path, text) in replacing {
            files.removeAll { $0.path == path }
            files.append(.init(path: path, text: text))
        }
        return files
    }

    /// The errors reading `files` gives (none when it reads).
    static func errors(_ files: [CableMapReader.File]) -> [InputError] {
        do throws(InputErrors) {
            _ = try CableMapReader.read(files)
            return []
        } catch {
            return error.errors
        }
    }

    @Test func readsCablesLandingPointsAndOwners() throws {
        let map = try CableMapReader.read(Self.files(), dataset: 7)
        #expect(map.cables.map(\.id) == ["atlantic-test", "future-test", "pacific-test", "pccw-test"])
        let pacific = try #require(map.cables.first { $0.id == "pacific-test" })
        #expect(pacific.owners.map(\.name) == ["China Telecom", "Google"])
        #expect(pacific.origin == RecordOrigin(dataset: 7, file: "cable/pacific-test.json", line: nil, object: "cable pacific-test"))
        #expect(map.countries(of: pacific) == ["US", "CN"])
        #expect(map.landingPoints["hermosa-beach-ca-united-states"]?.city == "Hermosa Beach, CA")
        let atlantic = try #require(map.cables.first { $0.id == "atlantic-test" })
        #expect(atlantic.owners.map(\.name) == ["AT&T", "Nobody Known Telecom, Ltd."], "a company suffix stays with its name")
        #expect(map.cables(linking: "US", "JP").map(\.id) == ["future-test", "pccw-test"])
    }

    @Test func plannedAndRetiredCablesCountOnlyInsideTheirDates() throws {
        let map = try CableMapReader.read(
            Self.files(["cable/pccw-test.json": CableMapSample.cables(retired: ["pccw-test": "2025-01-01"])["pccw-test"]!])
        )
        let future = try #require(map.cables.first { $0.id == "future-test" })
        #expect(!future.isInService(on: Day(iso: "2029-12-31")!) && future.isInService(on: Day(iso: "2030-01-01")!))
        let pccw = try #require(map.cables.first { $0.id == "pccw-test" })
        #expect(pccw.isInService(on: Day(iso: "2024-12-31")!) && !pccw.isInService(on: Day(iso: "2025-01-01")!))
        #expect(pccw.status(on: Day(iso: "2025-06-01")!) == "retired 2025-01-01")
    }

    @Test(arguments: [
        (
            #"{"id":"bad","name":"Bad","landing_points":[{"id":"x","name":"X, Atlantis","country":"Atlantis"}],"owners":"A","is_planned":false}"#,
            "landing_points[0].country"
        ),
        (#"{"id":"bad","name":"Bad","landing_points":"none","owners":"A","is_planned":false}"#, "landing_points"),
        (#"{"id":"bad","landing_points":[],"owners":"A","is_planned":false}"#, "name"),
        (#"{"id":"bad","name":"Bad","landing_points":[],"owners":7,"is_planned":false}"#, "owners"),
        (#"{"id":"bad","name":"Bad","landing_points":[],"owners":"A","is_planned":false,"rfs_year":"soon"}"#, "rfs_year"),
        (#"{"id":"bad","name":"Bad","landing_points":[],"owners":"A","is_planned":false,"retired":"2024-13-01"}"#, "retired"),
    ])
    func badCableFilesAreRejectedByFileAndField(text: String, field: String) {
        let errors = Self.errors(Self.files(["cable/bad.json": text]))
        #expect(errors.contains { $0.file == "cable/bad.json" && $0.field == field }, "\(errors)")
    }

    @Test func notJSONAndBadCoordinatesAreNamed() {
        let errors = Self.errors(
            Self.files(["cable/broken.json": "{", "landing-point/landing-point-geo.json": #"{"features":[{"type":"Feature"}]}"#])
        )
        #expect(errors.contains { $0.file == "cable/broken.json" && $0.message == "not valid JSON" })
        #expect(errors.contains { $0.file == "landing-point/landing-point-geo.json" && $0.field == "features[0]" })
    }

    @Test func landingPartiesAreReadByLineAndField() throws {
        let good = "cable,entity,role,licence,granted,expires\npacific-test,china-telecom-americas,licensee,SCL-LIC-20180101-00001,2018-01-01,\n"
        let map = try CableMapReader.read(Self.files([LandingPartyCSVReader.fileName: good]))
        #expect(map.landingParties.map(\.licence) == ["SCL-LIC-20180101-00001"])
        let bad = "cable,entity,role,licence,granted,expires\nno-such-cable,china-telecom-americas,owner,,2018-01-01,\n"
        let errors = Self.errors(Self.files([LandingPartyCSVReader.fileName: bad]))
        #expect(Set(errors.compactMap(\.field)) == ["cable", "role"])
        #expect(!errors.isEmpty && errors.allSatisfy { $0.line == 2 && $0.file == LandingPartyCSVReader.fileName })
    }
}
