/// Code-point ranges that a terminal draws two columns wide (East Asian Wide and Fullwidth).
///
/// Emoji with default emoji presentation are handled separately through
/// `Unicode.Scalar.Properties.isEmojiPresentation`; this table covers scripts and forms.
/// The ranges are sorted and do not overlap, so lookups use a binary search.
enum WidthTable {
    /// Wide and fullwidth ranges, sorted by lower bound.
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initial consonants
        0x231A...0x231B,   // watch, hourglass
        0x2329...0x232A,   // angle brackets
        0x2E80...0x303E,   // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,   // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
        0x3400...0x4DBF,   // CJK unified ideographs extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA000...0xA4CF,   // Yi syllables and radicals
        0xA960...0xA97F,   // Hangul Jamo extended A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
        0xFF00...0xFF60,   // fullwidth ASCII variants
        0xFFE0...0xFFE6,   // fullwidth signs
        0x16FE0...0x16FE4, // ideographic symbols
        0x17000...0x18CFF, // Tangut
        0x1AFF0...0x1B2FF, // Kana extended and supplement, Nushu
        0x1F200...0x1F2FF, // enclosed ideographic supplement
        0x20000...0x2FFFD, // CJK ideographs, plane 2
        0x30000...0x3FFFD, // CJK ideographs, plane 3
    ]

    /// Ranges that never take a column on their own, beyond general-category marks and formats.
    static let zero: [ClosedRange<UInt32>] = [
        0x1160...0x11FF,   // Hangul Jamo medial vowels and final consonants
        0xD7B0...0xD7FF,   // Hangul Jamo extended B
    ]

    /// Whether `value` falls in one of the sorted, non-overlapping `ranges`.
    static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
