import Foundation
import TendDomain
import TendTerminal

/// The summary pane: why the patient is on the list, calls, and this month's time entries.
enum SummaryPane {
    static func draw(_ painter: inout Painter, rect: Rect, care: CareScreenModel, focused: Bool) {
        let inside = painter.box(rect, title: Pane.summary.title, focused: focused)
        guard let detail = care.detail else { return }
        let names = care.staffNames
        var lines: [(String, Style)] = []
        if let entry = detail.callEntry {
            if !entry.reasons.isEmpty { lines.append(("Why now: " + entry.reasons.joined(separator: "; "), .normal)) }
            if let attempt = entry.lastAttempt {
                lines.append(("Last call: \(attempt.result.label), \(care.time.instant(attempt.at)) by \(Format.staff(attempt.staff, names: names))", .normal))
            } else {
                lines.append(("Last call: none this month", Style(.dim)))
            }
            if let due = entry.callBackDue {
                lines.append(("Call back: \(care.time.instant(due))\(entry.isCallBackDue ? " (DUE)" : "")",
                              Style(entry.isCallBackDue ? .statusWarn : .normal)))
            }
        }
        lines.append(("Clinical staff \(detail.tally.clinical) min \u{00B7} practitioner \(detail.tally.practitioner) min this month", .normal))
        lines.append(("", .normal))
        lines.append(("Time this month (\(plural(detail.entries.count, "entry", "entries"))):", Style(.header)))
        if detail.entries.isEmpty { lines.append(("  none yet", Style(.dim))) }
        for entry in detail.entries {
            let when = care.time.instant(entry.start)
            let note = Sanitizer.singleLine.sanitize(entry.note)
            lines.append(("  \(when)  \(DurationText.format(entry.seconds))  \(entry.activity.label)  \(entry.staff)  \(note)", .normal))
        }
        for (row, line) in lines.prefix(inside.height).enumerated() {
            painter.line(line.0, in: inside, row: row, style: line.1)
        }
    }
}
