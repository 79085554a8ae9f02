import CleanCarrierAPI
import CleanCarrierCore
import CleanCarrierStore

/// Uploads of public reference data, regulator only: number ranges and route-collector paths.
extension APIImplementation {
    func uploadNumberRanges(_ input: Operations.UploadNumberRanges.Input) async throws -> Operations.UploadNumberRanges.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        let body =
            switch input.body {
            case .csv(let body): body
            case .textTabSeparatedValues(let body): body
            }
        let file = input.query.fileName ?? "number-ranges.csv"
        let data = try await self.collect(body)
        let outcome = try await self.timed(.numberRanges) {
            try await self.auditedImporter(for: key, kind: .numberRanges, file: file).importNumberRanges(file: file, data: data, logger: AppRequestContext.logger)
        }
        let result = try self.settle(outcome, kind: .numberRanges, file: file, key: key)
        return outcome.status == .imported ? .created(.init(body: .json(result))) : .ok(.init(body: .json(result)))
    }

    func uploadObservedPaths(_ input: Operations.UploadObservedPaths.Input) async throws -> Operations.UploadObservedPaths.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        guard case .plainText(let body) = input.body else { throw ProblemDetails.badRequest("send the file as text/plain") }
        let file = input.query.fileName ?? "observed-paths.txt"
        let data = try await self.collect(body)
        let outcome = try await self.timed(.observedPaths) {
            try await self.auditedImporter(for: key, kind: .observedPaths, file: file).importObservedPaths(file: file, data: data, logger: AppRequestContext.logger)
        }
        let result = try self.settle(outcome, kind: .observedPaths, file: file, key: key)
        return outcome.status == .imported ? .created(.init(body: .json(result))) : .ok(.init(body: .json(result)))
    }
}
