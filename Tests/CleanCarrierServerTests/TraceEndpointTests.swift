import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

/// `GET /trace/data` and `GET /trace/call`: the routes `cleancarrier trace data|call` compute, as JSON, for a regulator.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct TraceEndpointTests {
    @Test func aDataTraceNamesEveryHopWithItsVerdictAndTheFailover() async throws {
        try await APITestHarness.run { api in
            let response = try await api.request("/trace/data?from=AS7018&to=4134&as_of=2024-01-01", key: api.regulator)
            #expect(response.status == .ok)
            let json = try APITestHarness.json(response)
            let snapshot = try await SnapshotLoader(client: api.database).load(asOf: Day(iso: "2024-01-01")!, logger: TestDatabase.logger)
            let expected = try DataRouteTrace.trace(from: ASN(7018), to: "AS4134", in: snapshot)
            let primary = json["primary"] as? [[String: Any]] ?? []
            #expect(primary.map { ($0["party"] as? [String: Any])?["ref"] as? String } == expected.primary.map(\.party.ref))
            #expect(primary.first?["role"] as? String == "source")
            #expect(primary.last?["role"] as? String == "destination")
            let destination = try #require(primary.last?["party"] as? [String: Any])
            #expect(destination["ref"] as? String == "AS4134")
            #expect(destination["untrusted"] as? Bool == true)
            #expect((primary.last?["trustChains"] as? [String])?.isEmpty == false)
            #expect(json["failedNextHop"] as? String == expected.failedNextHop.description)
            let failover = json["failover"] as? [[String: Any]] ?? []
            #expect(failover.map { ($0["party"] as? [String: Any])?["ref"] as? String } == expected.failover.map(\.party.ref))
            #expect(json["asOf"] as? String == "2024-01-01")

            #expect(try await api.request("/trace/data?from=x&to=AS4134", key: api.regulator).status == .badRequest)
            #expect(try await api.request("/trace/data?from=AS7018&to=nowhere", key: api.regulator).status == .badRequest)
            #expect(try await api.request("/trace/data?from=AS7018&to=AS64511", key: api.regulator).status == .notFound)
            #expect(try await api.request("/trace/data?from=AS7018&to=AS4134", key: api.att).status == .forbidden)
        }
    }

    @Test func aCallTraceFollowsTheUploadedRoutesToTheUntrustedCarrier() async throws {
        try await APITestHarness.run { api in
            let ranges = try await api.request(
                "/datasets/number-ranges",
                .post,
                key: api.regulator,
                contentType: "text/csv",
                body: try APITestHarness.fixture("voice/ranges.csv")
            )
            #expect(ranges.status == .created)
            let routes = try await api.request(
                "/datasets/voice-routes",
                .post,
                key: api.regulator,
                contentType: "text/csv",
                body: try APITestHarness.fixture("voice/routes.csv")
            )
            #expect(routes.status == .created)

            let response = try await api.request("/trace/call?from=att&to=%2B8613512345678&as_of=2024-01-01", key: api.regulator)
            #expect(response.status == .ok)
            let json = try APITestHarness.json(response)
            let trace = try #require(json["trace"] as? [String: Any])
            #expect(trace["origin"] as? String == "att")
            #expect(trace["number"] as? String == "+8613512345678")
            let branches = trace["branches"] as? [[String: Any]] ?? []
            #expect(branches.count > 1)
            let firstHops = (branches.first?["hops"] as? [[String: Any]] ?? []).compactMap { $0["entity"] as? String }
            #expect(firstHops.prefix(2) == ["att", "tata-communications-america"])
            let untrusted = json["untrustedCarriers"] as? [[String: Any]] ?? []
            let americas = try #require(untrusted.first { $0["entity"] as? String == "china-telecom-americas" })
            #expect((americas["trustChains"] as? [String])?.isEmpty == false)

            #expect(try await api.request("/trace/call?from=att&to=call-me", key: api.regulator).status == .badRequest)
            let unknown = try await api.request("/trace/call?from=nobody&to=%2B8613512345678", key: api.regulator)
            #expect(unknown.status == .notFound)
            #expect(try APITestHarness.json(unknown)["detail"] as? String == "unknown entity 'nobody': not in the active registry")
            #expect(try await api.request("/trace/call?from=att&to=%2B8613512345678", key: api.att).status == .forbidden)
        }
    }
}
