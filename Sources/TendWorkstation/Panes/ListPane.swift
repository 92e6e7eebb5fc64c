import Foundation
import TendDomain
import TendServices
import TendTerminal

/// The patient list: the ranked call list, all patients, or the enrollment candidates.
enum ListPane {
    static func draw(_ painter: inout Painter, rect: Rect, workstation: Workstation) {
        let state = workstation.state
        let rows = workstation.visibleRows
        var title = "1 \(state.listKind.title) (\(rows.count))"
        if !state.filter.isEmpty { title += " /\(state.filter)" }
        let inside = painter.box(rect, title: title, focused: state.focus == .list)
        guard inside.height > 0 else { return }
        if rows.isEmpty {
            let empty = state.filter.isEmpty ? emptyText(state.listKind) : "No patient matches '\(state.filter)'."
            for (index, line) in DisplayWidth.wrap(empty, width: inside.width).enumerated() {
                painter.line(line, in: inside, row: index, style: Style(.dim))
            }
            return
        }
        let top = max(0, min(state.selection - inside.height / 2, rows.count - inside.height))
        for (offset, row) in rows[top...].prefix(inside.height).enumerated() {
            let index = top + offset
            let selected = index == state.selection
            let style = selected ? Style(state.focus == .list ? .selection : .selectionInactive) : Style.normal
            if selected { painter.highlight(inside, row: offset, style: style) }
            let marker = selected ? workstation.configuration.glyphs.arrow : " "
            let right = rightColumn(row, width: inside.width, session: workstation.session)
            let rightWidth = DisplayWidth.width(of: right)
            let nameWidth = inside.width - rightWidth - 1
            painter.text("\(marker) \(row.patient.name.displayName)", x: inside.x, y: inside.y + offset,
                                    width: nameWidth, style: style)
            painter.text(right, x: inside.x + inside.width - rightWidth, y: inside.y + offset, width: rightWidth,
                         style: row.entry?.isCallBackDue == true ? Style(selected ? style.role : .statusWarn) : style)
        }
    }

    /// Minutes toward the next threshold, a due call-back, and at wide sizes the days left.
    static func rightColumn(_ row: ListRow, width: Int, session: Session) -> String {
        guard let entry = row.entry else {
            return row.patient.mrn.map { "MRN \($0)" } ?? ""
        }
        var parts: [String] = []
        if entry.isCallBackDue, let due = entry.callBackDue {
            parts.append("CALL BACK \(LocalTimeOfDay(due, in: session.timeZone).clock)")
        } else if let due = entry.callBackDue {
            parts.append("cb \(LocalTimeOfDay(due, in: session.timeZone).clock)")
        }
        let minutes = entry.nextThreshold.map { "\(entry.totalMinutes)/\($0)m" } ?? "\(entry.totalMinutes)m"
        parts.append(minutes)
        if width >= 50 { parts.append("\(entry.daysLeft)d") }
        return parts.joined(separator: " ")
    }

    static func emptyText(_ kind: ListKind) -> String {
        switch kind {
        case .myCallList: return "No enrolled patient has you as care manager. Press a for all patients, c for candidates."
        case .allPatients: return "No enrolled patients yet."
        case .candidates: return "No enrollment candidates: every eligible patient has a consent answer."
        }
    }
}
