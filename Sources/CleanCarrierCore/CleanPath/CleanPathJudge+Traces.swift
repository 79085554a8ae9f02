import Foundation

extension CleanPathJudge {
    /// Why a path cannot be checked.
    public enum CheckFailure: Error, Sendable, CustomStringConvertible {
        /// The data route could not be traced.
        case dataTrace(DataRouteTrace.Failure)
        /// `from` is neither an ASN nor a registry entity, or (for a data path) an entity holding no ASN.
        case unknownSource(String)
        /// `to` is not an E.164 number.
        case badNumber(String)

        public var description: String {
            switch self {
            case .dataTrace(let failure): failure.description
            case .unknownSource(let text): "'\(text)' is neither an AS number nor an entity of the active registry (holding an ASN, for a data path)"
            case .badNumber(let text): "'\(text)' is not an E.164 number"
            }
        }
    }

    /// Checks the path from `from` to `to`: a call path when `to` is an E.164 number (`+...`), else a data path to an
    /// ASN or a prefix seen in the observed paths.
    /// - Parameters:
    ///   - from: an ASN (`AS7018`, `7018`) or a carrier entity (for a data path, every ASN it holds is a source).
    ///   - to: an ASN, a prefix, or an E.164 number.
    public func check(from: String, to: String) throws(CheckFailure) -> CleanPathResult {
        if to.hasPrefix("+") { return try self.checkCall(from: from, to: to) }
        return try self.checkData(from: from, to: to)
    }

    /// Checks the data route (primary and failover) from each source network to `to`.
    public func checkData(from: String, to: String) throws(CheckFailure) -> CleanPathResult {
        let sources = try self.sourceNetworks(from)
        var branches: [CleanPathBranch] = []
        var lastFailure: DataRouteTrace.Failure?
        for source in sources {
            let trace: DataRouteTrace
            do throws(DataRouteTrace.Failure) {
                trace = try DataRouteTrace.trace(from: source, to: to, in: self.context.snapshot)
            } catch {
                lastFailure = error
                continue
            }
            let origin = sources.count > 1 ? " from \(source)" : ""
            branches.append(self.branch(Self.refs(trace.primary), kind: .data, label: "primary\(origin)", isPrimary: true))
            if !trace.failover.isEmpty {
                branches.append(
                    self.branch(
                        Self.refs(trace.failover),
                        kind: .data,
                        label: "failover\(origin) (link \(source)–\(trace.failedNextHop) down)",
                        isPrimary: false
                    )
                )
            }
        }
        if branches.isEmpty, let lastFailure { throw .dataTrace(lastFailure) }
        return CleanPathResult(kind: .data, from: from, to: to, asOf: self.context.snapshot.asOf, branches: branches)
    }

    /// Checks the call from carrier `from` (an entity, or an ASN's holder) to number `to`: every branch of the trace,
    /// the primary first.
    public func checkCall(
        from: String,
        to: String,
        at instant: Date? = nil,
        limits: CallTracer.Limits = CallTracer.Limits()
    ) throws(CheckFailure)
        -> CleanPathResult
    {
        guard let number = DialedNumber(parsing: to) else { throw .badNumber(to) }
        let origin: EntityID
        switch PartyRef.parse(from) {
        case .success(.entity(let id)) where self.context.index.entities[id] != nil: origin = id
        case .success(.network(let asn)):
            guard let holder = self.context.index.holder(of: asn, on: self.context.snapshot.asOf) else { throw .unknownSource(from) }
            origin = holder.holder
        default: throw .unknownSource(from)
        }
        let trace = self.context.traceCall(from: origin, to: number, at: instant, limits: limits)
        var failovers = 0
        let branches = trace.branches.map { branch in
            if !branch.isPrimary { failovers += 1 }
            let label = branch.isPrimary ? "primary" : "failover \(failovers)"
            let ending = branch.outcome == .terminated ? "" : " (\(branch.outcome.rawValue))"
            return self.branch(branch.hops.map { .entity($0.entity) }, kind: .call, label: label + ending, isPrimary: branch.isPrimary)
        }
        return CleanPathResult(kind: .call, from: from, to: to, asOf: self.context.snapshot.asOf, branches: branches)
    }

    /// The ASNs a data path starts from: the one given, or every ASN the entity holds on the day.
    private func sourceNetworks(_ from: String) throws(CheckFailure) -> [ASN] {
        if let asn = ASN(parsing: from) { return [asn] }
        let id = EntityID(from)
        let held = self.context.index.asns(on: self.context.snapshot.asOf).filter { $0.value.holder == id }.keys.sorted()
        guard !held.isEmpty else { throw .unknownSource(from) }
        return held
    }

    private static func refs(_ hops: [DataRouteTrace.Hop]) -> [PartyRef] {
        hops.compactMap { ASN(parsing: $0.party.ref).map(PartyRef.network) }
    }
}
