import Testing
@testable import TendTerminal

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII is one column per character")
    func ascii() {
        #expect(DisplayWidth.width(of: "hello") == 5)
        #expect(DisplayWidth.width(of: "") == 0)
    }

    @Test("CJK, Hangul, Kana and fullwidth forms are two columns")
    func wide() {
        #expect(DisplayWidth.width(of: "中文") == 4)
        #expect(DisplayWidth.width(of: "한국어") == 6)
        #expect(DisplayWidth.width(of: "ひらがなカタカナ") == 16)
        #expect(DisplayWidth.width(of: "ＡＢ") == 4)
        #expect(DisplayWidth.width(of: "a中b") == 4)
    }

    @Test("Decomposed and precomposed é are both one column")
    func combining() {
        let precomposed = "\u{E9}"
        let decomposed = "e\u{301}"
        #expect(DisplayWidth.width(of: precomposed) == 1)
        #expect(DisplayWidth.width(of: decomposed) == 1)
        #expect(DisplayWidth.width(of: "Ame\u{301}lie") == 6)
    }

    @Test("Emoji, flags, ZWJ sequences and skin tones are two columns")
    func emoji() {
        #expect(DisplayWidth.width(of: "😀") == 2)
        #expect(DisplayWidth.width(of: "🇺🇸") == 2)
        #expect(DisplayWidth.width(of: "👨‍👩‍👧‍👦") == 2)
        #expect(DisplayWidth.width(of: "👍🏽") == 2)
        #expect(DisplayWidth.width(of: "❤️") == 2)
        #expect(DisplayWidth.width(of: "❤") == 1)
    }

    @Test("Controls, joiners, variation selectors and bidi marks take no column")
    func zeroWidth() {
        for scalar: Unicode.Scalar in ["\u{1B}", "\u{7F}", "\u{9B}", "\u{200D}", "\u{FE0F}", "\u{202E}", "\u{301}", "\u{200B}"] {
            #expect(DisplayWidth.width(of: scalar) == 0, "U+\(String(scalar.value, radix: 16))")
        }
        #expect(DisplayWidth.width(of: Character("\r\n")) == 0)
    }

    @Test("Decomposed Hangul (leading + vowel + trailing jamo) is two columns")
    func hangulJamo() {
        #expect(DisplayWidth.width(of: "\u{1100}\u{1161}\u{11A8}") == 2)
    }

    @Test("Box drawing, check marks and timer dots are one column")
    func glyphWidths() {
        #expect(DisplayWidth.width(of: "─│┌┐└┘█░✓✗→…●‖") == 14)
    }

    @Test("The width table is sorted and has no overlaps")
    func tableSorted() {
        for table in [WidthTable.wide, WidthTable.zero] {
            for (a, b) in zip(table, table.dropFirst()) {
                #expect(a.upperBound < b.lowerBound)
            }
        }
    }
}
