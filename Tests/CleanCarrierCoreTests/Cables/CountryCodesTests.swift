import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierTestSupport
import Foundation
import Testing

@Suite struct CountryCodesTests {
    @Test(arguments: [
        ("United States", "US"), ("Japan", "JP"), ("Hong Kong", "HK"), ("Macao", "MO"), ("Taiwan", "TW"), ("South Korea", "KR"),
        // ICU's own names, normalised: "&" / "and", "St." / "Saint", accents and apostrophes, a parenthesised part.
        ("Antigua and Barbuda", "AG"), ("Saint Kitts and Nevis", "KN"), ("Côte d'Ivoire", "CI"), ("Sao Tome and Principe", "ST"),
        ("Saint Vincent and the Grenadines", "VC"), ("Myanmar", "MM"), ("Curaçao", "CW"), ("US", "US"),
    ])
    func icuNamesAreRecognised(name: String, code: String) {
        #expect(CountryCodes.code(for: name) == code)
    }

    /// The spellings of TeleGeography's map that ICU does not use, each an explicit alias.
    @Test(arguments: [
        ("China", "CN"), ("Congo, Dem. Rep.", "CD"), ("Congo, Rep.", "CG"), ("Bonaire, Sint Eustatius and Saba", "BQ"),
        ("Saint Helena, Ascension and Tristan da Cunha", "SH"), ("Turkey", "TR"), ("Virgin Islands (U.K.)", "VG"), ("Virgin Islands (U.S.)", "VI"),
    ])
    func teleGeographySpellingsAreAliases(name: String, code: String) {
        #expect(CountryCodes.aliases[name] == code)
        #expect(CountryCodes.code(for: name) == code)
    }

    @Test func unknownNamesAndCodesAreRefused() {
        #expect(CountryCodes.code(for: "Atlantis") == nil)
        #expect(CountryCodes.code(for: "QQ") == nil)
    }

    @Test(.enabled(if: CableMapSample.realFolder != nil, "needs ../shared/data/cables/submarinecablemap-20221110"))
    func everyCountryOfTheRealMapHasACode() throws {
        let map = try CableMapFolder(path: try #require(CableMapSample.realFolder)).read()
        let countries = Set(map.landingPoints.values.map(\.countryName))
        #expect(countries.count > 150)
        #expect(countries.allSatisfy { CountryCodes.code(for: $0) != nil })
        #expect(map.landingPoints["hong-kong-china"]?.country == "CN")
        #expect(map.landingPoints.values.filter { $0.latitude != nil }.count > 1000, "coordinates come from landing-point-geo.json")
    }
}
