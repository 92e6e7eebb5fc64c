import Testing
import TendTerminal

@Suite("Word wrap")
struct WrapTests {
    @Test("Wraps at spaces and drops the space at a break")
    func words() {
        #expect(DisplayWidth.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
    }

    @Test("Long words are broken hard")
    func longWord() {
        #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(DisplayWidth.wrap("ab abcdefghij", width: 4) == ["ab", "abcd", "efgh", "ij"])
    }

    @Test("CJK breaks between characters and never exceeds the width")
    func cjk() {
        #expect(DisplayWidth.wrap("中文字符测试", width: 5) == ["中文", "字符", "测试"])
        #expect(DisplayWidth.wrap("ab中文", width: 4) == ["ab中", "文"])
        for width in 1...12 {
            for line in DisplayWidth.wrap("Patient 王小明 called 😀 about 한국어 forms today", width: width) {
                #expect(DisplayWidth.width(of: line) <= width, "width \(width): '\(line)'")
            }
        }
    }

    @Test("Newlines start new lines and empty paragraphs are kept")
    func newlines() {
        #expect(DisplayWidth.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
        #expect(DisplayWidth.wrap("", width: 10) == [""])
    }

    @Test("Leading spaces of a paragraph are kept, runs of spaces at a break are dropped")
    func spaces() {
        #expect(DisplayWidth.wrap("  indented", width: 20) == ["  indented"])
        #expect(DisplayWidth.wrap("aaaa      bbbb", width: 6) == ["aaaa", "bbbb"])
    }

    @Test("Wrapping loses no words")
    func keepsWords() {
        let text = "Reviewed medication list with caregiver; follow-up call scheduled for next Tuesday"
        let lines = DisplayWidth.wrap(text, width: 13)
        #expect(lines.joined(separator: " ").split(separator: " ") == text.split(separator: " "))
    }

    @Test("A wide character in a one-column width is dropped")
    func tooNarrow() {
        #expect(DisplayWidth.wrap("中", width: 1) == [""])
        #expect(DisplayWidth.wrap("a中b", width: 1) == ["a", "b"])
        #expect(DisplayWidth.wrap("abc", width: 0) == [])
    }
}
