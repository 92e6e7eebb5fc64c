import Testing
import TendTerminal

@Suite("Cell grid")
struct CellGridTests {
    @Test("put writes text and reads back by row")
    func putAndRead() {
        var grid = CellGrid(width: 10, height: 2)
        let written = grid.put("hello", x: 2, y: 1)
        #expect(written == 5)
        #expect(grid.lines == ["          ", "  hello   "])
    }

    @Test("put clips at maxWidth and at the right edge")
    func clips() {
        var grid = CellGrid(width: 8, height: 1)
        #expect(grid.put("abcdefgh", x: 0, y: 0, maxWidth: 3) == 3)
        #expect(grid.rowText(0) == "abc     ")
        #expect(grid.put("0123456789", x: 5, y: 0) == 3)
        #expect(grid.rowText(0) == "abc  012")
    }

    @Test("put with an ellipsis marks the cut")
    func ellipsis() {
        var grid = CellGrid(width: 8, height: 1)
        grid.put("abcdefgh", x: 0, y: 0, maxWidth: 5, ellipsis: "…")
        #expect(grid.rowText(0) == "abcd…   ")
    }

    @Test("Wide characters take two cells and are never split at the edge")
    func wide() {
        var grid = CellGrid(width: 5, height: 1)
        #expect(grid.put("中文字", x: 0, y: 0) == 5)
        #expect(grid.rowText(0) == "中文 ")
        #expect(grid[1, 0]?.isContinuation == true)
        #expect(grid[4, 0]?.grapheme == " ")
        #expect(gridInvariantViolation(grid) == nil)
    }

    @Test("Writing over half of a wide character blanks the other half")
    func overwriteHalf() {
        var grid = CellGrid(width: 6, height: 1)
        grid.put("中文", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.rowText(0) == " x文  ")
        grid.put("y", x: 2, y: 0)
        #expect(grid.rowText(0) == " xy   ")
        #expect(gridInvariantViolation(grid) == nil)
    }

    @Test("Hostile text is sanitised before it reaches a cell")
    func sanitises() {
        var grid = CellGrid(width: 20, height: 1)
        grid.put("\u{1B}[2J\u{202E}A\u{9B}31m\r\nB", x: 0, y: 0)
        #expect(grid.rowText(0) == "[2JA31m B           ")
        #expect(!grid.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test("Writes outside the grid do nothing")
    func outside() {
        var grid = CellGrid(width: 4, height: 2)
        let before = grid
        #expect(grid.put("x", x: -1, y: 0) == 0)
        #expect(grid.put("x", x: 4, y: 0) == 0)
        #expect(grid.put("x", x: 0, y: 2) == 0)
        #expect(grid.put("x", x: 0, y: -1) == 0)
        #expect(grid.put("x", x: 0, y: 0, maxWidth: 0) == 0)
        #expect(grid == before)
    }

    @Test("No sequence of writes overflows the grid or breaks wide pairs")
    func neverOverflows() {
        let samples = ["中文字符", "a😀b🇺🇸c", "e\u{301}xyz", "\u{1B}[31mred", "ＡＢＣ", String(repeating: "長", count: 50)]
        for width in [1, 2, 3, 7, 20] {
            var grid = CellGrid(width: width, height: 3)
            for (index, sample) in samples.enumerated() {
                for x in -1...width {
                    grid.put(sample, x: x, y: index % 3, maxWidth: (index % 2 == 0) ? nil : 3)
                    #expect(grid.cells.count == width * 3)
                    #expect(gridInvariantViolation(grid) == nil, "width \(width) sample \(index) x \(x)")
                }
            }
            for y in 0..<3 { #expect(DisplayWidth.width(of: grid.rowText(y)) == width) }
        }
    }

    @Test("fill covers a clipped rectangle, wide characters in pairs")
    func fill() {
        var grid = CellGrid(width: 5, height: 3)
        grid.fill(Rect(x: 3, y: 1, width: 10, height: 10), with: "#", style: Style(.border))
        #expect(grid.lines == ["     ", "   ##", "   ##"])
        #expect(grid[4, 2]?.style.role == .border)
        grid.fill(Rect(x: 0, y: 0, width: 5, height: 1), with: "中")
        #expect(grid.rowText(0) == "中中 ")
        #expect(gridInvariantViolation(grid) == nil)
    }

    @Test("text(in:) shows a wide character cut by the rectangle as a space")
    func textInRect() {
        var grid = CellGrid(width: 6, height: 2)
        grid.put("a中文b", x: 0, y: 0)
        #expect(grid.text(in: Rect(x: 2, y: 0, width: 3, height: 1)) == [" 文"])
        #expect(grid.text(in: Rect(x: 0, y: 0, width: 2, height: 1)) == ["a "])
        #expect(grid.text(in: Rect(x: 10, y: 0, width: 2, height: 1)) == [])
    }
}
