import Foundation

/// The registration country of each AS, read from a tab-separated table with a header row.
///
/// The default columns fit `asn-joined-rir*.tsv(.gz)` (`asn`, `rir_cc`); rows with an empty country are skipped.
public struct ASCountryTable: Sendable {
    /// Two-letter country code by ASN.
    public private(set) var countryByASN: [UInt32: String]

    /// Creates a table from known countries.
    /// - Parameter countries: country code by AS.
    public init(_ countries: [ASN: String]) {
        self.countryByASN = Dictionary(uniqueKeysWithValues: countries.map { ($0.key.rawValue, $0.value) })
    }

    /// Reads a table from the text of a file.
    /// - Parameters:
    ///   - text: the table.
    ///   - path: the file's name, for errors.
    ///   - asnColumn: the header name of the ASN column.
    ///   - countryColumn: the header name of the country column.
    /// - Throws: `InputError` for missing columns or a bad ASN.
    public init(text: String, file path: String, asnColumn: String = "asn", countryColumn: String = "rir_cc") throws(InputError) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        let header = (lines.next() ?? "").split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard let asnIndex = header.firstIndex(of: asnColumn) else {
            throw InputError(file: path, line: 1, field: asnColumn, message: "no '\(asnColumn)' column in the header")
        }
        guard let countryIndex = header.firstIndex(of: countryColumn) else {
            throw InputError(file: path, line: 1, field: countryColumn, message: "no '\(countryColumn)' column in the header")
        }
        self.countryByASN = [:]
        var number = 1
        while let line = lines.next() {
            number += 1
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count > max(asnIndex, countryIndex) else {
                throw InputError(file: path, line: number, field: countryColumn, message: "expected \(header.count) columns, found \(fields.count)")
            }
            guard let asn = ASN(parsing: fields[asnIndex]) else {
                throw InputError(file: path, line: number, field: asnColumn, message: "'\(fields[asnIndex])' is not an AS number")
            }
            let country = fields[countryIndex].trimmingCharacters(in: .whitespaces)
            if !country.isEmpty { self.countryByASN[asn.rawValue] = country }
        }
    }

    /// The country of an AS.
    /// - Parameter asn: the AS.
    /// - Returns: its country code, or `nil` when unknown.
    public func country(of asn: ASN) -> String? { self.countryByASN[asn.rawValue] }
}
