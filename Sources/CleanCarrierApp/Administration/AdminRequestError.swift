/// A change or look-up an operator asked for that cannot be done as given. The command line prints it; the API
/// answers it with its status (400, 422, 409 or 404).
public enum AdminRequestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request as a whole breaks a rule (e.g. a telco key without a tenant).
    case refused(String)
    /// One field's value is refused; `field` is its name in the API (`cron`, `timeZone`, `expiresAt`, ...).
    case invalid(field: String, reason: String)
    /// It clashes with what exists (a schedule's name is taken).
    case conflict(String)
    /// What it names does not exist.
    case notFound(String)

    public var description: String {
        switch self {
        case .refused(let reason), .conflict(let reason), .notFound(let reason): reason
        case .invalid(let field, let reason): "\(field): \(reason)"
        }
    }
}
