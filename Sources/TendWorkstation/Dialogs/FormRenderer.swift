import TendTerminal

/// Draws a form dialog: intro lines (wrapped), then one row per field, the focused one marked.
/// When the fields do not all fit, they scroll so the focused one is always on screen; a choice
/// always shows its chosen option whole (`ChoiceStrip`).
struct FormRenderer {
    let glyphs: Glyphs

    /// The widest a form dialog gets.
    static let maxWidth = 96

    func draw(_ painter: inout Painter, form: Form, body: Rect) -> Position? {
        let innerWidth = max(1, min(body.width - 2, Self.maxWidth) - 2)
        let intro = form.intro.flatMap { DisplayWidth.wrap($0, width: innerWidth) }
        let rect = OverlayRenderer.dialogRect(in: body, width: Self.maxWidth, height: intro.count + form.fields.count + 3)
        painter.grid.fill(rect, style: Style(.dialog))
        let inside = painter.box(rect, title: form.title, focused: true, style: Style(.dialog))
        // The fields get the rows they need first; the intro keeps what is left (at least one row).
        let introRows = max(min(1, intro.count), min(intro.count, inside.height - 1 - form.fields.count))
        for (row, line) in intro.prefix(introRows).enumerated() {
            painter.line(line, in: inside, row: row, style: Style(.dialog))
        }
        let firstFieldRow = introRows + (introRows > 0 ? 1 : 0)
        let fieldRows = max(1, inside.height - firstFieldRow)
        let top = Self.firstVisibleField(count: form.fields.count, focus: form.focus, rows: fieldRows)
        var cursor: Position?
        let labelWidth = min(16, inside.width / 3)
        for (index, field) in form.fields.enumerated().dropFirst(top).prefix(fieldRows) {
            let row = firstFieldRow + index - top
            let focused = index == form.focus
            var marker = focused ? glyphs.arrow : " "
            if index == top, top > 0 { marker = focused ? marker : "\u{2191}" }
            if index == top + fieldRows - 1, index < form.fields.count - 1 { marker = focused ? marker : "\u{2193}" }
            let style = Style(.dialog, attributes: focused ? .bold : [])
            let y = inside.y + row
            let markerWidth = painter.text(marker + " ", x: inside.x, y: y, width: inside.width, style: style)
            let x = inside.x + markerWidth
            let remaining = inside.width - markerWidth
            switch field {
            case .text(_, let label, let line):
                painter.text(label + ":", x: x, y: y, width: labelWidth, style: style)
                let fieldRect = Rect(x: x + labelWidth + 1, y: y, width: max(1, remaining - labelWidth - 1), height: 1)
                painter.grid.fill(fieldRect, style: Style(.input))
                let (text, column) = line.visible(width: fieldRect.width)
                painter.text(text, x: fieldRect.x, y: y, width: fieldRect.width, style: Style(.input))
                if focused { cursor = Position(x: fieldRect.x + column, y: y) }
            case .check(_, let label, let checked):
                painter.text("[\(checked ? "x" : " ")] \(label)", x: x, y: y, width: remaining, style: style)
            case .choice(_, let label, let options, let selected):
                painter.text(label + ":", x: x, y: y, width: labelWidth, style: style)
                let width = max(0, remaining - labelWidth - 1)
                let choices = ChoiceStrip.text(options: options, selected: selected, width: width, ellipsis: glyphs.ellipsis)
                painter.text(choices, x: x + labelWidth + 1, y: y, width: width, style: style)
            }
        }
        return cursor
    }

    /// The first field shown when `rows` rows hold fields: 0 when they all fit, else the
    /// window that keeps the focused field in view.
    static func firstVisibleField(count: Int, focus: Int, rows: Int) -> Int {
        guard count > rows else { return 0 }
        return max(0, min(focus - rows / 2, count - rows))
    }
}
