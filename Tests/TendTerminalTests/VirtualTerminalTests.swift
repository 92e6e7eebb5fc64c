import Testing
import TendTerminal

@Suite("Virtual terminal")
struct VirtualTerminalTests {
    @Test("Presents grids and reads the screen back as text")
    func present() {
        let terminal = VirtualTerminal(width: 10, height: 2)
        var grid = CellGrid(size: terminal.size)
        grid.put("中文 ok", x: 0, y: 0)
        terminal.present(grid)
        #expect(terminal.screenText() == ["中文 ok   ", "          "])
        #expect(terminal.text(at: Rect(x: 5, y: 0, width: 2, height: 1)) == ["ok"])
        #expect(terminal.lastRuns.count == 2)
        terminal.present(grid)
        #expect(terminal.lastRuns.isEmpty)
        #expect(terminal.presentCount == 2)
    }

    @Test("Keys come out of the queue in order, then nil")
    func keys() {
        let terminal = VirtualTerminal()
        terminal.feed(.char("j"), .ctrl("c"))
        terminal.feed([.enter])
        #expect(terminal.readKey(timeout: 100) == .char("j"))
        #expect(terminal.readKey(timeout: 100) == .ctrl("c"))
        #expect(terminal.readKey(timeout: 100) == .enter)
        #expect(terminal.readKey(timeout: 100) == nil)
    }

    @Test("Resize changes the size and queues a resize key")
    func resize() {
        let terminal = VirtualTerminal(width: 80, height: 24)
        terminal.resize(width: 20, height: 5)
        #expect(terminal.size == Size(width: 20, height: 5))
        #expect(terminal.readKey(timeout: 0) == .resize)
    }

    @Test("Cursor, suspend and restore")
    func cursorAndSuspend() {
        let terminal = VirtualTerminal(width: 4, height: 1)
        terminal.setCursor(Position(x: 2, y: 0))
        #expect(terminal.cursor == Position(x: 2, y: 0))
        terminal.setCursor(nil)
        #expect(terminal.cursor == nil)
        let grid = CellGrid(width: 4, height: 1)
        terminal.present(grid)
        terminal.suspend()
        #expect(terminal.isSuspended)
        terminal.restore()
        #expect(!terminal.isSuspended)
        terminal.present(grid)
        #expect(terminal.lastRuns.count == 1, "after restore everything is redrawn")
    }

    @Test("Works as a Terminal existential")
    func existential() {
        let terminal: any Terminal = VirtualTerminal(width: 3, height: 1)
        var grid = CellGrid(size: terminal.size)
        grid.put("abcdef", x: 0, y: 0)
        terminal.present(grid)
        #expect((terminal as? VirtualTerminal)?.screenText() == ["abc"])
    }
}
