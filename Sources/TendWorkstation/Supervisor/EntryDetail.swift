import Foundation
import TendDomain
import TendServices
import TendTerminal

/// A time entry written out for the supervisor: who, when, how long, what, and its history.
enum EntryDetail {
    /// One line: `E12 · amara · 11-03 14:05 · 12:30 call · Nguyễn, An`.
    static func summary(_ entry: TimeEntry, session: Session, patientName: String?) -> String {
        let who = Sanitizer.singleLine.sanitize(patientName ?? entry.patientId.rawValue)
        return "\(entry.id) \u{00B7} \(entry.staff) \u{00B7} \(LocalDateTimeText.short(entry.start, in: session.timeZone)) \u{00B7} "
            + "\(DurationText.format(entry.seconds)) \(entry.activity.label) \u{00B7} \(who)"
    }

    /// Every field, and what became of the entry.
    static func lines(_ entry: TimeEntry, session: Session, patientName: String?) -> [String] {
        let zone = session.timeZone
        var lines = [
            "Patient     \(Sanitizer.singleLine.sanitize(patientName ?? "")) (\(entry.patientId))",
            "Staff       \(entry.staff) (\(entry.credential.rawValue))",
            "Start       \(LocalDateTimeText.full(entry.start, in: zone))",
            "End         \(LocalDateTimeText.full(entry.end, in: zone))",
            "Duration    \(DurationText.format(entry.seconds))",
            "Activity    \(entry.activity.label)",
            "Conditions  \(entry.conditions.map(\.description).joined(separator: ", "))",
            "Note        \(Sanitizer.singleLine.sanitize(entry.note))",
            "Recorded    by \(entry.recordedBy) at \(LocalDateTimeText.full(entry.recordedAt, in: zone))",
        ]
        switch entry.source {
        case .stopwatch: lines.append("Source      stopwatch")
        case .manual(let reason): lines.append("Source      typed in afterwards\(reason.map { ": " + Sanitizer.singleLine.sanitize($0) } ?? "")")
        }
        if let group = entry.splitGroup { lines.append("Split       part of \(group), split at a month end") }
        if case .voided(let reason, let by, let at) = entry.status {
            lines.append("VOIDED      by \(by) at \(LocalDateTimeText.full(at, in: zone)): \(Sanitizer.singleLine.sanitize(reason))")
        } else {
            lines.append("Status      active (counts toward the month)")
        }
        if let corrects = entry.corrects { lines.append("Corrects    \(corrects) (the original stays, voided)") }
        if let correctedBy = entry.correctedBy { lines.append("Corrected   by entry \(correctedBy)") }
        return lines
    }
}
