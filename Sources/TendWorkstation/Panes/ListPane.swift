import Foundation
import TendDomain
import TendTerminal

/// The patient list: the ranked call list, all enrolled patients, the enrollment candidates, or
/// every patient in the store. Each row names the patient with two identifiers, the name and the
/// date of birth (never cut), and the MRN where there is room.
enum ListPane {
    static func draw(_ painter: inout Painter, rect: Rect, care: CareScreenModel) {
        let rows = care.rows
        var title = "1 \(care.listKind.title) (\(rows.count))"
        if !care.filter.isEmpty { title += " /\(care.filter)" }
        let inside = painter.box(rect, title: title, focused: care.focus == .list)
        guard inside.height > 0 else { return }
        if rows.isEmpty {
            let empty = care.filter.isEmpty ? emptyText(care.listKind) : "No patient matches '\(care.filter)'."
            for (index, line) in DisplayWidth.wrap(empty, width: inside.width).enumerated() {
                painter.line(line, in: inside, row: index, style: Style(.dim))
            }
            return
        }
        let labels = care.labels
        let top = max(0, min(care.selection - inside.height / 2, rows.count - inside.height))
        let shown = rows[top...].prefix(inside.height)
        // One width for the right column of every shown row, so that the dates of birth line up.
        let rights = shown.map { rightColumn($0, width: inside.width, timeZone: care.time.timeZone) }
        let rightWidth = rights.map { DisplayWidth.width(of: $0) }.max() ?? 0
        for (offset, row) in shown.enumerated() {
            let index = top + offset
            let selected = index == care.selection
            let style = selected ? Style(care.focus == .list ? .selection : .selectionInactive) : Style.normal
            if selected { painter.highlight(inside, row: offset, style: style) }
            let marker = selected ? painter.glyphs.arrow : " "
            let right = rights[offset]
            let layout = RowLayout(width: inside.width, marker: DisplayWidth.width(of: marker) + 1, right: rightWidth,
                                   mrn: labels.needsIdentifier(row.patient) ? nil : row.patient.mrn)
            let y = inside.y + offset
            painter.text("\(marker) \(labels.name(row.patient))", x: inside.x, y: y, width: layout.nameEnd, style: style)
            painter.text(row.patient.dateOfBirth.description, x: inside.x + layout.birthDate, y: y, width: 10, style: style)
            if let mrnX = layout.mrn, let mrn = row.patient.mrn {
                painter.text(mrn, x: inside.x + mrnX, y: y, width: RowLayout.mrnWidth, style: Style(selected ? style.role : .dim))
            }
            let rightX = inside.x + inside.width - DisplayWidth.width(of: right)
            painter.text(right, x: rightX, y: y, width: DisplayWidth.width(of: right),
                         style: row.entry?.isCallBackDue == true ? Style(selected ? style.role : .statusWarn) : style)
        }
    }

    /// Where the parts of a row go: the name, then the date of birth (always shown), the MRN
    /// when the name keeps at least `nameWithMRN` columns, and the right column.
    struct RowLayout: Equatable {
        /// Columns given to an MRN.
        static let mrnWidth = 10
        /// The least room the name keeps when the MRN is shown.
        static let nameWithMRN = 18
        /// Where the name's text (after the marker) must end.
        var nameEnd: Int
        /// Where the date of birth starts.
        var birthDate: Int
        /// Where the MRN starts, when shown.
        var mrn: Int?
        /// The right column's width.
        var right: Int

        init(width: Int, marker: Int, right: Int, mrn: String?) {
            self.right = right
            var end = width - right - (right > 0 ? 1 : 0)
            if mrn != nil, end - Self.mrnWidth - 1 - 11 - marker >= Self.nameWithMRN {
                end -= Self.mrnWidth + 1
                self.mrn = end + 1
            }
            birthDate = end - 10
            nameEnd = max(marker, birthDate - 1)
        }
    }

    /// Minutes toward the next threshold of the patient's program (for APCM whether the month
    /// has a documented service yet), a due call-back, and at wide sizes the days left; on the
    /// list of every patient the status first.
    static func rightColumn(_ row: ListRow, width: Int, timeZone: TimeZone) -> String {
        var parts: [String] = []
        if let status = row.status { parts.append(status) }
        guard let entry = row.entry, row.status == nil || width >= 50 else { return parts.joined(separator: " ") }
        if entry.isCallBackDue, let due = entry.callBackDue {
            parts.append("CALL BACK \(LocalTimeOfDay(due, in: timeZone).clock)")
        } else if let due = entry.callBackDue {
            parts.append("cb \(LocalTimeOfDay(due, in: timeZone).clock)")
        }
        // APCM has no minute threshold: the month needs one documented service instead.
        let minutes = entry.program == .apcm ? (entry.needsService ? "APCM 0 svc" : "APCM ok")
            : entry.nextThreshold.map { "\(entry.totalMinutes)/\($0)m" } ?? "\(entry.totalMinutes)m"
        parts.append(minutes)
        if width >= 50 { parts.append("\(entry.daysLeft)d") }
        return parts.joined(separator: " ")
    }

    static func emptyText(_ kind: ListKind) -> String {
        switch kind {
        case .myCallList: return "No enrolled patient has you as care manager. Press a for all patients, c for candidates, e for every patient."
        case .allPatients: return "No enrolled patients yet. Press e for every patient in the store."
        case .candidates: return "No enrollment candidates: every eligible patient has a consent answer."
        case .everyone: return "The store has no patients yet."
        }
    }
}
