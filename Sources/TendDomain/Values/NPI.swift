import Foundation

/// A National Provider Identifier: 10 digits whose last is a Luhn check digit
/// computed over the card-issuer prefix `80840` plus the first nine digits (per CMS).
public struct NPI: ValidatedString {
    /// The 10 digits.
    public let rawValue: String

    /// Validates an NPI (surrounding whitespace ignored).
    public init(validating text: String) throws {
        let digits = text.trimmingCharacters(in: .whitespaces)
        guard digits.count == 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw DomainError("'\(text)' is not a valid NPI (10 digits)")
        }
        let values = digits.compactMap(\.wholeNumberValue)
        guard NPI.checkDigit(forFirstNine: Array(values.prefix(9))) == values[9] else {
            throw DomainError("'\(text)' is not a valid NPI (check digit does not match)")
        }
        rawValue = digits
    }

    /// The Luhn check digit for nine NPI digits, with the `80840` prefix's contribution (24) added.
    static func checkDigit(forFirstNine digits: [Int]) -> Int {
        var sum = 24
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 0 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return (10 - sum % 10) % 10
    }
}
