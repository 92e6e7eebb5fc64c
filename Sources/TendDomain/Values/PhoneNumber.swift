import Foundation

/// A phone number as typed, leniently checked: digits, spaces and `+ - ( ) .`,
/// 7 to 20 characters with at least 7 digits.
public struct PhoneNumber: ValidatedString {
    /// The number as typed, trimmed.
    public let rawValue: String

    private static let allowedPunctuation: Set<Character> = [" ", "+", "-", "(", ")", "."]

    /// Validates a phone number.
    public init(validating text: String) throws {
        rawValue = Self.isCanonical(text) ? text : try Self.normalized(text)
    }

    /// The checks and normalisation in full (what `isCanonical` text comes back unchanged from).
    static func normalized(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let scalar = TextValidation.forbiddenScalar(in: text) {
            throw DomainError("phone number contains a forbidden control or formatting character (\(TextValidation.codePoint(scalar)))")
        }
        let digitCount = trimmed.filter { $0.isASCII && $0.isNumber }.count
        guard (7...20).contains(trimmed.count), digitCount >= 7,
              trimmed.allSatisfy({ ($0.isASCII && $0.isNumber) || PhoneNumber.allowedPunctuation.contains($0) })
        else {
            throw DomainError("'\(trimmed)' is not a valid phone number (7-20 characters: digits, spaces, + - ( ) .)")
        }
        return trimmed
    }

    /// Whether `text` is a valid number as stored (the common case when reading the store),
    /// checked on its UTF-8 bytes: 7-20 of digits and ` + - ( ) .`, at least 7 digits, no
    /// space at either end.
    static func isCanonical(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (7...20).contains(bytes.count), bytes.first != 0x20, bytes.last != 0x20 else { return false }
        var digits = 0
        for b in bytes {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: " "), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."): continue
            default: return false
            }
        }
        return digits >= 7
    }
}
