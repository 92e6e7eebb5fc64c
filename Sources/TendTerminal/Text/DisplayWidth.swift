/// Display columns of text, computed in Swift so they do not depend on the C locale.
///
/// Widths are per grapheme cluster (a `Character`): CJK, Hangul, Kana, fullwidth forms and most
/// emoji take two columns; combining marks, joiners, variation selectors and controls take none.
public enum DisplayWidth {
    /// The number of columns a single Unicode scalar takes when drawn on its own (0, 1 or 2).
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 } // DEL and C1 controls
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .surrogate,
             .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if WidthTable.contains(WidthTable.zero, value) { return 0 }
        if WidthTable.contains(WidthTable.wide, value) { return 2 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The number of columns a grapheme cluster takes (0, 1 or 2).
    ///
    /// The first spacing scalar decides, except that an emoji followed by VS16 (U+FE0F),
    /// and a pair of regional indicators (a flag), are two columns wide.
    public static func width(of character: Character) -> Int {
        if character.isASCII {
            guard let value = character.asciiValue else { return 0 } // "\r\n"
            return value >= 0x20 && value < 0x7F ? 1 : 0
        }
        var base: Unicode.Scalar?
        var baseWidth = 0
        var regionalIndicators = 0
        var emojiVariation = false
        for scalar in character.unicodeScalars {
            if (0x1F1E6...0x1F1FF).contains(scalar.value) { regionalIndicators += 1 }
            if scalar.value == 0xFE0F { emojiVariation = true }
            if base == nil {
                let width = width(of: scalar)
                if width > 0 {
                    base = scalar
                    baseWidth = width
                }
            }
        }
        guard let base else { return 0 }
        if regionalIndicators >= 2 { return 2 }
        if emojiVariation && base.properties.isEmoji { return 2 }
        return baseWidth
    }

    /// The number of columns a string takes: the sum of its grapheme clusters' widths.
    public static func width(of string: some StringProtocol) -> Int {
        var total = 0
        for character in string {
            total += width(of: character)
        }
        return total
    }
}
