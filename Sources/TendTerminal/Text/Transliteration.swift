import Foundation

/// Latin text spelled in plain ASCII, for terminals and locales without UTF-8: `Müller` becomes
/// `Muller`, `Lefèvre` `Lefevre`, `Nguyễn` `Nguyen`, `Øvergård` `Overgard`, `Straße` `Strasse`,
/// instead of the `?` a non-UTF-8 terminal would draw.
///
/// Each character is decomposed (canonical decomposition) and its combining marks dropped; the
/// Latin letters that do not decompose (`Ø`, `ß`, `Æ`, `Đ`, `Ł`, ...) come from a small table.
/// Characters with no Latin form (CJK, Arabic, emoji, ...) are left as they are: the caller
/// decides what to show for them (see `hasASCIIForm`).
public enum Transliteration {
    /// `text` with every Latin letter and the common typographic punctuation spelled in ASCII;
    /// other characters are kept unchanged.
    public static func ascii(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            result += ascii(character)
        }
        return result
    }

    /// Whether `text` is all ASCII once transliterated: false when some character has no Latin
    /// form and would be drawn as `?` on a terminal without UTF-8.
    public static func hasASCIIForm(_ text: String) -> Bool {
        ascii(text).utf8.allSatisfy { $0 < 0x80 }
    }

    /// One character in ASCII, or unchanged when it has no Latin form.
    static func ascii(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        var kept = String.UnicodeScalarView()
        var lostSomething = false
        for scalar in character.unicodeScalars {
            if scalar.isASCII {
                kept.append(scalar)
            } else if let spelled = table[scalar] {
                kept.append(contentsOf: spelled.unicodeScalars)
            } else if let decomposed = decomposition(of: scalar) {
                kept.append(contentsOf: decomposed.unicodeScalars)
            } else if !isCombiningMark(scalar) {
                lostSomething = true
            }
        }
        // A character is either spelled wholly in ASCII or kept as it is (never half of it).
        return lostSomething || kept.isEmpty ? String(character) : String(kept)
    }

    /// The base letters of a precomposed scalar (`é` -> `e`, `ễ` -> `e`), or nil.
    private static func decomposition(of scalar: Unicode.Scalar) -> String? {
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        guard decomposed.count > 1 || decomposed.first != scalar else { return nil }
        var base = String.UnicodeScalarView()
        for part in decomposed where !isCombiningMark(part) {
            guard part.isASCII else {
                guard let spelled = table[part] else { return nil }
                base.append(contentsOf: spelled.unicodeScalars)
                continue
            }
            base.append(part)
        }
        return base.isEmpty ? nil : String(base)
    }

    /// Combining marks (accents, Zalgo stacks), dropped from a Latin letter.
    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Latin letters without a canonical decomposition, and typographic punctuation.
    static let table: [Unicode.Scalar: String] = [
        "Ø": "O", "ø": "o", "ß": "ss", "ẞ": "SS", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe",
        "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Þ": "Th", "þ": "th", "Ł": "L", "ł": "l",
        "Ħ": "H", "ħ": "h", "ı": "i", "Ŀ": "L", "ŀ": "l", "Ŋ": "N", "ŋ": "n", "Ŧ": "T", "ŧ": "t",
        "ĸ": "k", "Ƒ": "F", "ƒ": "f", "ſ": "s", "Ǝ": "E", "ǝ": "e", "Ɛ": "E", "ɛ": "e",
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201C}": "\"", "\u{201D}": "\"",
        "\u{201E}": "\"", "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-",
        "\u{2014}": "-", "\u{00A0}": " ", "\u{2026}": "...", "\u{00B7}": "-",
    ]
}
