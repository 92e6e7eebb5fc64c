extension TextEditor {
    /// One character left, to the end of the previous line from a line's start.
    mutating func moveLeft() {
        if position.column > 0 {
            position.column -= 1
        } else if position.line > 0 {
            position.line -= 1
            position.column = lines[position.line].count
        }
        endMotion()
    }

    /// One character right, to the start of the next line from a line's end.
    mutating func moveRight() {
        if position.column < lines[position.line].count {
            position.column += 1
        } else if position.line + 1 < lines.count {
            position.line += 1
            position.column = 0
        }
        endMotion()
    }

    /// To the start (`toEnd == false`) or end of the logical line.
    mutating func moveToLineBoundary(toEnd: Bool) {
        position.column = toEnd ? lines[position.line].count : 0
        endMotion()
    }

    /// To the start or end of the cursor's row at `layoutWidth`. The end of a row that is not
    /// its line's last is just before the row's last character (the next offset is drawn on
    /// the following row).
    mutating func moveToRowBoundary(toEnd: Bool) {
        let rows = layout(width: layoutWidth)
        let row = rows[Self.row(of: position, in: rows)]
        if !toEnd {
            position.column = row.startColumn
        } else {
            position.column = row.endsLine ? row.endColumn : max(row.startColumn, row.endColumn - 1)
        }
        endMotion()
    }

    /// Moves `rows` rows down (up when negative) at `layoutWidth`, aiming for the display column
    /// the cursor had when the run of vertical moves began. Stops at the first and last row.
    mutating func moveRows(_ count: Int) {
        let rows = layout(width: layoutWidth)
        let current = Self.row(of: position, in: rows)
        let line = lines[position.line]
        let goal = preferredColumn
            ?? DisplayWidth.width(of: String(line[rows[current].startColumn..<position.column]))
        let target = min(max(0, current + count), rows.count - 1)
        let row = rows[target]
        let targetLine = lines[row.lineIndex]
        var offset = 0
        var used = 0
        while offset < row.length {
            let width = DisplayWidth.width(of: targetLine[row.startColumn + offset])
            if used + width > goal { break }
            used += width
            offset += 1
        }
        if !row.endsLine && offset == row.length { offset = max(0, row.length - 1) }
        position = TextPosition(line: row.lineIndex, column: row.startColumn + offset)
        preferredColumn = goal
        openGroup = nil
    }

    /// Ends a horizontal move: the next vertical move takes its column afresh, and typing
    /// starts a new undo step.
    private mutating func endMotion() {
        preferredColumn = nil
        openGroup = nil
    }
}
