import TendDomain
import TendTerminal

/// Draws the goals dialog: whether the goals element is filled, one row per goal with its
/// status, the selected goal's history, and the keys.
struct GoalsRenderer {
    /// The plan, the keys and the time zone.
    let model: GoalsDialogModel
    /// Borders and state symbols.
    let glyphs: Glyphs

    func draw(_ painter: inout Painter, view: GoalsView, body: Rect) {
        let rect = OverlayRenderer.dialogRect(in: body, width: 110, height: body.height)
        painter.grid.fill(rect, style: Style(.dialog))
        let inside = painter.box(rect, title: "Goals: \(view.patientName)", focused: true, style: Style(.dialog))
        guard inside.height >= 4 else { return }
        guard let plan = model.plan else {
            painter.line("The patient is no longer shown; Esc closes.", in: inside, row: 0, style: Style(.dialog))
            return
        }
        let filled = plan.isFilled(.goals)
        painter.line(filled ? "\(painter.mark(true)) Measurable goals: filled (an open or met goal with a target and a due date)."
                            : "\(painter.mark(false)) Measurable goals: NOT filled; add a goal with a target and a due date.",
                     in: inside, row: 0, style: Style(filled ? .statusOK : .statusWarn))
        var row = 2
        let historyRows = 4
        let listHeight = max(1, inside.height - row - historyRows - 2)
        if plan.goals.isEmpty {
            painter.line("No goals yet.", in: inside, row: row, style: Style(.dim))
            row += 1
        } else {
            let top = max(0, min(view.selection - listHeight + 1, plan.goals.count - listHeight))
            for (index, goal) in plan.goals.enumerated().dropFirst(top).prefix(listHeight) {
                let selected = index == view.selection
                let marker = selected ? glyphs.arrow : " "
                let style = Style(.dialog, attributes: selected ? .reverse : [])
                if selected { painter.highlight(inside, row: row, style: style) }
                painter.line("\(marker) \(goal.id). [\(goal.status.label)] \(goal.text) \u{00B7} target \(goal.target) \u{00B7} due \(goal.due)",
                             in: inside, row: row, style: style)
                row += 1
            }
        }
        if plan.goals.indices.contains(view.selection), row + 2 < inside.height - 1 {
            let goal = plan.goals[view.selection]
            row += 1
            painter.line("History of goal \(goal.id):", in: inside, row: row, style: Style(.header))
            row += 1
            let events = plan.history(ofGoal: goal.id)
            let room = inside.height - 1 - row
            for event in events.suffix(max(0, room)) {
                painter.line("rev \(event.revision)  \(model.time.instant(event.at))  \(event.author)  \(event.description)",
                             in: inside, row: row, style: Style(.dialog), indent: 1)
                row += 1
            }
        }
        painter.line(model.keys, in: inside, row: inside.height - 1, style: Style(.dim))
    }
}
