import CleanCarrierAPI
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import HTTPTypes

/// `POST /datasets/equipment` and `GET /paths/check`: equipment inventories and the Clean Path verdict of a path.
extension APIImplementation {
    func uploadEquipment(_ input: Operations.UploadEquipment.Input) async throws -> Operations.UploadEquipment.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let logger = AppRequestContext.logger
        let tenant = try await self.uploadTenant(input.query.tenant, key: key)
        let ownNetworks = key.role == .telco ? Set(try await self.findings.subjects(boundTo: key.entities, evaluation: nil, logger: logger)) : nil
        guard case .csv(let body) = input.body else { throw ProblemDetails.badRequest("send the CSV file as text/csv") }
        let file = input.query.fileName ?? "equipment.csv"
        let data = try await self.collect(body)
        let (outcome, result) = try await self.upload(
            data,
            file: file,
            kind: .equipment,
            tenant: tenant,
            ownParties: ownNetworks,
            key: key,
            logger: logger
        )
        return outcome.status == .imported ? .created(.init(body: .json(result))) : .ok(.init(body: .json(result)))
    }

    func checkPath(_ input: Operations.CheckPath.Input) async throws -> Operations.CheckPath.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let logger = AppRequestContext.logger
        let query = input.query
        if key.role == .telco {
            let own = Set(try await self.findings.subjects(boundTo: key.entities, evaluation: nil, logger: logger))
            let source = ASN(parsing: query.from)?.description ?? query.from
            guard own.contains(source) else { throw ProblemDetails.forbidden("a telco key checks paths from its own entities and networks only") }
        }
        let asOf = try Self.day(query.asOf, name: "as_of")
        let result = try await self.services.traces.cleanPath(from: query.from, to: query.to, asOf: asOf, logger: logger)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return .ok(.init(body: .json(try JSONDecoder().decode(Components.Schemas.CleanPathResult.self, from: try encoder.encode(result)))))
    }
}
