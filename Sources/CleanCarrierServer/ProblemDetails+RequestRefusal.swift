import CleanCarrierApp

extension ProblemDetails {
    /// The answer to a request the use cases refused: 400, 422 naming the field, 409 or 404.
    init(_ error: RequestRefusal) {
        switch error {
        case .refused(let reason): self = .badRequest(reason)
        case .invalid(let field, let reason): self = .invalidField(field, reason)
        case .conflict(let reason): self = .conflict(reason)
        case .notFound(let reason): self = .notFound(reason)
        }
    }
}
