import Testing
import TendDomain

@Suite("The one plural helper")
struct PluralTests {
    @Test("regular and irregular nouns", arguments: [
        (0, "patient", nil, "0 patients"),
        (1, "patient", nil, "1 patient"),
        (2, "patient-month", nil, "2 patient-months"),
        (1, "entry", "entries", "1 entry"),
        (3, "entry", "entries", "3 entries"),
        (-1, "day", nil, "-1 days"),
    ] as [(Int, String, String?, String)])
    func counts(count: Int, singular: String, pluralForm: String?, expected: String) {
        #expect(plural(count, singular, pluralForm) == expected)
    }
}
