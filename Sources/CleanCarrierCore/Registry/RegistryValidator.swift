/// Checks a registry's records against each other: references, duplicates, overlaps and ownership cycles.
public enum RegistryValidator {
    /// How serious a finding of the check is.
    public enum Level: String, Sendable, Codable { case error, warning }

    /// One problem, placed in the file when its line is known.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var level: Level
        public var error: InputError
        public var description: String { "\(self.level.rawValue): \(self.error)" }
    }

    /// Every problem in `registry`; errors make the registry unusable, warnings ask for review.
    public static func problems(in registry: Registry, lines: RegistrySourceLines = .init(), file: String) -> [Problem] {
        var problems: [Problem] = []
        func report(_ level: Level, _ line: Int??, _ field: String, _ message: String) {
            problems.append(Problem(level: level, error: InputError(file: file, line: line ?? nil, field: field, message: message)))
        }
        var known: Set<EntityID> = []
        for (index, entity) in registry.entities.enumerated() where !known.insert(entity.id).inserted {
            report(.error, lines.entities[safe: index], "entities.id", "duplicate entity id '\(entity.id)'")
        }
        for (index, link) in registry.links.enumerated() {
            for (field, id) in [("owner", link.owner), ("owned", link.owned)] where !known.contains(id) {
                report(.error, lines.links[safe: index], "links.\(field)", "unknown entity '\(id)'")
            }
            if link.owner == link.owned { report(.error, lines.links[safe: index], "links.owned", "an entity cannot own itself") }
        }
        for (index, identifier) in registry.identifiers.enumerated() where !known.contains(identifier.holder) {
            report(.error, lines.identifiers[safe: index], "identifiers.holder", "unknown entity '\(identifier.holder)'")
        }
        var designationIDs: Set<String> = []
        for (index, designation) in registry.designations.enumerated() {
            if !known.contains(designation.entity) {
                report(.error, lines.designations[safe: index], "designations.entity", "unknown entity '\(designation.entity)'")
            }
            if !designationIDs.insert(designation.id).inserted {
                report(.error, lines.designations[safe: index], "designations.id", "duplicate designation id '\(designation.id)'")
            }
            if let end = designation.end, end <= designation.effective {
                report(.error, lines.designations[safe: index], "designations.end", "ends on or before its effective date")
            }
        }
        problems += self.aliasClashes(in: registry, lines: lines, file: file)
        problems += self.overlaps(in: registry, lines: lines, file: file)
        problems += self.cycles(in: registry, lines: lines, file: file)
        return problems
    }

    /// An alias (or name) that two entities share, compared as `OwnerNameMatcher` compares names: an owner named so
    /// could not be mapped to one entity.
    private static func aliasClashes(in registry: Registry, lines: RegistrySourceLines, file: String) -> [Problem] {
        var claimed: [String: EntityID] = [:]
        var problems: [Problem] = []
        for (index, entity) in registry.entities.enumerated() {
            for alias in entity.aliases {
                let key = OwnerNameMatcher.key(alias)
                if let other = claimed[key], other != entity.id {
                    problems.append(
                        Problem(
                            level: .error,
                            error: InputError(
                                file: file,
                                line: lines.entities[safe: index] ?? nil,
                                field: "entities.aliases",
                                message: "alias '\(alias)' is also an alias of '\(other)'"
                            )
                        )
                    )
                }
                claimed[key] = entity.id
            }
        }
        return problems
    }

    /// The same identifier held by two entities over overlapping periods: an error at equal confidence, else a warning.
    private static func overlaps(in registry: Registry, lines: RegistrySourceLines, file: String) -> [Problem] {
        var problems: [Problem] = []
        let groups = Dictionary(grouping: registry.identifiers.indices) {
            "\(registry.identifiers[$0].kind.rawValue):\(registry.identifiers[$0].value)"
        }
        for key in groups.keys.sorted() {
            guard let indices = groups[key], indices.count > 1 else { continue }
            for (position, first) in indices.enumerated() {
                for second in indices[(position + 1)...] {
                    let a = registry.identifiers[first]
                    let b = registry.identifiers[second]
                    guard a.validity.overlaps(b.validity) else { continue }
                    let same = a.holder == b.holder
                    let level: Level = !same && a.confidence == b.confidence ? .error : .warning
                    let message =
                        same
                        ? "\(key) is listed twice for '\(a.holder)' with overlapping validity"
                        : "\(key) is held by '\(a.holder)' (\(a.confidence.rawValue)) and '\(b.holder)' (\(b.confidence.rawValue)) over overlapping periods"
                    problems.append(
                        Problem(
                            level: level,
                            error: InputError(
                                file: file,
                                line: lines.identifiers[safe: second] ?? nil,
                                field: "identifiers.valid_from",
                                message: message
                            )
                        )
                    )
                }
            }
        }
        return problems
    }

    /// Ownership cycles (A owns B owns ... owns A), each reported once at the link that closes it.
    private static func cycles(in registry: Registry, lines: RegistrySourceLines, file: String) -> [Problem] {
        let outgoing = Dictionary(grouping: registry.links.indices, by: { registry.links[$0].owner })
        var state: [EntityID: Int] = [:]  // 1 = on the stack, 2 = done
        var problems: [Problem] = []
        func visit(_ entity: EntityID, _ stack: [EntityID]) {
            state[entity] = 1
            for index in outgoing[entity] ?? [] {
                let next = registry.links[index].owned
                switch state[next] {
                case 1:
                    let cycle = (stack.drop { $0 != next } + [entity, next]).map(\.rawValue).joined(separator: " → ")
                    problems.append(
                        Problem(
                            level: .error,
                            error: InputError(
                                file: file,
                                line: lines.links[safe: index] ?? nil,
                                field: "links.owned",
                                message: "ownership cycle: \(cycle)"
                            )
                        )
                    )
                case nil: visit(next, stack + [entity])
                default: break
                }
            }
            state[entity] = 2
        }
        for owner in outgoing.keys.sorted() where state[owner] == nil { visit(owner, []) }
        return problems
    }
}

extension Array {
    /// The element at `index`, or `nil` when out of range.
    subscript(safe index: Int) -> Element? { self.indices.contains(index) ? self[index] : nil }
}
