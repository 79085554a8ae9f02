import CleanCarrierServer
import CleanCarrierStore
import Configuration
import Foundation
import Logging
import Testing

/// `cleancarrier serve`'s options reach the server under the keys it reads, and win over the environment.
@Suite struct ServerSettingsTests {
    static let database = try! DatabaseURL("postgres://cc@127.0.0.1:5432/cc")

    @Test func givenOverridesAreWhatTheServerReads() throws {
        let overrides = ServerSettings.Overrides(database: Self.database, logLevel: .debug, hostname: "0.0.0.0", port: 9091, uploadLimit: 1_024)
        let settings = try ServerSettings(reader: overrides.reader)
        #expect(settings.database.connectionString == Self.database.connectionString)
        #expect(settings.logLevel == .debug && settings.uploadLimit == 1_024)
        #expect(overrides.reader.string(forKey: "http.host") == "0.0.0.0" && overrides.reader.int(forKey: "http.port") == 9091)
    }

    @Test func absentOverridesLeaveTheEnvironmentOrTheDefaults() throws {
        let reader = ServerSettings.Overrides(database: Self.database, logLevel: .info).reader
        let environment = ProcessInfo.processInfo.environment
        #expect(reader.string(forKey: "http.host") == environment["HTTP_HOST"])
        #expect(reader.int(forKey: "http.port") == environment["HTTP_PORT"].flatMap { Int($0) })
        let limit = environment["UPLOAD_MAX_BYTES"].flatMap { Int($0) } ?? ServerSettings.defaultUploadLimit
        #expect(try ServerSettings(reader: reader).uploadLimit == limit)
    }
}
