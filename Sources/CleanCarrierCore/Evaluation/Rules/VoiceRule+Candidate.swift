extension VoiceRule {
    /// One way a US carrier's calls reach an untrusted carrier, before it becomes a finding.
    struct Candidate {
        struct Key: Hashable, Comparable {
            var carrier: EntityID
            var untrusted: EntityID
            var prefix: E164Prefix
            var severity: String

            static func < (lhs: Key, rhs: Key) -> Bool {
                (lhs.carrier, lhs.untrusted, lhs.prefix.digits, lhs.severity) < (rhs.carrier, rhs.untrusted, rhs.prefix.digits, rhs.severity)
            }
        }

        var severity: Finding.Severity
        /// The US carrier whose table holds `route`.
        var carrier: EntityID
        /// The first untrusted carrier on the way.
        var untrusted: EntityID
        /// The carrier's route prefix the calls take.
        var prefix: E164Prefix
        /// The carrier's own route the calls leave by, and its place among the prefix's next hops (0 the primary).
        var route: VoiceRoute
        var rank: Int
        /// The traced call and the branch that enters `untrusted`; `nil` for a direct hand-off that was not traced.
        var trace: CallTrace?
        var branch: CallBranch?

        var key: Key { Key(carrier: self.carrier, untrusted: self.untrusted, prefix: self.prefix, severity: self.severity.rawValue) }

        /// Whether `self` is better evidence than `other` for the same key: a traced branch, on the primary path,
        /// entering sooner, reaching the terminating carrier, over fewer hops.
        func isBetter(than other: Candidate) -> Bool {
            func score(_ candidate: Candidate) -> (Int, Int, Int, Int, Int) {
                guard let branch = candidate.branch else { return (1, 0, 0, 0, 0) }
                return (0, branch.isPrimary ? 0 : 1, branch.untrustedEntry?.hopIndex ?? 0, branch.outcome == .terminated ? 0 : 1, branch.hops.count)
            }
            return score(self) < score(other)
        }

        /// The finding, with the branch's hops, the record behind each hop and the untrusted carrier's trust chain.
        func finding(in context: EvaluationContext) -> Finding {
            let subject = context.party(for: self.carrier)
            let counterpart = context.party(for: self.untrusted)
            let hops = self.branch?.hops.map { context.party(for: $0.entity) } ?? [subject, counterpart]
            var records =
                (self.branch?.hops.compactMap { hop in hop.route.map { Self.record($0, rank: hop.rank, in: context) } })
                ?? [Self.record(self.route, rank: self.rank, in: context)]
            if let range = self.trace?.range {
                let terminator = range.entity.map { "\($0) (\(range.carrier))" } ?? range.carrier
                records.append(
                    Evidence.Record(
                        basis: .declared,
                        origin: context.origin(dataset: range.dataset, line: range.line),
                        detail: "numbers +\(range.prefix) are terminated by \(terminator)"
                    )
                )
            }
            let summary: String
            switch self.severity {
            case .violation:
                summary =
                    "\(subject.label) hands calls to +\(self.prefix) directly to untrusted \(counterpart.label) as its \(Self.choice(self.rank))"
            default:
                let number = self.trace?.number ?? "+\(self.prefix)"
                let handedOverBy = self.branch?.untrustedEntry?.handedOverBy.map { context.party(for: $0).label } ?? "?"
                let path = self.branch?.isPrimary == true ? "the primary path" : "a failover path"
                summary =
                    "Calls from \(subject.label) to \(number) (its route prefix +\(self.prefix)) cross untrusted \(counterpart.label), "
                    + "handed over by \(handedOverBy) on \(path)"
            }
            return Finding(
                rule: .voice,
                severity: self.severity,
                subject: subject,
                counterpart: counterpart,
                summary: summary,
                evidence: Evidence(hops: hops, records: records, trustChains: context.trustChains(for: .entity(self.untrusted))),
                qualifier: "\(self.severity.rawValue) +\(self.prefix)"
            )
        }

        /// `primary route` or `failover route #2` (the second choice).
        static func choice(_ rank: Int) -> String { rank == 0 ? "primary route" : "failover route #\(rank + 1)" }

        /// The record behind a hop: the route that handed the call over.
        static func record(_ route: VoiceRoute, rank: Int, in context: EvaluationContext) -> Evidence.Record {
            var detail =
                "\(route.carrier) routes +\(route.prefix) to \(route.nextHop) as its \(Self.choice(rank)) "
                + "(priority \(route.priority), weight \(route.weight))"
            if let from = route.validity.from { detail += " from \(from)" }
            if let to = route.validity.to { detail += " until \(to)" }
            if let window = route.window { detail += ", used \(window)" }
            return Evidence.Record(basis: .declared, origin: context.origin(dataset: route.dataset, line: route.line), detail: detail)
        }
    }
}
