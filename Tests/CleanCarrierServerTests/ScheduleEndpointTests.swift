import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import PostgresNIO
import Testing

/// `/schedules` and `/jobs` through the router on a real database: regulator only, validated, audited.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct ScheduleEndpointTests {
    static let json = "application/json"

    @Test func schedulesAreCreatedListedAndDeletedWithAnAuditRowEach() async throws {
        try await APITestHarness.run { api in
            let body = #"{"name":"nightly","cron":"0 2 * * *","timeZone":"America/New_York","asOf":"yesterday"}"#
            let before = Date()
            let created = try await api.request("/schedules", .post, key: api.regulator, contentType: Self.json, body: Data(body.utf8))
            #expect(created.status == .created)
            let schedule = try APITestHarness.json(created)
            #expect(schedule["name"] as? String == "nightly")
            #expect(schedule["cron"] as? String == "0 2 * * *")
            #expect(schedule["timeZone"] as? String == "America/New_York")
            #expect(schedule["asOf"] as? String == "yesterday")
            #expect(schedule["enabled"] as? Bool == true)
            // The next firing is 02:00 in New York (06:00 or 07:00 UTC), within a day.
            let next = try #require((schedule["nextRun"] as? String).flatMap { try? Date($0, strategy: .iso8601) })
            #expect(next > before && next <= before.addingTimeInterval(86_400))
            #expect([6, 7].contains(Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: next).hour))

            let defaults = Data(#"{"name":"hourly","cron":"@hourly"}"#.utf8)
            let hourly = try await api.request("/schedules", .post, key: api.regulator, contentType: Self.json, body: defaults)
            #expect(hourly.status == .created)
            #expect(try APITestHarness.json(hourly)["timeZone"] as? String == "UTC")
            #expect(try APITestHarness.json(hourly)["asOf"] as? String == "today")

            let listed = try APITestHarness.items(try await api.request("/schedules", key: api.regulator))
            #expect(listed.compactMap { $0["name"] as? String } == ["hourly", "nightly"])
            #expect(listed.last?["nextRun"] as? String == schedule["nextRun"] as? String)

            let deleted = try await api.request("/schedules/nightly", .delete, key: api.regulator)
            #expect(deleted.status == .ok)
            #expect(try APITestHarness.json(deleted)["name"] as? String == "nightly")
            #expect(try await api.request("/schedules/nightly", .delete, key: api.regulator).status == .notFound)
            let left = try APITestHarness.items(try await api.request("/schedules", key: api.regulator))
            #expect(left.compactMap { $0["name"] as? String } == ["hourly"])

            let audit = try APITestHarness.items(try await api.request("/audit", key: api.regulator))
            #expect(audit.prefix(3).compactMap { $0["action"] as? String } == ["schedule.delete", "schedule.create", "schedule.create"])
            #expect(audit.prefix(3).compactMap { $0["target"] as? String } == ["schedule:nightly", "schedule:hourly", "schedule:nightly"])
            #expect((audit.last { $0["target"] as? String == "schedule:nightly" }?["details"] as? [String: Any])?["cron"] as? String == "0 2 * * *")
        }
    }

    @Test func badFieldsAre422NamingTheFieldAndDuplicatesAre409WithNothingWritten() async throws {
        try await APITestHarness.run { api in
            let refusals: [(String, String)] = [
                (#"{"name":"bad","cron":"0 25 * * *"}"#, "cron"),
                (#"{"name":"bad","cron":"0 2 * *"}"#, "cron"),
                (#"{"name":"bad","cron":"0 0 30 2 *"}"#, "cron"),  // 30 February never comes
                (#"{"name":"bad","cron":"0 2 * * *","timeZone":"Mars/Olympus_Mons"}"#, "timeZone"),
                (#"{"name":"a/b","cron":"0 2 * * *"}"#, "name"),
                (#"{"name":"","cron":"0 2 * * *"}"#, "name"),
            ]
            for (body, field) in refusals {
                let response = try await api.request("/schedules", .post, key: api.regulator, contentType: Self.json, body: Data(body.utf8))
                #expect(response.status == .unprocessableContent, "\(body)")
                #expect(response.headers[.contentType] == "application/problem+json")
                let errors = try APITestHarness.json(response)["errors"] as? [[String: Any]]
                #expect(errors?.compactMap { $0["field"] as? String } == [field], "\(body)")
            }
            #expect(try await self.count("schedules", api) == 0)
            #expect(try await self.count("audit_log", api, where: "action LIKE 'schedule.%'") == 0)

            let body = Data(#"{"name":"nightly","cron":"@daily"}"#.utf8)
            #expect(try await api.request("/schedules", .post, key: api.regulator, contentType: Self.json, body: body).status == .created)
            let again = Data(#"{"name":"nightly","cron":"@weekly","timeZone":"Europe/Paris"}"#.utf8)
            let duplicate = try await api.request("/schedules", .post, key: api.regulator, contentType: Self.json, body: again)
            #expect(duplicate.status == .conflict)
            #expect(duplicate.headers[.contentType] == "application/problem+json")
            let listed = try APITestHarness.items(try await api.request("/schedules", key: api.regulator))
            #expect(listed.count == 1 && listed.first?["cron"] as? String == "@daily")
            #expect(try await self.count("audit_log", api, where: "action LIKE 'schedule.%'") == 1)
        }
    }

    @Test func onlyARegulatorKeyReachesSchedulesAndJobs() async throws {
        try await APITestHarness.run { api in
            let body = Data(#"{"name":"nightly","cron":"@daily"}"#.utf8)
            let operations: [(String, HTTPRequest.Method, Data?)] = [
                ("/schedules", .get, nil), ("/schedules", .post, body), ("/schedules/nightly", .delete, nil), ("/jobs", .get, nil),
                ("/jobs/1", .get, nil),
            ]
            for (uri, method, body) in operations {
                let contentType = body == nil ? nil : Self.json
                for key in [api.att, api.admin] {
                    let response = try await api.request(uri, method, key: key, contentType: contentType, body: body)
                    #expect(response.status == .forbidden, "\(method) \(uri)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                }
                let anonymous = try await api.request(uri, method, key: nil, contentType: contentType, body: body)
                #expect(anonymous.status == .unauthorized, "\(method) \(uri)")
                #expect(anonymous.headers[.wwwAuthenticate] != nil)
            }
            let unsupported = try await api.request("/schedules", .put, key: api.regulator)
            #expect(unsupported.status == .methodNotAllowed)
            #expect(unsupported.headers[.allow] == "GET, POST")
            #expect(try await self.count("schedules", api) == 0)
            #expect(try await self.count("audit_log", api, where: "action LIKE 'schedule.%'") == 0)
        }
    }

    @Test func jobsListWithAStatusFilterAndShowTheirAttempts() async throws {
        try await APITestHarness.run { api in
            let queue = JobQueue(client: api.database)
            let logger = TestDatabase.logger
            let payload = EvaluationJobPayload(asOf: Day(iso: "2024-01-01")!, trigger: "cli")
            let failed = try #require(try await queue.enqueue(kind: EvaluationJobPayload.kind, payload: payload, maxAttempts: 1, logger: logger))
            let job = try #require(try await queue.claim(owner: "worker-a", logger: logger))
            #expect(job.id == failed)
            _ = try await queue.fail(job, owner: "worker-a", error: "boom", logger: logger)
            let queued = try #require(
                try await queue.enqueue(kind: EvaluationJobPayload.kind, payload: payload, dedupeKey: "test:queued", logger: logger)
            )

            let all = try APITestHarness.items(try await api.request("/jobs", key: api.regulator))
            #expect(all.compactMap { $0["id"] as? Int64 ?? ($0["id"] as? Int).map(Int64.init) } == [queued, failed])
            #expect(all.first?["status"] as? String == "queued")
            #expect(all.first?["dedupeKey"] as? String == "test:queued")
            #expect((all.first?["payload"] as? [String: Any])?["trigger"] as? String == "cli")
            #expect(all.allSatisfy { $0["history"] == nil })
            let onlyFailed = try APITestHarness.items(try await api.request("/jobs?status=failed", key: api.regulator))
            #expect(onlyFailed.count == 1 && onlyFailed.first?["lastError"] as? String == "boom")
            #expect(try APITestHarness.items(try await api.request("/jobs?limit=1", key: api.regulator)).count == 1)
            #expect(try await api.request("/jobs?status=bogus", key: api.regulator).status == .badRequest)

            let shown = try APITestHarness.json(try await api.request("/jobs/\(failed)", key: api.regulator))
            #expect(shown["status"] as? String == "failed")
            let history = try #require(shown["history"] as? [[String: Any]])
            #expect(history.count == 1)
            #expect(history.first?["worker"] as? String == "worker-a")
            #expect(history.first?["outcome"] as? String == "failed")
            #expect(history.first?["error"] as? String == "boom")
            #expect(try await api.request("/jobs/999999", key: api.regulator).status == .notFound)
        }
    }

    /// The rows of `table` (matching `condition`).
    private func count(_ table: String, _ api: APITestHarness, where condition: String = "true") async throws -> Int {
        let rows = try await api.database.query(
            "SELECT count(*)::int FROM \(unescaped: table) WHERE \(unescaped: condition)",
            logger: TestDatabase.logger
        )
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }
}
