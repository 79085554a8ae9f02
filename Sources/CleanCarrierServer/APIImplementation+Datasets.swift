import CleanCarrierAPI
import CleanCarrierStore

extension APIImplementation {
    func listDatasets(_ input: Operations.ListDatasets.Input) async throws -> Operations.ListDatasets.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let limit = try PageCursor.limit(input.query.limit)
        let filter = DatasetRepository.Filter(
            tenant: key.role == .telco ? key.tenant : nil,
            kind: input.query.kind.map(DatasetKind.init),
            status: input.query.status.map(DatasetStatus.init)
        )
        let records = try await self.datasets.page(
            filter,
            limit: limit,
            before: try PageCursor.decodeID(input.query.cursor),
            logger: AppRequestContext.logger
        )
        let next = records.count == limit ? records.last.map { PageCursor.encode(String($0.id)) } : nil
        return .ok(.init(body: .json(.init(items: records.map { .init($0) }, next: next))))
    }

    func getDataset(_ input: Operations.GetDataset.Input) async throws -> Operations.GetDataset.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let id = input.path.datasetId
        guard
            let record = try await self.datasets.dataset(
                id: id,
                tenant: key.role == .telco ? key.tenant : nil,
                logger: AppRequestContext.logger
            )
        else { throw ProblemDetails.notFound("there is no dataset \(id)") }
        return .ok(.init(body: .json(.init(record))))
    }
}
