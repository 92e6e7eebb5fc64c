import Foundation
import TendDomain
import TendServices
import TendTerminal

/// The month table: every patient the month covers, with minutes, the bar to the next
/// threshold, codes, payment and what close does with the patient-month.
enum MonthTable {
    /// The columns; at 80 columns MRN, practitioner minutes and codes give way first (the
    /// name and the date of birth never do). "Not cnt" is the minutes logged that do not count
    /// toward the claim (the status says why).
    static let columns = [
        PatientCells.nameColumn(width: 13),
        PatientCells.birthDateColumn,
        TableColumn(title: "MRN", key: "mrn", width: 8, priority: 6),
        TableColumn(title: "Care mgr", key: "cm", width: 8, priority: 3),
        TableColumn(title: "Clin", key: "clin", width: 5, numeric: true),
        TableColumn(title: "Prac", key: "prac", width: 5, numeric: true, priority: 5),
        TableColumn(title: "Not cnt", key: "notcounted", width: 7, numeric: true, priority: 1),
        TableColumn(title: "Next", key: "next", width: 11, numeric: true, priority: 2),
        TableColumn(title: "Codes", key: "codes", width: 13, priority: 4),
        TableColumn(title: "Payment", key: "pay", width: 8, numeric: true),
        TableColumn(title: "Status", key: "status", width: 15, flexible: true),
    ]

    static func make(_ rows: [SupervisorRow], labels: PatientLabel) -> DataTable {
        DataTable(columns: columns, rows: rows.map { row($0, labels: labels) }, defaultSort: TableSort(column: 0, descending: false))
    }

    static func row(_ item: SupervisorRow, labels: PatientLabel) -> TableRow {
        let result = item.result
        let total = result.totalMinutes
        let next: TableCell
        if !NextThreshold.hasThresholds(result.program) {
            // APCM: no minutes to reach; the minutes without a bar, and the program named.
            next = TableCell(text: "\(total) APCM", sort: .number(Double(Int.max)))
        } else if let threshold = item.nextThreshold {
            next = TableCell(text: "\(total)/\(threshold)", sort: .number(Double(threshold - total)),
                             bar: TableCell.Bar(value: total, total: threshold))
        } else {
            next = TableCell(text: "\(total)", sort: .number(Double(Int.max)), bar: TableCell.Bar(value: 1, total: 1))
        }
        let codes = result.recommended.map(codeText) ?? ""
        return TableRow(id: item.patient.id.rawValue, patient: item.patient.id, entry: nil,
                        careManager: RowCareManager(item.patient.careManager), cells: PatientCells.cells(item.patient, id: item.patient.id, labels: labels) + [
            .text(item.patient.mrn ?? ""),
            .text(item.patient.careManager ?? "none", role: item.patient.careManager == nil ? .statusWarn : nil),
            .number(result.clinicalMinutes),
            .number(result.practitionerMinutes),
            notCounted(item.notCounted),
            next,
            .text(codes),
            .money(result.isBillable ? result.payment : 0),
            status(item),
        ])
    }

    /// Whole minutes not counted, blank when every minute counts; sorts by seconds.
    static func notCounted(_ time: NotCountedTime) -> TableCell {
        guard !time.isEmpty else { return TableCell(text: "", sort: .number(0)) }
        return TableCell(text: String(time.seconds / 60), sort: .number(Double(time.seconds)), role: .statusWarn)
    }

    /// `99490+99439x2`: the recommended codes, compact.
    static func codeText(_ set: CodeSet) -> String {
        set.lines.map { $0.units == 1 ? $0.code.rawValue : "\($0.code.rawValue)x\($0.units)" }.joined(separator: "+")
    }

    /// What close does, the failing gates when blocked, and any amendments.
    static func status(_ item: SupervisorRow) -> TableCell {
        var text: String
        var role: StyleRole?
        switch item.disposition {
        case .billable: text = "billable"; role = .statusOK
        case .blocked:
            text = "BLOCKED " + item.result.blockers.filter { $0 != .belowThreshold }.map(\.rawValue).joined(separator: " ")
            role = .statusError
        case .notBilled: text = "not billed (decision)"; role = .statusWarn
        case .billedElsewhere: text = "billed elsewhere"; role = .dim
        case .belowThreshold: text = "below threshold"; role = .dim
        case .noService: text = "no service documented"; role = .dim
        }
        // Reasons the status does not already give (its gates, the not-billed decision).
        let shown = Set(item.result.blockers.map(\.rawValue) + (item.disposition == .notBilled ? [NotCountedReason.notBilled.rawValue] : []))
        let unexplained = item.notCounted.problems.map(\.reason.rawValue).filter { !shown.contains($0) }
        if !unexplained.isEmpty {
            text += " \u{00B7} not counted: " + unexplained.joined(separator: " ")
            role = role == .statusError ? role : .statusWarn
        }
        if !item.amendments.isEmpty {
            text += " \u{00B7} amended \(item.amendments.count)x"
            role = role == .dim ? .statusWarn : role
        }
        return .text(text, role: role)
    }

    static func closeFacts(_ rows: [SupervisorRow]) -> CloseFacts {
        let blocked = rows.filter { $0.disposition == .blocked }
            .map { MonthCloseBlocked.Blocker(patientId: $0.patient.id, name: $0.patient.name.displayName, gates: $0.result.blockers,
                                             identity: $0.patient.identity, program: $0.result.program) }
        let billable = rows.filter { $0.disposition == .billable }
        return CloseFacts(blocked: blocked, billable: billable.count,
                          payment: billable.reduce(Decimal(0)) { $0 + $1.result.payment }, covered: rows.count)
    }

    static func heading(month: YearMonth, close: MonthClose, facts: CloseFacts, today: LocalDate) -> [String] {
        var state: String
        if close.isClosed, let event = close.events.last(where: { $0.kind == .close }) {
            state = "CLOSED by \(event.by)"
            if !close.amendments.isEmpty { state += ", \(plural(close.amendments.count, "amendment"))" }
        } else if month.lastDay < today {
            state = facts.blocked.isEmpty ? "ended, open: ready to close" : "ended, open: \(facts.blocked.count) blocked"
        } else {
            state = "in progress, \(today.days(until: month.lastDay) + 1) day\(today.days(until: month.lastDay) == 0 ? "" : "s") left"
        }
        return ["\(month) \u{00B7} \(state) \u{00B7} \(facts.covered) patients, \(facts.billable) billable, \(Money.format(facts.payment)) expected"]
    }
}
