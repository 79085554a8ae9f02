public import CleanCarrierCore
public import Logging
public import PostgresNIO

/// Reads what the public registries say about ASNs: the RIRs' registrations and the published AS names, from the
/// active `rir-delegated` datasets (one per RIR) and the active `as-names` dataset.
public struct ASNRegistrationRepository: Sendable {
    /// How much of the public registries the store holds.
    public struct Summary: Sendable, Hashable {
        /// Active RIR datasets, by scope (the RIR).
        public var rirDatasets: [String: Int64]
        /// Distinct ASNs registered in them.
        public var asns: Int
        /// Distinct registered ASNs per registration country.
        public var byCountry: [String: Int]
        /// ASNs with a published name.
        public var names: Int
    }

    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    /// The RIR registration of `asn`, from the newest active dataset that has one.
    public func registration(of asn: ASN, logger: Logger) async throws -> ASNRegistration? {
        let rows = try await self.client.query(
            """
            SELECT r.rir, r.country, r.status, r.registered::text, r.holder_id, r.line FROM asn_registrations r
            JOIN datasets d ON d.id = r.dataset_id WHERE d.kind = 'rir-delegated' AND d.status = 'active' AND r.asn = \(Int64(asn.rawValue))
            ORDER BY d.id DESC LIMIT 1
            """,
            logger: logger
        )
        for try await (rir, country, status, registered, holder, line) in rows.decode((String, String, String, String?, String?, Int).self) {
            return ASNRegistration(
                asn: asn,
                rir: rir,
                country: country,
                status: status,
                registered: try UnreadableStoredValue.day(registered, table: "asn_registrations", column: "registered"),
                holderID: holder,
                line: line
            )
        }
        return nil
    }

    /// The published name of `asn` in the active AS-names list.
    public func name(of asn: ASN, logger: Logger) async throws -> ASName? {
        let rows = try await self.client.query(
            """
            SELECT n.name, n.country, n.line FROM as_names n JOIN datasets d ON d.id = n.dataset_id
            WHERE d.kind = 'as-names' AND d.status = 'active' AND n.asn = \(Int64(asn.rawValue)) ORDER BY d.id DESC LIMIT 1
            """,
            logger: logger
        )
        for try await (name, country, line) in rows.decode((String, String?, Int).self) {
            return ASName(asn: asn, name: name, country: country, line: line)
        }
        return nil
    }

    /// The other ASNs registered to the same RIR account as `registration` (same registry and holder id), in order.
    public func asns(sharingAccountOf registration: ASNRegistration, logger: Logger) async throws -> [ASN] {
        guard let holder = registration.holderID else { return [] }
        var asns: [ASN] = []
        for try await asn in try await self.client.query(
            """
            SELECT DISTINCT r.asn FROM asn_registrations r JOIN datasets d ON d.id = r.dataset_id
            WHERE d.kind = 'rir-delegated' AND d.status = 'active' AND r.rir = \(registration.rir) AND r.holder_id = \(holder)
            AND r.asn <> \(Int64(registration.asn.rawValue)) ORDER BY r.asn
            """,
            logger: logger
        ).decode(Int64.self) {
            asns.append(ASN(UInt32(asn)))
        }
        return asns
    }

    /// Counts over the active datasets, computed in SQL.
    public func summary(logger: Logger) async throws -> Summary {
        var summary = Summary(rirDatasets: [:], asns: 0, byCountry: [:], names: 0)
        for try await (scope, id) in try await self.client.query(
            "SELECT scope, id FROM datasets WHERE kind = 'rir-delegated' AND status = 'active'",
            logger: logger
        ).decode((String, Int64).self) {
            summary.rirDatasets[scope] = id
        }
        for try await (country, count) in try await self.client.query(
            """
            SELECT country, count(DISTINCT asn)::int FROM asn_registrations r JOIN datasets d ON d.id = r.dataset_id
            WHERE d.kind = 'rir-delegated' AND d.status = 'active' GROUP BY country
            """,
            logger: logger
        ).decode((String, Int).self) {
            summary.byCountry[country] = count
        }
        for try await (asns, names) in try await self.client.query(
            """
            SELECT (SELECT count(DISTINCT asn)::int FROM asn_registrations r JOIN datasets d ON d.id = r.dataset_id
                    WHERE d.kind = 'rir-delegated' AND d.status = 'active'),
                   (SELECT count(*)::int FROM as_names n JOIN datasets d ON d.id = n.dataset_id
                    WHERE d.kind = 'as-names' AND d.status = 'active')
            """,
            logger: logger
        ).decode((Int, Int).self) {
            summary.asns = asns
            summary.names = names
        }
        return summary
    }
}
