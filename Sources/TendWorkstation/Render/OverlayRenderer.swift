import TendDomain
import TendTerminal

/// Draws the open overlay over the main screen; returns where the text cursor goes.
struct OverlayRenderer {
    /// The overlay and what drawing it needs.
    let model: OverlayModel
    /// Borders and state symbols.
    let glyphs: Glyphs

    func draw(_ painter: inout Painter, body: Rect, listRect: Rect) -> Position? {
        switch model.overlay {
        case .none:
            return nil
        case .filter(let field):
            return drawLine(&painter, prompt: "/", field: field, at: Rect(x: listRect.x + 1, y: listRect.maxY - 1, width: listRect.width - 2, height: 1))
        case .commandLine(let field):
            return drawLine(&painter, prompt: ":", field: field, at: Rect(x: body.x, y: body.maxY, width: body.width, height: 1))
        case .page(let page):
            drawPage(&painter, page, body: body)
            return nil
        case .form(let form, _):
            return FormRenderer(glyphs: glyphs).draw(&painter, form: form, body: body)
        case .confirm(let confirmation):
            drawConfirm(&painter, confirmation, body: body)
            return nil
        case .editor(let edit):
            return EditorRenderer(glyphs: glyphs).draw(&painter, edit: edit, body: body)
        case .conflict(let conflict):
            ConflictRenderer(glyphs: glyphs).draw(&painter, conflict: conflict, body: body)
            return nil
        case .goals(let view):
            guard let goals = model.goals else { return nil }
            GoalsRenderer(model: goals, glyphs: glyphs).draw(&painter, view: view, body: body)
            return nil
        }
    }

    /// A one-line prompt (filter, command line) with its cursor.
    func drawLine(_ painter: inout Painter, prompt: String, field: LineField, at rect: Rect) -> Position? {
        painter.grid.fill(rect, style: Style(.input))
        painter.text(prompt, x: rect.x, y: rect.y, width: 1, style: Style(.input))
        let (text, column) = field.visible(width: rect.width - 1)
        painter.text(text, x: rect.x + 1, y: rect.y, width: rect.width - 1, style: Style(.input))
        return Position(x: rect.x + 1 + column, y: rect.y)
    }

    /// A centred dialog box of at most `width` × `height` in the body; returns its inside.
    static func dialogRect(in body: Rect, width: Int, height: Int) -> Rect {
        let w = min(body.width - 2, width)
        let h = min(body.height, height)
        return Rect(x: body.x + (body.width - w) / 2, y: body.y + max(0, (body.height - h) / 2), width: w, height: h)
    }

    func drawPage(_ painter: inout Painter, _ page: TextPage, body: Rect) {
        let rect = PageLayout.rect(in: body)
        painter.grid.fill(rect, style: Style(.dialog))
        let inside = painter.box(rect, title: page.title, focused: true, style: Style(.dialog))
        let lines = PageLayout.lines(of: page, width: inside.width)
        let scroll = max(0, min(page.scroll, lines.count - 1))
        let visible = lines.dropFirst(scroll).prefix(max(0, inside.height - 1))
        for (row, line) in visible.enumerated() {
            painter.line(line, in: inside, row: row, style: Style(.dialog))
        }
        let position = "lines \(scroll + 1)-\(scroll + visible.count) of \(lines.count)"
        painter.line(position, in: inside, row: inside.height - 1, style: Style(.dim))
    }

    /// A question, its lines wrapped to the box (never cut), and the yes/no keys.
    func drawConfirm(_ painter: inout Painter, _ confirmation: Confirmation, body: Rect) {
        // Lines are wrapped, never cut: a confirmation names the patient with both identifiers.
        let width = min(body.width - 2, 76)
        let lines = confirmation.lines.flatMap { DisplayWidth.wrap($0, width: max(1, width - 2)) }
        let rect = Self.dialogRect(in: body, width: width, height: lines.count + 4)
        painter.grid.fill(rect, style: Style(.dialog))
        let inside = painter.box(rect, title: "Confirm", focused: true, style: Style(.dialog))
        for (row, line) in lines.prefix(max(0, inside.height - 2)).enumerated() {
            painter.line(line, in: inside, row: row, style: Style(.dialog))
        }
        let (yes, no) = model.confirmKeys
        painter.line("\(yes): yes    \(no): no", in: inside, row: inside.height - 1, style: Style(.dialog, attributes: .bold))
    }
}
