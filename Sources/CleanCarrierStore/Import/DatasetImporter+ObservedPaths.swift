import CleanCarrierCore
public import Foundation
public import Logging

extension DatasetImporter {
    /// Imports route-collector AS paths (`bgpdump -m` text) as observed evidence.
    public func importObservedPaths(file: String, data: Data, logger: Logger) async throws -> ImportOutcome {
        try await self.importFile(kind: .observedPaths, file: file, data: data, logger: logger) { (text) throws(InputErrors) in
            let paths = try BGPDumpReader.paths(in: Data(text.utf8), file: file)
            return Parsed(rows: paths.count, asOf: nil, scope: "") { id in
                var batch = CopyBatch(table: "observed_paths", columns: ["dataset_id", "line", "prefix", "path", "ends_in_set"])
                let dataset = String(id)
                for path in paths {
                    let asns = "{" + path.path.map { String($0.rawValue) }.joined(separator: ",") + "}"
                    batch.append([dataset, String(path.line), path.prefix, asns, path.endsInSet ? "t" : "f"])
                }
                return [batch]
            }
        }
    }
}
