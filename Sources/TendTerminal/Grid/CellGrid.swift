/// A width × height buffer of cells that screens draw into before a terminal presents it.
///
/// Invariants kept by every mutating method: a cell of width 2 is always followed by its
/// continuation cell, a continuation cell always follows a cell of width 2, and nothing is ever
/// written outside the grid.
public struct CellGrid: Sendable, Hashable {
    /// The grid's size.
    public let size: Size
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// Creates a grid filled with blank cells of `style`.
    public init(size: Size, style: Style = .normal) {
        self.size = size
        self.cells = Array(repeating: .blank(style), count: size.width * size.height)
    }

    /// Creates a grid of `width` × `height` blank cells.
    public init(width: Int, height: Int, style: Style = .normal) {
        self.init(size: Size(width: width, height: height), style: style)
    }

    /// Columns.
    public var width: Int { size.width }
    /// Rows.
    public var height: Int { size.height }
    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(size) }

    /// The cell at column `x`, row `y`; `nil` outside the grid.
    public subscript(x: Int, y: Int) -> Cell? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        return cells[y * width + x]
    }

    /// The cells of row `y` (empty outside the grid).
    public func row(_ y: Int) -> ArraySlice<Cell> {
        guard y >= 0, y < height else { return [] }
        return cells[(y * width)..<((y + 1) * width)]
    }

    /// Writes `string` at column `x`, row `y`, and returns the number of columns written.
    ///
    /// The text is sanitised to one line, then cut by display width to at most `maxWidth`
    /// columns (and to the grid's right edge). With an `ellipsis`, a cut ends with it. A wide
    /// character that would straddle the limit becomes a space. Characters of zero width on
    /// their own are dropped. Writing over half of an existing wide character blanks its other half.
    @discardableResult
    public mutating func put(
        _ string: String,
        x: Int,
        y: Int,
        style: Style = .normal,
        maxWidth: Int? = nil,
        ellipsis: String? = nil
    ) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        var limit = width - x
        if let maxWidth { limit = min(limit, maxWidth) }
        guard limit > 0 else { return 0 }
        var text = Sanitizer.singleLine.sanitize(string)
        if let ellipsis {
            text = DisplayWidth.truncate(text, toWidth: limit, ellipsis: ellipsis)
        }
        var column = x
        for character in text {
            let characterWidth = DisplayWidth.width(of: character)
            if characterWidth == 0 { continue }
            let used = column - x
            if used + characterWidth > limit {
                if used < limit { setNarrow(.blank(style), x: column, y: y) }
                return limit
            }
            if characterWidth == 2 {
                setWide(Cell(String(character), width: 2, style: style), x: column, y: y)
            } else {
                setNarrow(Cell(String(character), width: 1, style: style), x: column, y: y)
            }
            column += characterWidth
        }
        return column - x
    }

    /// Fills `rect` (clipped to the grid) with `character` in `style`; a wide character fills
    /// pairs of columns and an odd last column with a space.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .normal) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let safe = Sanitizer.singleLine.sanitize(String(character))
        let grapheme = safe.first.map(String.init) ?? " "
        let characterWidth = max(1, DisplayWidth.width(of: grapheme))
        for y in area.y..<area.maxY {
            var column = area.x
            while column < area.maxX {
                if characterWidth == 2 && column + 1 < area.maxX {
                    setWide(Cell(grapheme, width: 2, style: style), x: column, y: y)
                    column += 2
                } else {
                    let cell = characterWidth == 2 ? Cell.blank(style) : Cell(grapheme, width: 1, style: style)
                    setNarrow(cell, x: column, y: y)
                    column += 1
                }
            }
        }
    }

    /// Sets every cell to a blank of `style`.
    public mutating func clear(style: Style = .normal) {
        cells = Array(repeating: .blank(style), count: width * height)
    }

    /// The text of row `y`, one grapheme per drawn cell (continuation cells add nothing).
    public func rowText(_ y: Int) -> String {
        row(y).reduce(into: "") { $0 += $1.grapheme }
    }

    /// The text inside `rect`, one string per row; a wide character cut by the left edge shows as a space.
    public func text(in rect: Rect) -> [String] {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return [] }
        return (area.y..<area.maxY).map { y in
            var line = ""
            for x in area.x..<area.maxX {
                let cell = cells[y * width + x]
                if cell.isContinuation {
                    if x == area.x { line += " " }
                } else if cell.width == 2 && x + 1 >= area.maxX {
                    line += " "
                } else {
                    line += cell.grapheme
                }
            }
            return line
        }
    }

    /// Every row's text, top to bottom.
    public var lines: [String] { (0..<height).map(rowText) }

    private mutating func setNarrow(_ cell: Cell, x: Int, y: Int) {
        release(x: x, y: y)
        cells[y * width + x] = cell
    }

    private mutating func setWide(_ cell: Cell, x: Int, y: Int) {
        guard x + 1 < width else {
            setNarrow(.blank(cell.style), x: x, y: y)
            return
        }
        release(x: x, y: y)
        release(x: x + 1, y: y)
        cells[y * width + x] = cell
        cells[y * width + x + 1] = .continuation(cell.style)
    }

    /// Blanks the other half of a wide character that column `x` belongs to.
    private mutating func release(x: Int, y: Int) {
        let index = y * width + x
        let cell = cells[index]
        if cell.isContinuation, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
            cells[index] = .blank(cell.style)
        } else if cell.width == 2, x + 1 < width {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
    }
}
