public import CleanCarrierCore
import Foundation

extension ASN {
    /// The AS numbers of a comma-separated list (`AS` prefixes and spaces allowed; empty items skipped).
    /// - Returns: `nil` when an item is not an AS number.
    public static func list(parsing text: String) -> [ASN]? {
        var asns: [ASN] = []
        for item in text.split(separator: ",") {
            guard let asn = ASN(parsing: item.trimmingCharacters(in: .whitespaces)) else { return nil }
            asns.append(asn)
        }
        return asns
    }

    /// The two ends of a link written `A-B`, e.g. `4134-3356`.
    /// - Returns: `nil` unless it is two AS numbers joined by `-`.
    public static func link(parsing text: String) -> (ASN, ASN)? {
        let ends = text.split(separator: "-")
        guard ends.count == 2, let a = ASN(parsing: ends[0]), let b = ASN(parsing: ends[1]) else { return nil }
        return (a, b)
    }
}
