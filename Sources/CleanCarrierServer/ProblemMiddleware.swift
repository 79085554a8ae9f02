import CleanCarrierApp
import Hummingbird
import OpenAPIRuntime
import PostgresNIO

/// Answers every error as problem+json: Hummingbird's errors, the use cases' refusals (`RequestRefusal`: 400, 422, 409 or 404), the
/// OpenAPI runtime's request decoding errors (400), and anything unexpected (500, logged, with no internals in the answer).
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as ProblemDetails {
            throw problem
        } catch let refusal as RequestRefusal {
            throw ProblemDetails(refusal)
        } catch let error as ServerError {
            throw self.problem(for: error, context: context)
        } catch let error as HTTPError {
            var problem = ProblemDetails(error.status, detail: error.body)
            problem.headers = error.headers
            throw problem
        } catch {
            if let invalid = Self.invalidData(error) { throw invalid }
            context.logger.error("Request failed", metadata: ["error": "\(String(reflecting: error))"])
            throw ProblemDetails(.internalServerError, detail: "the server failed to answer; the error is logged")
        }
    }

    /// An OpenAPI operation's error: the handler's own problem, a request the runtime refused (its 4xx), a request it
    /// could not decode (400), or a failure (500).
    private func problem(for error: ServerError, context: Context) -> ProblemDetails {
        if let problem = error.underlyingError as? ProblemDetails { return problem }
        if let refusal = error.underlyingError as? RequestRefusal { return ProblemDetails(refusal) }
        if let invalid = Self.invalidData(error.underlyingError) { return invalid }
        if error.httpStatus.kind == .clientError || error.operationInput == nil {
            context.logger.notice("Refused request", metadata: ["operation": "\(error.operationID)", "error": "\(error.causeDescription)"])
            return ProblemDetails(error.httpStatus.kind == .clientError ? error.httpStatus : .badRequest, detail: error.causeDescription)
        }
        context.logger.error(
            "Operation failed",
            metadata: ["operation": "\(error.operationID)", "error": "\(String(reflecting: error.underlyingError))"]
        )
        return ProblemDetails(.internalServerError, detail: "the server failed to answer; the error is logged")
    }

    /// 400 for a value PostgreSQL refuses as data (SQLSTATE class 22, e.g. a NUL character in a text parameter).
    private static func invalidData(_ error: any Error) -> ProblemDetails? {
        let database = (error as? PostgresTransactionError)?.closureError ?? error
        guard let state = (database as? PSQLError)?.serverInfo?[.sqlState], state.hasPrefix("22") else { return nil }
        return .badRequest("a parameter holds a value the database cannot store (\((database as? PSQLError)?.serverInfo?[.message] ?? state))")
    }
}
