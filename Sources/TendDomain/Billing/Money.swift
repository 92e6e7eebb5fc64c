import Foundation

/// Money helpers. Amounts are always `Decimal`, never floating point.
public enum Money {
    /// `amount` rounded half-up to cents.
    public static func roundedToCents(_ amount: Decimal) -> Decimal {
        var value = amount
        var result = Decimal()
        NSDecimalRound(&result, &value, 2, .plain)
        return result
    }

    /// Dollars with two decimals and thousands separators, e.g. `$152.35`, `$12,096.00`, `-$5.00`.
    public static func format(_ amount: Decimal) -> String {
        let cents = roundedToCents(amount) * 100
        let text = cents.description
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        let whole = String(padded.dropLast(2))
        var grouped = ""
        for (offset, character) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (negative ? "-$" : "$") + grouped + "." + String(padded.suffix(2))
    }

    /// Parses a plain decimal amount such as `60.49` or `$60.49` (at most two decimals, not negative).
    public static func parse(_ text: String) throws -> Decimal {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let body = trimmed.hasPrefix("$") ? String(trimmed.dropFirst()) : trimmed
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.count == 1 || (1...2).contains(parts[1].count),
              let value = Decimal(string: body)
        else { throw DomainError("'\(text)' is not an amount of money (like 60.49)") }
        return value
    }
}
