/// One run of consecutive changed cells in a row.
public struct CellRun: Sendable, Hashable {
    /// The row.
    public var row: Int
    /// The first column of the run; never the continuation half of a wide cell.
    public var startColumn: Int
    /// The new cells, left to right; a wide cell is followed by its continuation.
    public var cells: [Cell]

    /// Creates a run.
    public init(row: Int, startColumn: Int, cells: [Cell]) {
        self.row = row
        self.startColumn = startColumn
        self.cells = cells
    }

    /// The number of columns the run covers.
    public var width: Int { cells.count }
}

/// The difference between two frames, as the runs of cells a backend has to draw.
public enum FrameDiff {
    /// The changed runs going from `previous` to `next`.
    ///
    /// With no previous frame, or one of another size, every row is one full run. A change to
    /// either half of a wide cell covers both of its columns, so a run never starts or ends
    /// inside a wide character.
    public static func runs(from previous: CellGrid?, to next: CellGrid) -> [CellRun] {
        guard let previous, previous.size == next.size else {
            return (0..<next.height).compactMap { y in
                next.width == 0 ? nil : CellRun(row: y, startColumn: 0, cells: Array(next.row(y)))
            }
        }
        var runs: [CellRun] = []
        for y in 0..<next.height {
            let old = Array(previous.row(y))
            let new = Array(next.row(y))
            var changed = (0..<next.width).map { old[$0] != new[$0] }
            for x in 0..<next.width where changed[x] {
                if new[x].isContinuation, x > 0 { changed[x - 1] = true }
                if new[x].width == 2, x + 1 < next.width { changed[x + 1] = true }
            }
            // Expanding left can reveal a wide leader whose continuation must join: sweep again.
            for x in 0..<next.width where changed[x] && new[x].width == 2 && x + 1 < next.width {
                changed[x + 1] = true
            }
            var x = 0
            while x < next.width {
                guard changed[x] else {
                    x += 1
                    continue
                }
                let start = x
                while x < next.width && changed[x] { x += 1 }
                runs.append(CellRun(row: y, startColumn: start, cells: Array(new[start..<x])))
            }
        }
        return runs
    }
}
