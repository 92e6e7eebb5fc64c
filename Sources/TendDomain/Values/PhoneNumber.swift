import Foundation

/// A phone number as typed, leniently checked: digits, spaces and `+ - ( ) .`,
/// 7 to 20 characters with at least 7 digits.
public struct PhoneNumber: ValidatedString {
    /// The number as typed, trimmed.
    public let rawValue: String

    private static let allowedPunctuation: Set<Character> = [" ", "+", "-", "(", ")", "."]

    /// Validates a phone number.
    public init(validating text: String) throws {
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
        rawValue = trimmed
    }
}
