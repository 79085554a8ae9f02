import Foundation

/// An opaque page cursor: the sort key of the last item of a page, base64url-encoded, so clients treat it as a token.
enum PageCursor {
    /// The cursor continuing after `key`.
    static func encode(_ key: String) -> String {
        Data(key.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The sort key inside `cursor`.
    /// - Throws: 400 when the cursor was not made by `encode`.
    static func decode(_ cursor: String) throws(ProblemDetails) -> String {
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let key = String(data: data, encoding: .utf8), !key.isEmpty else {
            throw .badRequest("the cursor is not one this server made: pass the `next` value of the previous page")
        }
        return key
    }

    /// The numeric sort key inside `cursor` (an id).
    static func decodeID(_ cursor: String?) throws(ProblemDetails) -> Int64? {
        guard let cursor else { return nil }
        guard let id = Int64(try Self.decode(cursor)), id > 0 else {
            throw .badRequest("the cursor is not one this server made: pass the `next` value of the previous page")
        }
        return id
    }

    /// The page size, checked against `1...maximum` (by default 100, at most 500).
    static func limit(_ value: Int?, default preset: Int = 100, maximum: Int = 500) throws(ProblemDetails) -> Int {
        let limit = value ?? preset
        guard (1...maximum).contains(limit) else { throw .badRequest("limit must be from 1 to \(maximum), not \(limit)") }
        return limit
    }
}
