import CleanCarrierCore
public import Foundation
public import Logging

extension DatasetImporter {
    /// Imports the potaroo AS-names list (`ASN<TAB>NAME, CC`, Latin-1); the new list supersedes the previous one.
    public func importASNames(file: String, data: Data, logger: Logger) async throws -> ImportOutcome {
        try await self.importFile(kind: .asNames, file: file, data: data, logger: logger) { (text) throws(InputErrors) in
            let names = try ASNamesReader.names(in: text, file: file)
            return Parsed(rows: names.count, asOf: nil, scope: "") { id in
                var batch = CopyBatch(table: "as_names", columns: ["dataset_id", "asn", "name", "country", "line"])
                let dataset = String(id)
                for name in names {
                    batch.append([dataset, String(name.asn.rawValue), name.name, name.country, String(name.line)])
                }
                return [batch]
            }
        }
    }
}
