import TendTerminal

/// Checks the wide-character invariants of a grid; returns a description of the first break.
func gridInvariantViolation(_ grid: CellGrid) -> String? {
    for y in 0..<grid.height {
        for x in 0..<grid.width {
            guard let cell = grid[x, y] else { return "missing cell at \(x),\(y)" }
            if cell.width == 2 && grid[x + 1, y]?.isContinuation != true {
                return "wide cell at \(x),\(y) without continuation"
            }
            if cell.isContinuation && grid[x - 1, y]?.width != 2 {
                return "orphan continuation at \(x),\(y)"
            }
        }
    }
    return nil
}
