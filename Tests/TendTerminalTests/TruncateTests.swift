import Testing
import TendTerminal

@Suite("Truncate and pad")
struct TruncateTests {
    @Test("Text that fits is unchanged")
    func fits() {
        #expect(DisplayWidth.truncate("hello", toWidth: 5) == "hello")
        #expect(DisplayWidth.truncate("中文", toWidth: 4) == "中文")
    }

    @Test("A cut ends with the ellipsis and is exactly the width")
    func cut() {
        #expect(DisplayWidth.truncate("hello world", toWidth: 6) == "hello…")
        #expect(DisplayWidth.truncate("hello world", toWidth: 6, ellipsis: "~") == "hello~")
        #expect(DisplayWidth.truncate("hello", toWidth: 0) == "")
        #expect(DisplayWidth.truncate("hello", toWidth: 1) == "…")
    }

    @Test("A wide character that would straddle the limit becomes a space")
    func neverSplitsWide() {
        // 中文字 is 6 columns; 4 columns leave 3 for text: 中 (2) + a space.
        #expect(DisplayWidth.truncate("中文字", toWidth: 4) == "中 …")
        #expect(DisplayWidth.truncate("中文字", toWidth: 3, ellipsis: "") == "中 ")
        for width in 0...8 {
            let result = DisplayWidth.truncate("a中文😀字b", toWidth: width)
            #expect(DisplayWidth.width(of: result) == min(width, 10))
        }
    }

    @Test("Combining marks stay with their base")
    func combining() {
        #expect(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2, ellipsis: "") == "e\u{301}e\u{301}")
    }

    @Test("An ellipsis wider than the field is dropped")
    func wideEllipsis() {
        #expect(DisplayWidth.truncate("abcdef", toWidth: 2, ellipsis: "...") == "ab")
    }

    @Test("Pad fills to exactly the width with the chosen alignment")
    func pad() {
        #expect(DisplayWidth.pad("ab", toWidth: 5) == "ab   ")
        #expect(DisplayWidth.pad("ab", toWidth: 5, alignment: .right) == "   ab")
        #expect(DisplayWidth.pad("ab", toWidth: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.pad("中", toWidth: 3) == "中 ")
        #expect(DisplayWidth.pad("abcdef", toWidth: 4) == "abc…")
        #expect(DisplayWidth.pad("x", toWidth: 0) == "")
    }
}
