import Foundation

/// How typed search text compares with stored text, the same in every filter and lookup:
/// case, accents and character width are ignored (`lefevre` finds `Lefèvre`, `nguyen` finds
/// `Nguyễn`, `overgard` finds `Øvergård`, `strasse` finds `Straße`).
public enum SearchText {
    /// `text` folded for comparison: compatibility-decomposed, combining marks dropped, Latin
    /// letters without a decomposition spelled out (`ø` -> `o`, `ß` -> `ss`), lower case.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var folded = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            if let spelled = latinLetters[scalar] {
                folded.append(contentsOf: spelled.unicodeScalars)
            } else {
                folded.append(scalar)
            }
        }
        return String(folded).lowercased()
    }

    /// A date typed in ISO form (`1944-02-03`) or US form (`02/03/1944`, `2/3/1944`), or nil.
    public static func date(_ word: String) -> LocalDate? {
        let text = word.trimmingCharacters(in: .whitespaces)
        if text.count == 10, text.contains("-") { return try? LocalDate.parse(text) }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return try? LocalDate(year: year, month: month, day: day)
    }

    /// The ASCII digits of `text` (`(555) 010-4477` -> `5550104477`).
    public static func digits(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.map(Character.init))
    }

    /// Whether `text` is written like a phone number: digits and phone punctuation only, with a digit.
    public static func isPhoneLike(_ text: String) -> Bool {
        text.contains { $0.isASCII && $0.isNumber } && text.allSatisfy { ($0.isASCII && $0.isNumber) || " +-().".contains($0) }
    }

    /// Lower-case Latin letters that have no canonical decomposition (upper case is lowered after).
    static let latinLetters: [Unicode.Scalar: String] = [
        "Ø": "o", "ø": "o", "ß": "ss", "ẞ": "ss", "Æ": "ae", "æ": "ae", "Œ": "oe", "œ": "oe",
        "Đ": "d", "đ": "d", "Ð": "d", "ð": "d", "Þ": "th", "þ": "th", "Ł": "l", "ł": "l",
        "Ħ": "h", "ħ": "h", "ı": "i", "Ŀ": "l", "ŀ": "l", "Ŋ": "n", "ŋ": "n", "Ŧ": "t", "ŧ": "t",
        "ĸ": "k", "Ƒ": "f", "ƒ": "f", "ſ": "s", "Ǝ": "e", "ǝ": "e", "Ɛ": "e", "ɛ": "e",
        "\u{2018}": "'", "\u{2019}": "'", "\u{2010}": "-", "\u{2011}": "-", "\u{2013}": "-", "\u{2014}": "-",
    ]
}
