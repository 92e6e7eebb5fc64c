import Foundation

/// An ICD-10-CM diagnosis code such as `E11.9`, stored uppercase with its dot.
///
/// Format: a letter, a digit, a letter or digit, then optionally a dot and 1-4 letters or digits.
/// Input without the dot (`E1165`) gets the dot inserted after the third character.
public struct ICD10Code: ValidatedString {
    /// The normalised code, e.g. `E11.65`.
    public let rawValue: String

    /// Validates and normalises a code.
    public init(validating text: String) throws {
        if Self.isCanonical(text) {
            rawValue = text
            return
        }
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        let invalid = DomainError("'\(text)' is not a valid ICD-10-CM code (a letter, a digit, a letter or digit, then optionally '.' and 1-4 more, e.g. E11.9)")
        var chars = Array(upper)
        if chars.count > 3, !chars.contains(".") { chars.insert(".", at: 3) }
        guard chars.count >= 3, chars.allSatisfy(\.isASCII),
              chars[0].isLetter, chars[1].isNumber, chars[2].isLetter || chars[2].isNumber
        else { throw invalid }
        if chars.count > 3 {
            let tail = chars[4...]
            guard chars[3] == ".", (1...4).contains(tail.count),
                  tail.allSatisfy({ $0.isLetter || $0.isNumber })
            else { throw invalid }
        }
        rawValue = String(chars)
    }

    /// Whether `text` is already a normalised code (the common case when reading the store),
    /// checked on its UTF-8 bytes without allocating.
    static func isCanonical(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count == 3 || (5...8).contains(bytes.count) else { return false }
        func upper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
        func digit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        for (i, b) in bytes.enumerated() {
            switch i {
            case 0: guard upper(b) else { return false }
            case 1: guard digit(b) else { return false }
            case 3: guard b == 46 else { return false }
            default: guard upper(b) || digit(b) else { return false }
            }
        }
        return true
    }

    /// The three-character category, e.g. `E11` for `E11.65`.
    public var category3: String { String(rawValue.prefix(3)) }

    /// The code without its dot, e.g. `E1165`.
    public var compact: String { String(decoding: rawValue.utf8.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self) }
}
