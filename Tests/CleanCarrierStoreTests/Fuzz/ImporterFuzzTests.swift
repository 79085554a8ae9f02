import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// Bounded, seeded fuzzing of every importer against a real PostgreSQL: random bytes, truncations, byte flips, line
/// shuffles, field swaps, boundary numbers, special characters, duplicated and deleted lines, and empty inputs, made
/// from the valid fixtures. Every case must end cleanly: imported (or unchanged), or rejected with errors that name the
/// file (and a line inside it, when they name one) and with the data tables exactly as before. A case that throws, or
/// takes longer than the bound, fails; a hang aborts the run with the case's seed.
///
/// `CLEANCARRIER_FUZZ_CASES` (default 40 per kind) and `CLEANCARRIER_FUZZ_SEED` (default 20261125) make a longer or
/// different run; `CLEANCARRIER_FUZZ_CASE_SECONDS` (default 60) is the bound per case. A failing case's input is written
/// to the temporary folder, and its description printed.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct ImporterFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = Int(Self.environment["CLEANCARRIER_FUZZ_CASES"] ?? "") ?? 40
    static let seed = UInt64(Self.environment["CLEANCARRIER_FUZZ_SEED"] ?? "") ?? 20_261_125
    static let caseSeconds = Double(Self.environment["CLEANCARRIER_FUZZ_CASE_SECONDS"] ?? "") ?? 60

    @Test(arguments: DatasetKind.allCases)
    func mutatedInputIsImportedOrRejectedCleanly(target: DatasetKind) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            if target.needsRegistry {
                let registry = try await DatasetImporter(client: client).importRegistry(
                    file: "registry.yaml",
                    data: try StoreFixtures.data("registry/registry.yaml"),
                    logger: TestDatabase.logger
                )
                try #require(registry.status == .imported)
            }
            let seeds = try target.seeds
            var tally: [ImportOutcome.Status: Int] = [:]
            var thrown = 0
            var slowest = 0.0
            for index in 0..<Self.cases {
                var mutator = FuzzMutator(
                    rng: SplitMix64(seed: Self.seed ^ SplitMix64.hash(target.rawValue) &+ UInt64(index) &* 0x1000_0001),
                    delimiters: target.delimiters
                )
                let base = seeds[index % seeds.count]
                let mutation = FuzzMutator.Mutation.allCases[index % FuzzMutator.Mutation.allCases.count]
                var (bytes, detail) = mutator.mutate(base.bytes, with: mutation)
                if Int.random(in: 0..<5, using: &mutator.rng) == 0 {
                    let extra = FuzzMutator.Mutation.allCases.randomElement(using: &mutator.rng)!
                    let (more, moreDetail) = mutator.mutate(bytes, with: extra)
                    bytes = more
                    detail += "; then \(extra.rawValue): \(moreDetail)"
                }
                let name = "fuzz-\(index)-\(base.name)"
                let label = "\(target.rawValue) case \(index) (seed \(Self.seed)) \(mutation.rawValue) of \(base.name): \(detail)"
                let seconds = try await Self.check(target: target, file: name, bytes: bytes, label: label, client: client) { outcome in
                    if let outcome { tally[outcome, default: 0] += 1 } else { thrown += 1 }
                }
                slowest = max(slowest, seconds)
                if seconds > 2 { print("fuzz \(target.rawValue): slow case, \(String(format: "%.2f", seconds)) s: \(label)") }
            }
            let counts = [ImportOutcome.Status.imported, .unchanged, .rejected].map { "\($0.rawValue) \(tally[$0] ?? 0)" }
            print(
                "fuzz \(target.rawValue): \(Self.cases) cases (seed \(Self.seed)): \(counts.joined(separator: ", ")), threw \(thrown); slowest \(String(format: "%.2f", slowest)) s"
            )
        }
    }

    /// Imports one mutated file and checks the outcome is clean.
    /// - Returns: the seconds the import took.
    static func check(
        target: DatasetKind,
        file: String,
        bytes: [UInt8],
        label: String,
        client: PostgresClient,
        record: (ImportOutcome.Status?) -> Void
    ) async throws -> Double {
        let before = try await StoreFixtures.tableState(client: client)
        let watchdog = Watchdog(seconds: Self.caseSeconds, label: label)
        let start = ContinuousClock.now
        let outcome: ImportOutcome
        do {
            outcome = try await target.importFile(file, bytes: bytes, client: client)
        } catch {
            watchdog.finish()
            record(nil)
            Issue.record(
                "threw instead of importing or rejecting: \(String(reflecting: error)) — \(label); input: \(Self.save(bytes, label: file, target: target))"
            )
            return 0
        }
        watchdog.finish()
        let seconds = Self.seconds(ContinuousClock.now - start)
        record(outcome.status)
        #expect(seconds < Self.caseSeconds, "\(label)")
        let after = try await StoreFixtures.tableState(client: client)
        switch outcome.status {
        case .rejected:
            let lineCount = bytes.count { $0 == UInt8(ascii: "\n") } + 1
            // A folder's file is named by its path in the folder (`cable/<file>` for a cable map).
            let namesFile = outcome.errors.allSatisfy { $0.file == file || $0.file.hasSuffix("/" + file) }
            let linesInside = outcome.errors.allSatisfy { $0.line.map { (1...lineCount + 1).contains($0) } ?? true }
            if outcome.errors.isEmpty || !namesFile || !linesInside || after != before {
                let input = Self.save(bytes, label: file, target: target)
                #expect(!outcome.errors.isEmpty, "rejected without an error — \(label); input: \(input)")
                #expect(namesFile, "an error does not name the file: \(outcome.errors.prefix(3)) — \(label)")
                #expect(
                    linesInside,
                    "an error names a line outside the file (\(lineCount) lines): \(outcome.errors.prefix(3)) — \(label); input: \(input)"
                )
                #expect(after == before, "a rejected import changed the data tables — \(label); input: \(input)")
            }
        case .imported, .unchanged:
            let status = try await Self.datasetStatus(outcome.datasetID, client: client)
            #expect(status == "active", "\(label)")
            if outcome.status == .imported, let table = target.table {
                let stored = try await Self.count(table: table, dataset: outcome.datasetID, client: client)
                #expect(stored == outcome.rows, "\(table): \(stored) rows stored for \(outcome.rows) read — \(label)")
            }
            if outcome.status == .unchanged { #expect(after.filter { $0.key != "datasets" } == before.filter { $0.key != "datasets" }) }
        }
        return seconds
    }

    static func datasetStatus(_ id: Int64, client: PostgresClient) async throws -> String? {
        for try await status in try await client.query("SELECT status FROM datasets WHERE id = \(id)", logger: TestDatabase.logger).decode(
            String.self
        ) {
            return status
        }
        return nil
    }

    static func count(table: String, dataset: Int64, client: PostgresClient) async throws -> Int {
        let rows = try await client.query("SELECT count(*)::int FROM \(unescaped: table) WHERE dataset_id = \(dataset)", logger: TestDatabase.logger)
        for try await count in rows.decode(Int.self) { return count }
        return -1
    }

    /// Writes a failing input to the temporary folder.
    /// - Returns: its path.
    static func save(_ bytes: [UInt8], label: String, target: DatasetKind) -> String {
        let path = NSTemporaryDirectory() + "cc-fuzz-\(target.rawValue)-\(Self.seed)-\(label)"
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// Aborts the test process if a case runs past its bound: a hung importer must not hang the run.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = false

    init(seconds: Double, label: String) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            guard !self.lock.withLock({ self.finished }) else { return }
            FileHandle.standardError.write(Data("fuzz: no outcome after \(seconds) s, a hang: \(label)\n".utf8))
            fatalError("fuzz case hung: \(label)")
        }
    }

    func finish() { self.lock.withLock { self.finished = true } }
}
