import Testing
import TendTerminal
@testable import TendWorkstation

/// A date field opened with today's date: a date typed over it replaces it instead of being dropped.
@Suite struct LineFieldTests {
    static func typing(_ text: String, into field: LineField) -> LineField {
        var field = field
        for character in text { _ = field.handle(.char(character)) }
        return field
    }

    @Test func aDateTypedIntoAFullPrefilledFieldReplacesIt() {
        let field = Self.typing("2026-11-27", into: LineField("2026-12-03", maxLength: 10))
        #expect(field.text == "2026-11-27")
        #expect(field.cursor == 10)
    }

    @Test func aFieldTheNurseHasTypedInIsNeverReplaced() {
        var field = LineField("", maxLength: 10)
        field = Self.typing("2026-11-27", into: field)
        field = Self.typing("9", into: field)
        #expect(field.text == "2026-11-27")
    }

    @Test func editingThePrefilledValueKeepsIt() {
        var field = LineField("2026-12-03", maxLength: 10)
        _ = field.handle(.backspace)
        field = Self.typing("4", into: field)
        #expect(field.text == "2026-12-04")
        // Full again, but typed in: further characters are not accepted and replace nothing.
        field = Self.typing("5", into: field)
        #expect(field.text == "2026-12-04")
    }

    @Test func aPrefilledFieldWithRoomAppendsAsBefore() {
        let field = Self.typing(" and more", into: LineField("Reviewed", maxLength: 500))
        #expect(field.text == "Reviewed and more")
    }

    @Test func theCursorMovedIntoAFullFieldDoesNotReplaceIt() {
        var field = LineField("2026-12-03", maxLength: 10)
        _ = field.handle(.home)
        field = Self.typing("1", into: field)
        #expect(field.text == "2026-12-03")
    }
}
