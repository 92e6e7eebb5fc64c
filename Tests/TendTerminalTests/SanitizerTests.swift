import Foundation
import Testing
import TendTerminal

@Suite("Sanitizer")
struct SanitizerTests {
    @Test("Escape sequences lose their ESC")
    func escape() {
        #expect(Sanitizer.singleLine.sanitize("\u{1B}[2J") == "[2J")
        #expect(Sanitizer.singleLine.sanitize("a\u{1B}]0;title\u{7}b") == "a]0;titleb")
    }

    @Test("CRLF and CR become one space on a single line, newline when kept")
    func lineBreaks() {
        #expect(Sanitizer.singleLine.sanitize("Robert\r\nDROP") == "Robert DROP")
        #expect(Sanitizer.singleLine.sanitize("a\rb\nc") == "a b c")
        #expect(Sanitizer(newlines: .remove).sanitize("Robert\r\nDROP") == "RobertDROP")
        #expect(Sanitizer.multiLine.sanitize("Robert\r\nDROP\u{2028}x") == "Robert\nDROP\nx")
    }

    @Test("Tabs become spaces; backspace, NUL and DEL vanish")
    func controls() {
        #expect(Sanitizer.singleLine.sanitize("a\tb") == "a b")
        #expect(Sanitizer.singleLine.sanitize("ab\u{8}\u{8}cd\u{0}e\u{7F}") == "abcde")
    }

    @Test("C1 controls including CSI U+009B are removed")
    func c1() {
        #expect(Sanitizer.singleLine.sanitize("A\u{9B}31m") == "A31m")
        #expect(Sanitizer.singleLine.sanitize("x\u{80}\u{85}\u{9F}y") == "x y")
    }

    @Test("Bidi controls are removed")
    func bidi() {
        #expect(Sanitizer.singleLine.sanitize("\u{202E}evil") == "evil")
        let all = "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{61C}"
        #expect(Sanitizer.singleLine.sanitize("a\(all)b") == "ab")
    }

    @Test("Invalid UTF-8 and lone surrogates decode to U+FFFD")
    func invalidData() {
        let data = Data([0x41, 0xFF, 0x42, 0xED, 0xA0, 0x80, 0x43, 0x1B, 0x5B])
        let result = Sanitizer.singleLine.sanitize(data)
        #expect(result.hasPrefix("A\u{FFFD}B"))
        #expect(result.hasSuffix("C["))
        #expect(!result.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test("A 100 KB string is capped before width work")
    func huge() {
        let big = String(repeating: "x", count: 100_000)
        let result = Sanitizer.singleLine.sanitize(big)
        #expect(result.count == 4_096)
        #expect(Sanitizer(maxCharacters: 10).sanitize(big) == "xxxxxxxxxx")
        #expect(Sanitizer.singleLine.sanitize(Data(big.utf8)).count == 4_096)
    }

    @Test("A grapheme with thousands of combining marks is capped")
    func zalgo() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 10_000) + "b"
        let result = Sanitizer.singleLine.sanitize(zalgo)
        #expect(result.unicodeScalars.count <= 16 + 1)
        #expect(result.first?.unicodeScalars.first == "a")
    }

    @Test("Ordinary text, CJK and emoji pass through unchanged")
    func passThrough() {
        let text = "Zoë 王小明 👨‍👩‍👧 café e\u{301}"
        #expect(Sanitizer.singleLine.sanitize(text) == text)
    }

    @Test("Sanitised output never holds a control or bidi scalar")
    func property() {
        var hostile = ""
        for value in 0..<0x100 { hostile.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        hostile += "\u{202A}\u{2066}\u{200F}\u{61C}"
        for sanitizer in [Sanitizer.singleLine, Sanitizer(newlines: .remove)] {
            let result = sanitizer.sanitize(hostile)
            #expect(!result.unicodeScalars.contains {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || Sanitizer.isBidiControl($0)
            })
        }
    }
}
