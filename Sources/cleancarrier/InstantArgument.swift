import ArgumentParser
import Foundation

/// Instants given on the command line (`trace call --at`).
enum InstantArgument {
    /// Parses an instant, ISO 8601 with a zone: `2024-06-01T03:00:00Z` or `2024-06-01T05:00:00+02:00`.
    static func parse(_ text: String) throws -> Date {
        guard let date = try? Date(text, strategy: .iso8601) else {
            throw ValidationError("'\(text)' is not an instant (ISO 8601 with a zone, e.g. 2024-06-01T03:00:00Z)")
        }
        return date
    }
}
