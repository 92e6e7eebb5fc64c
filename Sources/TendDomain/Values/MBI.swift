import Foundation

/// A Medicare Beneficiary Identifier in the CMS format, stored as 11 uppercase characters without dashes.
///
/// Positions: 1 digit 1-9; 2, 5, 8, 9 letter; 3, 6 letter or digit; 4, 7, 10, 11 digit.
/// Letters exclude S, L, O, I, B and Z. Input may be lowercase and contain dashes or spaces.
public struct MBI: ValidatedString {
    /// The normalised identifier, e.g. `1EG4TE5MK73`.
    public let rawValue: String

    private enum Slot { case nonZeroDigit, digit, letter, letterOrDigit }
    private static let layout: [Slot] = [
        .nonZeroDigit, .letter, .letterOrDigit, .digit, .letter, .letterOrDigit,
        .digit, .letter, .letter, .digit, .digit,
    ]
    private static let excludedLetters: Set<Character> = ["S", "L", "O", "I", "B", "Z"]

    /// Validates and normalises an MBI.
    public init(validating text: String) throws {
        rawValue = Self.isCanonical(text) ? text : try Self.normalized(text)
    }

    /// The checks and normalisation in full (what `isCanonical` text comes back unchanged from).
    static func normalized(_ text: String) throws -> String {
        let compact = text.uppercased().filter { $0 != "-" && $0 != " " }
        let invalid = DomainError("'\(text)' is not a valid MBI (11 characters like 1EG4-TE5-MK73; letters S, L, O, I, B, Z are never used)")
        guard compact.count == MBI.layout.count else { throw invalid }
        for (character, slot) in zip(compact, MBI.layout) where !MBI.accepts(character, slot) {
            throw invalid
        }
        return compact
    }

    /// The identifier written with dashes, `1EG4-TE5-MK73`.
    public var formatted: String {
        let chars = Array(rawValue)
        return String(chars[0..<4]) + "-" + String(chars[4..<7]) + "-" + String(chars[7..<11])
    }

    /// Whether `text` is a valid MBI as stored (11 upper-case characters, no separators), checked
    /// on its UTF-8 bytes: the common case when reading the store.
    static func isCanonical(_ text: String) -> Bool {
        guard text.utf8.count == layout.count else { return false }
        for (b, slot) in zip(text.utf8, layout) {
            let isDigit = b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
            let isLetter = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") && !excludedBytes.contains(b)
            switch slot {
            case .nonZeroDigit: guard isDigit && b != UInt8(ascii: "0") else { return false }
            case .digit: guard isDigit else { return false }
            case .letter: guard isLetter else { return false }
            case .letterOrDigit: guard isDigit || isLetter else { return false }
            }
        }
        return true
    }

    private static let excludedBytes = Array("SLOIBZ".utf8)

    private static func accepts(_ character: Character, _ slot: Slot) -> Bool {
        guard character.isASCII else { return false }
        let isDigit = character.isNumber
        let isLetter = character.isLetter && !excludedLetters.contains(character)
        switch slot {
        case .nonZeroDigit: return isDigit && character != "0"
        case .digit: return isDigit
        case .letter: return isLetter
        case .letterOrDigit: return isDigit || isLetter
        }
    }
}
