import Foundation

/// ISO 3166-1 alpha-2 codes for country names, from ICU's region table (Foundation's `Locale.Region.isoRegions`, with
/// English names), plus the spellings of TeleGeography's submarine cable map that ICU does not use.
public enum CountryCodes {
    /// Spellings in third-party data that ICU's English names do not match, even after normalising (`&`/`and`,
    /// `St.`/`Saint`, accents, "the", a parenthesised part): TeleGeography's names as of its 2022 map.
    public static let aliases: [String: String] = [
        "China": "CN",  // ICU: "China mainland"
        "Congo, Dem. Rep.": "CD",  // ICU: "Congo - Kinshasa"
        "Congo, Rep.": "CG",  // ICU: "Congo - Brazzaville"
        "Bonaire, Sint Eustatius and Saba": "BQ",  // ICU: "Caribbean Netherlands"
        "Saint Helena, Ascension and Tristan da Cunha": "SH",  // ICU: "St. Helena"
        "Turkey": "TR",  // ICU: "Türkiye"
        "Virgin Islands (U.K.)": "VG",  // ICU: "British Virgin Islands"
        "Virgin Islands (U.S.)": "VI",  // ICU: "U.S. Virgin Islands"
    ]

    /// The territory of the People's Republic of China: the mainland, Hong Kong and Macao.
    public static let prcTerritory: Set<String> = ["CN", "HK", "MO"]

    /// The ISO code of `name` (a country name in English, or an ISO code itself), or `nil` when neither ICU nor the
    /// aliases know it.
    public static func code(for name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 2, trimmed == trimmed.uppercased(), Self.codes.contains(trimmed) { return trimmed }
        return Self.table[Self.key(trimmed)]
    }

    /// The English name ICU gives `code`, e.g. `Hong Kong` for `HK`.
    public static func name(of code: String) -> String? {
        Locale(identifier: "en").localizedString(forRegionCode: code)
    }

    /// Every two-letter ISO region code ICU knows.
    static let codes: Set<String> = Set(
        Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) }
    )

    /// Normalised names to codes: ICU's names, each also without a parenthesised part, then the aliases.
    static let table: [String: String] = {
        let english = Locale(identifier: "en")
        var table: [String: String] = [:]
        for code in Self.codes.sorted() {
            guard let name = english.localizedString(forRegionCode: code) else { continue }
            table[Self.key(name)] = table[Self.key(name)] ?? code
            if let open = name.firstIndex(of: "(") {
                let short = Self.key(String(name[..<open]))
                table[short] = table[short] ?? code
            }
        }
        for (name, code) in Self.aliases { table[Self.key(name)] = code }
        return table
    }()

    /// `St. Vincent & Grenadines` and `Saint Vincent and the Grenadines` both become `saint vincent and grenadines`.
    static func key(_ name: String) -> String {
        let folded = name.replacingOccurrences(of: "&", with: " and ")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        let words = folded.split { !($0.isLetter || $0.isNumber) }.map { $0 == "st" ? "saint" : String($0) }
        return words.filter { $0 != "the" }.joined(separator: " ")
    }
}
