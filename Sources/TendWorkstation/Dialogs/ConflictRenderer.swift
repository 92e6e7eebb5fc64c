import TendTerminal

/// Draws both versions of an element side by side and the three choices.
struct ConflictRenderer {
    let glyphs: Glyphs

    func draw(_ painter: inout Painter, conflict: PlanConflict, body: Rect) {
        let rect = OverlayRenderer.dialogRect(in: body, width: 140, height: body.height)
        painter.grid.fill(rect, style: Style(.dialog))
        let inside = painter.box(rect, title: "Saved by someone else meanwhile: \(conflict.edit.element.title)", focused: true, style: Style(.dialog))
        guard inside.height >= 6 else { return }
        let choicesHeight = PlanConflict.choices.count + 1
        let area = Rect(x: inside.x, y: inside.y, width: inside.width, height: inside.height - choicesHeight)
        let columns = area.split(.horizontal, [.percentage(50), .min(10)], spacing: 1)
        column(&painter, title: "Yours (not saved)", text: conflict.edit.editor.text, rect: columns[0])
        column(&painter, title: "Theirs (\(conflict.theirRevision))", text: conflict.theirText, rect: columns[1])
        for (index, choice) in PlanConflict.choices.enumerated() {
            let chosen = index == conflict.choice
            painter.line("\(chosen ? glyphs.arrow : " ") (\(chosen ? "*" : " ")) \(choice)", in: inside,
                         row: area.height + 1 + index, style: Style(.dialog, attributes: chosen ? .reverse : []))
        }
    }

    func column(_ painter: inout Painter, title: String, text: String, rect: Rect) {
        painter.line(title, in: rect, row: 0, style: Style(.header))
        let lines = DisplayWidth.wrap(Sanitizer.multiLine.sanitize(text.isEmpty ? "(empty)" : text), width: max(1, rect.width))
        for (index, line) in lines.prefix(max(0, rect.height - 1)).enumerated() {
            painter.line(line, in: rect, row: index + 1, style: Style(.dialog))
        }
    }
}
