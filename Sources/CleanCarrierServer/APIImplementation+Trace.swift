import CleanCarrierAPI
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import HTTPTypes
import OpenAPIRuntime

/// `GET /trace/data` and `GET /trace/call`: what `cleancarrier trace data|call` show, as JSON (regulator only).
extension APIImplementation {
    func traceData(_ input: Operations.TraceData.Input) async throws -> Operations.TraceData.Output {
        _ = try AppRequestContext.key(allowing: [.regulator])
        let query = input.query
        guard let source = ASN(parsing: query.from) else {
            throw ProblemDetails.badRequest("from must be an AS number (AS7018 or 7018), not '\(query.from)'")
        }
        let asOf = try Self.day(query.asOf, name: "as_of")
        let trace = try await self.services.traces.dataRoute(from: source, to: query.to, asOf: asOf, logger: AppRequestContext.logger)
        return .ok(.init(body: .json(.init(trace))))
    }

    func traceCall(_ input: Operations.TraceCall.Input) async throws -> Operations.TraceCall.Output {
        _ = try AppRequestContext.key(allowing: [.regulator])
        let query = input.query
        guard let number = DialedNumber(parsing: query.to) else {
            throw ProblemDetails.badRequest("to must be an E.164 number (+85244123456), not '\(query.to)'")
        }
        let asOf = try Self.day(query.asOf, name: "as_of")
        let result = try await self.services.traces.call(from: EntityID(query.from), to: number, asOf: asOf, logger: AppRequestContext.logger)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let object = try JSONDecoder().decode(OpenAPIObjectContainer.self, from: try encoder.encode(result.trace))
        let untrusted = result.untrustedCarriers.map { Components.Schemas.UntrustedCarrier(entity: $0.entity.rawValue, trustChains: $0.trustChains) }
        return .ok(.init(body: .json(.init(trace: object, untrustedCarriers: untrusted))))
    }
}
