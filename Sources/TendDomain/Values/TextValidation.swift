import Foundation

/// Checks on text typed by people, so that stored text can never smuggle terminal escapes,
/// NUL bytes or bidirectional overrides into screens, reports or exports.
public enum TextValidation {
    /// The first character of `text` that is never allowed in stored text, if any.
    ///
    /// Forbidden: C0 controls (newline and tab only when `allowNewlines`), DEL, C1 controls,
    /// bidi embeddings/overrides U+202A-U+202E and isolates U+2066-U+2069,
    /// line/paragraph separators U+2028-U+2029, and the byte-order mark U+FEFF.
    public static func forbiddenScalar(in text: String, allowNewlines: Bool = false) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            let value = scalar.value
            if allowNewlines, scalar == "\n" || scalar == "\t" { return false }
            return value < 0x20 || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                || value == 0x2028 || value == 0x2029 || value == 0xFEFF
        }
    }

    /// Rejects forbidden characters (see `forbiddenScalar`) and text longer than `maxLength` characters.
    ///
    /// Error messages name `field`, e.g. `note contains a forbidden control character (U+001B)`.
    public static func checkFreeText(_ text: String, field: String, maxLength: Int, allowNewlines: Bool = false) throws {
        if let scalar = forbiddenScalar(in: text, allowNewlines: allowNewlines) {
            throw DomainError("\(field) contains a forbidden control or formatting character (\(codePoint(scalar)))")
        }
        // Every character is at least one byte: only count characters when the bytes could exceed.
        if text.utf8.count > maxLength, text.count > maxLength {
            throw DomainError("\(field) is too long (\(text.count) characters; at most \(maxLength))")
        }
    }

    /// Like `checkFreeText`, and also rejects text that is empty or only whitespace.
    public static func checkRequiredText(_ text: String, field: String, maxLength: Int, allowNewlines: Bool = false) throws {
        // Text starting with a visible ASCII character is not blank: no need to trim it (slow on Linux).
        if !(text.utf8.first.map(isVisibleASCII) ?? false), text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError("\(field) must not be empty")
        }
        try checkFreeText(text, field: field, maxLength: maxLength, allowNewlines: allowNewlines)
    }

    /// `text` without leading and trailing `CharacterSet.whitespaces`. Text that starts and ends
    /// with a visible ASCII character (nearly all stored text) is returned as it is, without the
    /// cost of Foundation's trimming.
    public static func trimmingWhitespace(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, isVisibleASCII(first), isVisibleASCII(last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// An ASCII byte that is neither a space nor a tab, line break or other control character.
    static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// `U+001B` style notation for a scalar.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
