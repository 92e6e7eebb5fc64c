import Foundation
import TendDomain
import TendServices
import TendTerminal

/// The time review: every entry of the month, overlapping pairs first. Voided and corrected
/// entries stay visible with their reason; a correction names the entry it replaces.
enum TimeReviewTable {
    static let columns = [
        TableColumn(title: "Flag", key: "flag", width: 8),
        TableColumn(title: "Entry", key: "entry", width: 11, priority: 5),
        TableColumn(title: "Start", key: "start", width: 11),
        TableColumn(title: "Staff", key: "staff", width: 10),
        PatientCells.nameColumn(width: 14),
        PatientCells.birthDateColumn,
        TableColumn(title: "Time", key: "time", width: 7, numeric: true),
        TableColumn(title: "Activity", key: "activity", width: 10, priority: 4),
        TableColumn(title: "Detail", key: "detail", width: 16, flexible: true),
    ]

    static func make(_ review: TimeReviewView, patients: [PatientID: Patient], labels: PatientLabel, timeZone: TimeZone) -> DataTable {
        var overlapping: [EntryID: (other: EntryID, seconds: Int)] = [:]
        for pair in review.overlaps {
            overlapping[pair.first.id] = (pair.second.id, pair.overlapSeconds)
            overlapping[pair.second.id] = (pair.first.id, pair.overlapSeconds)
        }
        let rows = review.entries.map { entry -> TableRow in
            var flag = TableCell(text: "", sort: .number(3))
            var detail = Sanitizer.singleLine.sanitize(entry.note)
            var role: StyleRole?
            var status = RowStatus.current
            if let overlap = overlapping[entry.id] {
                flag = TableCell(text: "OVERLAP", sort: .number(0), role: .statusError)
                detail = "overlaps \(overlap.other) by \(DurationText.format(overlap.seconds)); void or correct one"
                role = .statusError
                status = .overlapping
            } else if case .voided(let reason, let by, _) = entry.status {
                flag = TableCell(text: "voided", sort: .number(1), role: .dim)
                detail = "voided by \(by): \(Sanitizer.singleLine.sanitize(reason))"
                role = .dim
                status = .voided
            } else if let original = entry.corrects {
                flag = TableCell(text: "corrects", sort: .number(2), role: .statusWarn)
                detail = "replaces \(original): \(detail)"
                status = .correction
            }
            return TableRow(id: entry.id.rawValue, patient: entry.patientId, entry: entry.id, status: status, cells: [
                flag,
                .text(entry.id.rawValue),
                TableCell(text: LocalDateTimeText.short(entry.start, in: timeZone), sort: .number(entry.start.timeIntervalSince1970)),
                .text(entry.staff),
            ] + PatientCells.cells(patients[entry.patientId], id: entry.patientId, labels: labels) + [
                .number(entry.seconds, text: DurationText.format(entry.seconds)),
                .text(entry.activity.rawValue),
                .text(detail, role: role),
            ])
        }
        return DataTable(columns: columns, rows: rows, defaultSort: TableSort(column: 0, descending: false))
    }

    static func heading(_ review: TimeReviewView, close: MonthClose) -> [String] {
        let active = review.entries.filter { !$0.isVoided }
        let minutes = active.reduce(0) { $0 + $1.seconds } / 60
        let state = close.isClosed ? "CLOSED: a change is an amendment" : "open"
        return ["\(review.month) \u{00B7} \(state) \u{00B7} \(review.entries.count) entries (\(minutes) min active) \u{00B7} "
                + "\(plural(review.overlaps.count, "overlapping pair")) to decide \u{00B7} "
                + "\(review.voided.count) voided \u{00B7} \(review.corrections.count) corrections"]
    }
}
