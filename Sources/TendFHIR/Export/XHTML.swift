import Foundation

/// Builds the XHTML `div` of a narrative from plain text, escaped so that any stored text
/// (quotes, angle brackets, ampersands, control characters) stays text.
public enum XHTML {
    /// Text escaped for XHTML content and attribute values. Characters XML 1.0 does not allow at
    /// all (C0 controls other than tab and newline, lone surrogates are impossible in Swift,
    /// U+FFFE/U+FFFF) become a visible `[U+0007]`, since no escape can carry them.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                    || (0x80...0x9F).contains(scalar.value) {
                    out += "[U+" + String(format: "%04X", scalar.value) + "]"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A `div` in the XHTML namespace around already-escaped `body`.
    public static func div(_ body: String) -> String {
        "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + body + "</div>"
    }

    /// A paragraph of text (escaped), its line breaks kept as `<br/>`.
    public static func paragraph(_ text: String) -> String {
        "<p>" + escape(text).replacingOccurrences(of: "\n", with: "<br/>") + "</p>"
    }
}
