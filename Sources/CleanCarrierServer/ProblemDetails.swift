public import CleanCarrierCore
import Foundation
public import HTTPTypes
public import Hummingbird

/// An RFC 9457 problem: every error the API answers with, as `application/problem+json`.
public struct ProblemDetails: Error, HTTPResponseError, Encodable, Sendable {
    /// One bad place in an upload.
    public struct LineError: Encodable, Sendable, Equatable {
        public var file: String?
        public var line: Int?
        public var field: String?
        public var message: String
    }

    /// A URI naming the kind of problem (`about:blank` when the status says it all).
    public var type: String
    public var title: String
    public var status: HTTPResponse.Status
    public var detail: String?
    /// The first bad lines of a rejected upload (`InputErrors.kept` at most).
    public var errors: [LineError]?
    /// How many bad lines a rejected upload had in all.
    public var errorCount: Int?
    /// Extra response headers (`WWW-Authenticate`, `Allow`).
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, type: String = "about:blank", title: String? = nil, detail: String? = nil, errors: [InputError]? = nil)
    {
        self.type = type
        self.title = title ?? status.reasonPhrase
        self.status = status
        self.detail = detail
        self.errors = errors?.map { LineError(file: $0.file, line: $0.line, field: $0.field, message: $0.message) }
    }

    private enum CodingKeys: String, CodingKey { case type, title, status, detail, errors, errorCount }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.type, forKey: .type)
        try container.encode(self.title, forKey: .title)
        try container.encode(self.status.code, forKey: .status)
        try container.encodeIfPresent(self.detail, forKey: .detail)
        try container.encodeIfPresent(self.errors, forKey: .errors)
        try container.encodeIfPresent(self.errorCount, forKey: .errorCount)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = self.headers
        headers[.contentType] = "application/problem+json"
        return Response(status: self.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(self))))
    }
}

extension ProblemDetails {
    /// 400: a parameter or body that cannot be read.
    static func badRequest(_ detail: String) -> ProblemDetails { ProblemDetails(.badRequest, detail: detail) }

    /// 401, with the challenge a client needs.
    static func unauthorized(_ detail: String) -> ProblemDetails {
        var problem = ProblemDetails(.unauthorized, detail: detail)
        problem.headers[.wwwAuthenticate] = "Bearer realm=\"cleancarrier\""
        return problem
    }

    /// 403: the key's role may not do this.
    static func forbidden(_ detail: String) -> ProblemDetails { ProblemDetails(.forbidden, detail: detail) }

    /// 404: no such thing (or not the caller's).
    static func notFound(_ detail: String) -> ProblemDetails { ProblemDetails(.notFound, detail: detail) }

    /// 409: the change clashes with the current state.
    static func conflict(_ detail: String) -> ProblemDetails { ProblemDetails(.conflict, detail: detail) }

    /// 422: the content is invalid; `errors` names every bad line and field.
    static func rejected(_ detail: String, errors: [InputError]) -> ProblemDetails {
        ProblemDetails(
            .unprocessableContent,
            type: "urn:cleancarrier:problem:invalid-content",
            title: "Invalid content",
            detail: detail,
            errors: errors
        )
    }

    /// 422 for one bad field of a JSON body, named in `errors`.
    static func invalidField(_ field: String, _ message: String) -> ProblemDetails {
        var problem = ProblemDetails(
            .unprocessableContent,
            type: "urn:cleancarrier:problem:invalid-content",
            title: "Invalid content",
            detail: "\(field): \(message)"
        )
        problem.errors = [LineError(field: field, message: message)]
        return problem
    }
}
