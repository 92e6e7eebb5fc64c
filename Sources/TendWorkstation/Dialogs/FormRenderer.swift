import TendTerminal

/// Draws a form dialog: intro lines, then one row per field, the focused one marked.
struct FormRenderer {
    let glyphs: Glyphs

    func draw(_ painter: inout Painter, form: Form, body: Rect) -> Position? {
        let rect = OverlayRenderer.dialogRect(in: body, width: 96, height: form.intro.count + form.fields.count + 3)
        painter.grid.fill(rect, style: Style(.dialog))
        let inside = painter.box(rect, title: form.title, focused: true, style: Style(.dialog))
        for (row, line) in form.intro.enumerated() {
            painter.line(line, in: inside, row: row, style: Style(.dialog))
        }
        var cursor: Position?
        let labelWidth = min(16, inside.width / 3)
        for (index, field) in form.fields.enumerated() {
            let row = form.intro.count + 1 + index
            guard row < inside.height else { break }
            let focused = index == form.focus
            let marker = focused ? glyphs.arrow : " "
            let style = Style(.dialog, attributes: focused ? .bold : [])
            let y = inside.y + row
            let markerWidth = painter.text(marker + " ", x: inside.x, y: y, width: inside.width, style: style)
            let x = inside.x + markerWidth
            let remaining = inside.width - markerWidth
            switch field {
            case .text(let label, let line):
                painter.text(label + ":", x: x, y: y, width: labelWidth, style: style)
                let fieldRect = Rect(x: x + labelWidth + 1, y: y, width: max(1, remaining - labelWidth - 1), height: 1)
                painter.grid.fill(fieldRect, style: Style(.input))
                let (text, column) = line.visible(width: fieldRect.width)
                painter.text(text, x: fieldRect.x, y: y, width: fieldRect.width, style: Style(.input))
                if focused { cursor = Position(x: fieldRect.x + column, y: y) }
            case .check(let label, let checked):
                painter.text("[\(checked ? "x" : " ")] \(label)", x: x, y: y, width: remaining, style: style)
            case .choice(let label, let options, let selected):
                painter.text(label + ":", x: x, y: y, width: labelWidth, style: style)
                let choices = options.enumerated().map { $0.offset == selected ? "[\($0.element)]" : " \($0.element) " }.joined(separator: " ")
                painter.text(choices, x: x + labelWidth + 1, y: y, width: remaining - labelWidth - 1, style: style)
            }
        }
        return cursor
    }
}
