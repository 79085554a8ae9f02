import CleanCarrierCore
import Testing

@Suite struct CarrierNameMatcherTests {
    static let matcher = CarrierNameMatcher(entities: [
        Entity(id: "china-mobile-ltd", name: "China Mobile Limited", country: "HK"),
        Entity(id: "china-mobile-hong-kong", name: "China Mobile Hong Kong Company Limited", country: "HK"),
        Entity(id: "china-telecom-corp-ltd", name: "China Telecom Corporation Limited", country: "CN"),
        Entity(id: "china-telecom-americas", name: "China Telecom (Americas) Corporation", country: "US"),
        Entity(id: "china-unicom-hk", name: "China Unicom (Hong Kong) Limited", country: "HK"),
        Entity(id: "att", name: "AT&T Services Inc.", country: "US"),
        Entity(id: "att-mobility", name: "AT&T Services Ltd", country: "US"),
        Entity(id: "ee", name: "EE Limited", country: "GB"),
    ])

    @Test(arguments: [
        ("China Mobile", "china-mobile-ltd"), ("china  mobile ltd.", "china-mobile-ltd"), ("China Telecom", "china-telecom-corp-ltd"),
        ("China Unicom", "china-unicom-hk"), ("EE", "ee"), ("China Mobile Hong Kong", "china-mobile-hong-kong"),
    ])
    func namesMatchIgnoringCaseLegalFormsAndParentheses(name: String, entity: String) {
        #expect(Self.matcher.entity(named: name) == EntityID(entity))
    }

    @Test(arguments: ["AT&T Services", "Hutchison Telecom", "", "Limited"])
    func ambiguousOrUnknownNamesMatchNothing(name: String) {
        #expect(Self.matcher.entity(named: name) == nil)
    }
}
