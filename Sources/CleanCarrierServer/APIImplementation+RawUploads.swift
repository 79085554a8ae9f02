import CleanCarrierAPI
import CleanCarrierStore
import Foundation
import HTTPTypes
import Hummingbird
import OpenAPIRuntime

/// The operations tagged `datasets-raw` in `openapi.yaml`: uploads of a JSON file that must be read as the file's
/// bytes, under the size limit, which generated handlers cannot do (they parse every `application/json` body first).
/// `buildRouter` routes them on the authenticated group; otherwise they follow the generated uploads exactly.
extension APIImplementation {
    /// `POST /datasets/peeringdb`: a PeeringDB API JSON file (regulator only).
    func uploadPeeringDB(_ request: Request, context: AppRequestContext) async throws -> Response {
        let key = try AppRequestContext.key(allowing: [.regulator])
        let type = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard type == "application/json" else { throw ProblemDetails(.unsupportedMediaType, detail: "send the PeeringDB file as application/json") }
        let file = request.uri.queryParameters.get("file_name") ?? "peeringdb.json"
        let length = request.headers[.contentLength].flatMap { Int64($0) }
        let body = HTTPBody(
            request.body.map { ArraySlice($0.readableBytesView) },
            length: length.map { .known($0) } ?? .unknown,
            iterationBehavior: .single
        )
        let data = try await self.collect(body)
        let (outcome, result) = try await self.upload(data, file: file, kind: .peeringDB, key: key, logger: context.logger)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(
            status: outcome.status == .imported ? .created : .ok,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(result)))
        )
    }
}
