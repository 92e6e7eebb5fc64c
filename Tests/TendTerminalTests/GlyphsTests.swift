import Testing
import TendTerminal

@Suite("Glyphs")
struct GlyphsTests {
    @Test("The ASCII set is pure printable ASCII")
    func ascii() {
        for (name, glyph) in Glyphs.ascii.all {
            #expect(!glyph.isEmpty, "\(name)")
            #expect(glyph.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, "\(name)")
        }
        #expect(Glyphs.ascii.ellipsis == "~")
    }

    @Test("Unicode glyphs are single one-column characters, so borders line up")
    func unicodeWidths() {
        for (name, glyph) in Glyphs.unicode.all {
            #expect(glyph.count == 1, "\(name)")
            #expect(DisplayWidth.width(of: glyph) == 1, "\(name)")
        }
    }

    @Test("State pairs differ by symbol, not only by colour")
    func statesDistinct() {
        for glyphs in [Glyphs.unicode, Glyphs.ascii] {
            #expect(glyphs.check != glyphs.cross)
            #expect(glyphs.timerRunning != glyphs.timerPaused)
            #expect(glyphs.barFilled != glyphs.barEmpty)
            #expect(glyphs.barEmpty.trimmingCharacters(in: " ") != "")
        }
        #expect(Glyphs.forTerminal(utf8: true) == .unicode)
        #expect(Glyphs.forTerminal(utf8: false) == .ascii)
    }
}

private extension String {
    func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
