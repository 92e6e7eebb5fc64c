import Testing
import TendTerminal

@Suite("Colour fitting for small palettes")
struct ThemeColorFittingTests {
    @Test("256-colour terminals keep every colour")
    func full() {
        for value in 0...255 {
            #expect(ThemeColor.index(UInt8(value)).fitted(toColorCount: 256) == .index(UInt8(value)))
        }
    }

    @Test("8-colour terminals fold bright colours to basic ones")
    func eight() {
        #expect(ThemeColor.index(9).fitted(toColorCount: 8) == .index(1))
        #expect(ThemeColor.index(15).fitted(toColorCount: 8) == .index(7))
        #expect(ThemeColor.index(8).fitted(toColorCount: 8) == .terminalDefault)
        #expect(ThemeColor.index(3).fitted(toColorCount: 8) == .index(3))
        #expect(ThemeColor.terminalDefault.fitted(toColorCount: 8) == .terminalDefault)
    }

    @Test("Palette colours map to the nearest available colour")
    func nearest() {
        #expect(ThemeColor.index(196).fitted(toColorCount: 8) == .index(1))   // pure red
        #expect(ThemeColor.index(21).fitted(toColorCount: 8) == .index(4))    // pure blue
        #expect(ThemeColor.index(196).fitted(toColorCount: 16) == .index(9))  // bright red
        #expect(ThemeColor.index(16).fitted(toColorCount: 16) == .index(0))   // black
        #expect(ThemeColor.index(231).fitted(toColorCount: 16) == .index(15)) // white
        for value in 0...255 {
            guard case .index(let folded) = ThemeColor.index(UInt8(value)).fitted(toColorCount: 8) else { continue }
            #expect(folded < 8)
        }
    }

    @Test("Terminals without colours get the default")
    func none() {
        #expect(ThemeColor.index(1).fitted(toColorCount: 0) == .terminalDefault)
    }
}
