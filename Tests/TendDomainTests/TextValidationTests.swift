import Foundation
import Testing
@testable import TendDomain

@Suite("Free text, names and phone numbers")
struct TextValidationTests {
    static let hostile = ["\u{1B}[31m", "\u{0}", "\r", "\n", "\u{85}", "\u{9B}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{7F}", "\u{2028}"]

    @Test("hostile characters rejected in names", arguments: hostile)
    func hostileNames(bad: String) {
        #expect(throws: DomainError.self) { try PersonName.parse("Smith\(bad), John") }
        #expect(throws: DomainError.self) { try PersonName.parse("Smith, Jo\(bad)hn") }
    }

    @Test func namesParseAndTrim() throws {
        let name = try PersonName.parse("  O'Brien-Núñez ,  Mary Ann ")
        #expect(name.family == "O'Brien-Núñez")
        #expect(name.given == "Mary Ann")
        #expect(name.displayName == "O'Brien-Núñez, Mary Ann")
    }

    @Test("names need the comma form with both parts", arguments: ["John Smith", ", John", "Smith,", " , ", ""])
    func badNameShapes(input: String) {
        #expect(throws: DomainError.self) { try PersonName.parse(input) }
    }

    @Test func nameMessagesAreClear() {
        #expect(throws: DomainError("'John Smith' is not a name in the form 'Family, Given'")) { try PersonName.parse("John Smith") }
        #expect(throws: DomainError("given name must not be empty")) { try PersonName.parse("Smith, ") }
        #expect(throws: DomainError("name contains a forbidden control or formatting character (U+001B)")) {
            try PersonName.parse("Smith\u{1B}, John")
        }
    }

    @Test func nameDecodingValidates() {
        let json = Data(#"{"family":"Smith\u001b","given":"J"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PersonName.self, from: json) }
    }

    @Test func freeTextNewlinesOnlyWhenAllowed() throws {
        try TextValidation.checkFreeText("line one\nline two\tindented", field: "note", maxLength: 100, allowNewlines: true)
        #expect(throws: DomainError("note contains a forbidden control or formatting character (U+000A)")) {
            try TextValidation.checkFreeText("a\nb", field: "note", maxLength: 100)
        }
        #expect(throws: DomainError("note contains a forbidden control or formatting character (U+000D)")) {
            try TextValidation.checkFreeText("a\r\nb", field: "note", maxLength: 100, allowNewlines: true)
        }
        #expect(throws: DomainError("note contains a forbidden control or formatting character (U+202E)")) {
            try TextValidation.checkFreeText("abc\u{202E}def", field: "note", maxLength: 100, allowNewlines: true)
        }
    }

    @Test func freeTextLengthBoundary() throws {
        try TextValidation.checkFreeText(String(repeating: "x", count: 10), field: "reason", maxLength: 10)
        #expect(throws: DomainError("reason is too long (11 characters; at most 10)")) {
            try TextValidation.checkFreeText(String(repeating: "x", count: 11), field: "reason", maxLength: 10)
        }
        #expect(throws: DomainError("reason must not be empty")) {
            try TextValidation.checkRequiredText(" \n ", field: "reason", maxLength: 10, allowNewlines: true)
        }
    }

    @Test("valid phones", arguments: ["555-1234", "+1 (555) 123-4567", "555.123.4567", "+44 20 7946 0958"])
    func validPhones(input: String) throws {
        #expect(try PhoneNumber(validating: input).rawValue == input)
    }

    @Test("invalid phones", arguments: ["555-123", "phone 5551234", "+1 555 123 4567 890 12", "555\u{1B}1234567", "((((((()))))))", "555-1234 x12"])
    func invalidPhones(input: String) {
        #expect(throws: DomainError.self) { try PhoneNumber(validating: input) }
    }
}
