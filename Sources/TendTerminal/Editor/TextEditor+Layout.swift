extension TextEditor {
    /// The text soft-wrapped into rows of at most `width` display columns (at least 1): word
    /// wrap with hard breaks of long words, wide characters never split (see `VisualLine`).
    public func layout(width: Int) -> [VisualLine] {
        let width = max(1, width)
        var rows: [VisualLine] = []
        for (index, line) in lines.enumerated() {
            let ranges = SoftWrap.ranges(of: line, width: width)
            for (rangeIndex, range) in ranges.enumerated() {
                rows.append(VisualLine(text: SoftWrap.visibleText(line, range, width: width), lineIndex: index,
                                       startColumn: range.lowerBound, length: range.count,
                                       endsLine: rangeIndex == ranges.count - 1))
            }
        }
        return rows
    }

    /// Where the cursor is drawn at `width`: its row in `layout(width:)` and its display column
    /// in that row. The column never reaches `width`: a cursor past a full row, or among spaces
    /// hanging past the edge, is drawn on the row's last column.
    public func cursorPlacement(width: Int) -> (row: Int, column: Int) {
        let width = max(1, width)
        let rows = layout(width: width)
        let row = Self.row(of: position, in: rows)
        let line = lines[position.line]
        let column = DisplayWidth.width(of: String(line[rows[row].startColumn..<position.column]))
        return (row, min(column, width - 1))
    }

    /// The first row to show in a viewport of `height` rows at `width` so the cursor stays
    /// visible, scrolling as little as possible from `top`.
    public func scrollTop(from top: Int, height: Int, width: Int) -> Int {
        let rowCount = layout(width: width).count
        let row = cursorPlacement(width: width).row
        let height = max(1, height)
        var first = min(max(0, top), max(0, rowCount - height))
        if row < first { first = row }
        if row >= first + height { first = row - height + 1 }
        return first
    }

    /// The index of the row holding `position` in `rows` (a layout of this text).
    static func row(of position: TextPosition, in rows: [VisualLine]) -> Int {
        rows.firstIndex { $0.lineIndex == position.line && $0.holds(column: position.column) } ?? 0
    }
}
