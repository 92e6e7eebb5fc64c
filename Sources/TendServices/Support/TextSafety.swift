import Foundation

/// Makes user-supplied text safe to echo into a terminal or a log line.
public enum TextSafety {
    /// Replaces control characters, C1 controls and bidi overrides with visible escapes and
    /// caps the length, so a hostile value cannot move the cursor or reorder text when printed.
    public static func printable(_ text: String, maxLength: Int = 200) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if out.count >= maxLength { out += "…"; break }
            let v = scalar.value
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C {
                out += String(format: "\\u{%X}", v)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Like ``printable(_:maxLength:)`` but keeps line feeds as real line breaks: each line is
    /// made printable and capped on its own. For messages built of several lines (a refusal
    /// followed by one line per item); whoever builds such a message makes each item one line.
    public static func printableLines(_ text: String, maxLineLength: Int = 2000) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { printable(String($0), maxLength: maxLineLength) }
            .joined(separator: "\n")
    }
}
