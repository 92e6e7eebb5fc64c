import Testing
import TendTerminal

@Suite("Frame diff")
struct FrameDiffTests {
    private func grid(_ rows: [String], width: Int) -> CellGrid {
        var grid = CellGrid(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { grid.put(row, x: 0, y: y) }
        return grid
    }

    @Test("Identical frames have no runs")
    func identical() {
        let frame = grid(["00:12:34", "中文 text"], width: 12)
        #expect(FrameDiff.runs(from: frame, to: frame).isEmpty)
    }

    @Test("One changed digit is one run of width 1")
    func oneDigit() {
        let before = grid(["timer 00:12:34"], width: 20)
        let after = grid(["timer 00:12:35"], width: 20)
        let runs = FrameDiff.runs(from: before, to: after)
        #expect(runs == [CellRun(row: 0, startColumn: 13, cells: [Cell("5")])])
    }

    @Test("A wide character change covers both of its columns")
    func wideChange() {
        let before = grid(["ab中cd"], width: 8)
        let after = grid(["ab文cd"], width: 8)
        let runs = FrameDiff.runs(from: before, to: after)
        #expect(runs.count == 1)
        #expect(runs.first?.startColumn == 2)
        #expect(runs.first?.width == 2)
        #expect(runs.first?.cells.first?.grapheme == "文")
        #expect(runs.first?.cells.last?.isContinuation == true)
    }

    @Test("A style change alone is a change")
    func styleChange() {
        let before = grid(["row"], width: 3)
        var after = before
        after.put("r", x: 0, y: 0, style: Style(.selection))
        #expect(FrameDiff.runs(from: before, to: after).map(\.width) == [1])
    }

    @Test("Replacing a wide character by narrow ones redraws both columns; no run starts on a continuation")
    func wideToNarrow() {
        let before = grid(["x中y", "中中中"], width: 6)
        let after = grid(["xaby", "a中中"], width: 6)
        let runs = FrameDiff.runs(from: before, to: after)
        #expect(runs.map(\.row) == [0, 1])
        #expect(runs[0].startColumn == 1 && runs[0].width == 2)
        #expect(runs[1].startColumn == 0)
        for run in runs { #expect(run.cells.first?.isContinuation == false) }
    }

    @Test("Separate changes in a row are separate runs")
    func separateRuns() {
        let runs = FrameDiff.runs(from: grid(["abcdef"], width: 6), to: grid(["xbcdey"], width: 6))
        #expect(runs.map(\.startColumn) == [0, 5])
    }

    @Test("No previous frame or a new size redraws every row")
    func fullRedraw() {
        let small = grid(["ab", "cd"], width: 2)
        let runs = FrameDiff.runs(from: nil, to: small)
        #expect(runs.map(\.width) == [2, 2])
        let bigger = grid(["ab", "cd"], width: 3)
        #expect(FrameDiff.runs(from: small, to: bigger).count == 2)
    }

    @Test("Applying the runs to the old frame gives the new frame")
    func applyRuns() {
        let before = grid(["Patient list", "王小明  ok", "Zoë   ✓"], width: 14)
        let after = grid(["Patient list", "王大明  ok!", "Zoe   ✗ x"], width: 14)
        var cells = before.cells
        for run in FrameDiff.runs(from: before, to: after) {
            for (offset, cell) in run.cells.enumerated() { cells[run.row * 14 + run.startColumn + offset] = cell }
        }
        #expect(cells == after.cells)
    }
}
