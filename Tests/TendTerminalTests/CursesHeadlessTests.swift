import Testing
import TendTerminal
@testable import TendCurses

/// Drives the real ncurses backend with no terminal: output to /dev/null, input from /dev/null
/// plus injected keys, cells read back from ncurses' virtual screen. ncurses state is global,
/// so these tests run one at a time.
@Suite("ncurses backend, headless", .serialized)
struct CursesHeadlessTests {
    @Test("Draws CJK, emoji and ASCII at the right columns")
    func drawsWideText() throws {
        let terminal = try CursesTerminal.openHeadless(width: 20, height: 3)
        defer { terminal.close() }
        #expect(terminal.size == Size(width: 20, height: 3))
        #expect(terminal.isUTF8)
        var grid = CellGrid(size: terminal.size)
        grid.put("王小明 ok", x: 0, y: 0)
        grid.put("a中b😀c", x: 2, y: 1)
        grid.put("Zoe\u{301} ✓", x: 0, y: 2)
        terminal.present(grid)
        #expect(terminal.readBackText(row: 0) == "王小明 ok" + String(repeating: " ", count: 11))
        #expect(terminal.readBackText(row: 1) == "  a中b😀c" + String(repeating: " ", count: 11))
        #expect(terminal.readBackText(row: 2) == "Zoe\u{301} ✓" + String(repeating: " ", count: 15))
        for y in 0..<3 { #expect(terminal.readBackText(row: y) == grid.rowText(y)) }
        let cells = terminal.readBackCells(row: 0)
        #expect(cells.count == 20)
        #expect(cells.first?.text == "王")
    }

    @Test("Only changed runs are redrawn and the screen matches the grid after each frame")
    func incremental() throws {
        let terminal = try CursesTerminal.openHeadless(width: 12, height: 2)
        defer { terminal.close() }
        var grid = CellGrid(size: terminal.size)
        grid.put("timer 00:01", x: 0, y: 0)
        grid.put("中文中文中文", x: 0, y: 1)
        terminal.present(grid)
        #expect(terminal.readBackText(row: 1) == grid.rowText(1), "\(terminal.readBackCells(row: 1).map(\.text))")
        grid.put("2", x: 10, y: 0)
        grid.put("ab", x: 1, y: 1)
        terminal.present(grid)
        #expect(terminal.readBackText(row: 0) == "timer 00:02 ")
        // "ab" over the second half of 中 and the first half of 文 blanks both other halves.
        #expect(grid.rowText(1) == " ab 中文中文")
        #expect(terminal.readBackText(row: 1) == grid.rowText(1), "\(terminal.readBackCells(row: 1).map(\.text))")
    }

    @Test("A wide character in the bottom-right corner stays whole")
    func bottomRightCorner() throws {
        let terminal = try CursesTerminal.openHeadless(width: 6, height: 2)
        defer { terminal.close() }
        var grid = CellGrid(size: terminal.size)
        grid.put("abcd中", x: 0, y: 1)
        terminal.present(grid)
        #expect(terminal.readBackText(row: 1) == "abcd中")
        #expect(terminal.readBackCells(row: 1).map(\.text) == ["a", "b", "c", "d", "中", ""])
    }

    @Test("Roles become colour pairs and attributes from the theme")
    func colors() throws {
        let terminal = try CursesTerminal.openHeadless(width: 10, height: 1)
        defer { terminal.close() }
        #expect(terminal.colorCount == 256)
        var grid = CellGrid(size: terminal.size)
        grid.put("sel", x: 0, y: 0, style: Style(.selection))
        grid.put("u", x: 4, y: 0, style: Style(.normal, attributes: .underline))
        terminal.present(grid)
        let cells = terminal.readBackCells(row: 0)
        let selection = BuiltinThemes.default.style(for: .selection)
        #expect(cells[0].pair != 0)
        #expect(cells[0].attributes == selection.attributes)
        let pair = terminal.pairColors(cells[0].pair)
        #expect(pair.foreground == 0 && pair.background == 6)
        #expect(cells[4].attributes == .underline)
        #expect(cells[4].pair == 0)
    }

    @Test("On an 8-colour terminal bright and palette colours fold to basic ones")
    func eightColors() throws {
        let theme = try ThemeParser.parse("selection = bright-red on bright-blue\ndim = 196\nborder = gray", name: "t")
        let terminal = try CursesTerminal.openHeadless(width: 6, height: 1, term: "xterm", theme: theme)
        defer { terminal.close() }
        #expect(terminal.colorCount == 8)
        var grid = CellGrid(size: terminal.size)
        grid.put("s", x: 0, y: 0, style: Style(.selection))
        grid.put("d", x: 1, y: 0, style: Style(.dim))
        grid.put("b", x: 2, y: 0, style: Style(.border))
        terminal.present(grid)
        let cells = terminal.readBackCells(row: 0)
        let selection = terminal.pairColors(cells[0].pair)
        let dim = terminal.pairColors(cells[1].pair)
        #expect(selection.foreground == 1 && selection.background == 4)
        #expect(dim.foreground == 1 && dim.background == -1)
        #expect(cells[2].pair == 0, "bright black folds to the terminal default")
    }

    @Test("A monochrome theme draws with attributes only")
    func monochrome() throws {
        let terminal = try CursesTerminal.openHeadless(width: 6, height: 1, theme: BuiltinThemes.monochrome)
        defer { terminal.close() }
        var grid = CellGrid(size: terminal.size)
        grid.put("sel", x: 0, y: 0, style: Style(.selection))
        terminal.present(grid)
        let cell = terminal.readBackCells(row: 0)[0]
        #expect(cell.pair == 0)
        #expect(cell.attributes == .reverse)
    }

    @Test("Keys are read through wget_wch and normalised")
    func keys() throws {
        let terminal = try CursesTerminal.openHeadless(width: 10, height: 2)
        defer { terminal.close() }
        let keys: [Key] = [
            .char("j"), .char("中"), .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
            .enter, .tab, .backTab, .backspace, .delete, .escape, .ctrl("c"), .ctrl(" "), .function(1), .function(12),
        ]
        terminal.injectKeys(keys)
        var read: [Key] = []
        while let key = terminal.readKey(timeout: 0) { read.append(key) }
        #expect(read == keys)
    }

    @Test("KEY_RESIZE arrives as .resize and updates the size")
    func resize() throws {
        let terminal = try CursesTerminal.openHeadless(width: 30, height: 10)
        defer { terminal.close() }
        terminal.injectKeys([.resize])
        #expect(terminal.readKey(timeout: 0) == .resize)
        #expect(terminal.size == Size(width: 30, height: 10))
    }

    @Test("Closing is idempotent and a second terminal can open afterwards")
    func closeTwice() throws {
        let first = try CursesTerminal.openHeadless(width: 5, height: 1)
        #expect(throws: TerminalOpenError.alreadyOpen) { try CursesTerminal.openHeadless(width: 5, height: 1) }
        first.close()
        first.close()
        #expect(first.readKey(timeout: 0) == nil)
        let second = try CursesTerminal.openHeadless(width: 5, height: 1)
        second.close()
    }

    @Test("An unknown TERM is a clear error suggesting xterm-256color")
    func unknownTerm() {
        #expect(throws: TerminalOpenError.unknownTerminalType("no-such-terminal-xyz")) {
            try CursesTerminal.openHeadless(width: 5, height: 1, term: "no-such-terminal-xyz")
        }
        #expect(TerminalOpenError.unknownTerminalType("x").description.contains("TERM=xterm-256color"))
    }

    @Test("Unset and dumb TERM are refused before ncurses starts")
    func refusedTerms() {
        #expect(throws: TerminalOpenError.terminalTypeNotSet) { try CursesTerminal.open(environment: [:]) }
        #expect(throws: TerminalOpenError.terminalTypeNotSet) { try CursesTerminal.open(environment: ["TERM": ""]) }
        #expect(throws: TerminalOpenError.dumbTerminal) { try CursesTerminal.open(environment: ["TERM": "dumb"]) }
    }

    @Test("Codeset names are recognised as UTF-8 or not")
    func codesets() {
        #expect(CursesTerminal.isUTF8(codeset: "UTF-8"))
        #expect(CursesTerminal.isUTF8(codeset: "utf8"))
        #expect(!CursesTerminal.isUTF8(codeset: "ANSI_X3.4-1968"))
    }
}
