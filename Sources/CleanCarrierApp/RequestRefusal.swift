/// A request a use case refuses as given: the caller's to fix, not a failure. Every use case (imports, traces, the
/// registry, reports, keys, schedules, jobs, webhooks) refuses with it; the command line prints it (exit 64), the API
/// answers it with its status (400, 422, 409 or 404).
public enum RequestRefusal: Error, Sendable, Equatable, CustomStringConvertible {
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
