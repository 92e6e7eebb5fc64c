import TendTerminal

/// Draws the care-plan element editor: the wrapped text, a status row, and the cursor.
struct EditorRenderer {
    let glyphs: Glyphs

    func draw(_ painter: inout Painter, edit: PlanEdit, body: Rect) -> Position? {
        let rect = OverlayRenderer.dialogRect(in: body, width: 100, height: body.height)
        painter.grid.fill(rect, style: Style(.input))
        let inside = painter.box(rect, title: "\(edit.element.title): \(edit.patientName)", focused: true, style: Style(.dialog))
        guard inside.height >= 2, inside.width >= 4 else { return nil }
        let textArea = Rect(x: inside.x, y: inside.y, width: inside.width, height: inside.height - 1)
        let rows = edit.editor.layout(width: textArea.width)
        let top = edit.editor.scrollTop(from: edit.scrollTop, height: textArea.height, width: textArea.width)
        for (offset, row) in rows.dropFirst(top).prefix(textArea.height).enumerated() {
            painter.line(row.text, in: textArea, row: offset, style: Style(.input))
        }
        let placement = edit.editor.cursorPlacement(width: textArea.width)
        let cursor = edit.editor.cursor
        let state = edit.hasChanges ? "modified" : "unchanged"
        let status = "\(state) \u{00B7} line \(cursor.line + 1), column \(cursor.column + 1) \u{00B7} \(edit.editor.characterCount) characters"
        painter.line(status, in: inside, row: inside.height - 1, style: Style(.dim))
        let row = placement.row - top
        guard row >= 0, row < textArea.height else { return nil }
        return Position(x: textArea.x + placement.column, y: textArea.y + row)
    }
}
