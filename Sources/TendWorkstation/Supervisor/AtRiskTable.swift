import Foundation
import TendDomain
import TendServices
import TendTerminal

/// The at-risk list: patients short of minutes with the days left, at zero minutes, eligible
/// without consent, and care plans due for review or never shared; one row per reason.
enum AtRiskTable {
    static let columns = [
        TableColumn(title: "Why", key: "why", width: 13),
        PatientCells.nameColumn(width: 14),
        PatientCells.birthDateColumn,
        TableColumn(title: "Care mgr", key: "cm", width: 9, priority: 2),
        TableColumn(title: "Min", key: "min", width: 5, numeric: true),
        TableColumn(title: "Need", key: "need", width: 5, numeric: true),
        TableColumn(title: "Detail", key: "detail", width: 16, flexible: true, priority: 3),
    ]

    static func make(_ view: AtRiskView, labels: PatientLabel) -> DataTable {
        var rows: [TableRow] = []
        func add(_ why: String, _ patient: Patient, minutes: Int?, needed: Int?, detail: String, role: StyleRole? = nil) {
            let order = rows.count
            rows.append(TableRow(id: "\(why)/\(patient.id)", patient: patient.id, entry: nil,
                                 careManager: RowCareManager(patient.careManager), cells: [
                TableCell(text: why, sort: .number(Double(order)), role: role),
            ] + PatientCells.cells(patient, id: patient.id, labels: labels) + [
                .text(patient.careManager ?? "none"),
                minutes.map { .number($0) } ?? TableCell(text: "", sort: .number(-1)),
                needed.map { .number($0) } ?? TableCell(text: "", sort: .number(-1)),
                .text(detail),
            ]))
        }
        // One row per patient (rows are keyed by reason and patient): the transition with an open
        // deadline, else the latest discharge.
        for item in view.openTransitions {
            if let status = item.transitions.first(where: { $0.openDeadline != nil }) ?? item.transitions.last {
                let pending = status.outcome == .pending
                add("transition", item.patient, minutes: nil, needed: nil,
                    detail: "\(status.state): \(status.openDeadline?.reason ?? status.detail) (discharged \(status.stay.discharge))",
                    role: pending ? .statusWarn : nil)
            }
        }
        let perDay = max(1, view.daysLeft)
        for item in view.needMinutes {
            let pace = (item.needed + perDay - 1) / perDay
            add("needs minutes", item.patient, minutes: item.minutes, needed: item.needed,
                detail: "\(item.needed) min in \(plural(view.daysLeft, "day")) (\(pace)/day)", role: .statusWarn)
        }
        for patient in view.zeroMinutes {
            add("zero minutes", patient, minutes: 0, needed: 20, detail: "no counting minute yet this month", role: .statusError)
        }
        for patient in view.noConsent {
            add("no consent", patient, minutes: nil, needed: nil,
                detail: patient.latestConsent == nil ? "eligible, never asked" : "eligible, no counting consent")
        }
        for item in view.planReviewDue {
            add("plan review", item.patient, minutes: nil, needed: nil, detail: item.reason)
        }
        for patient in view.planNeverShared {
            add("plan unshared", patient, minutes: nil, needed: nil, detail: "no copy of the plan given yet")
        }
        return DataTable(columns: columns, rows: rows, defaultSort: TableSort(column: 0, descending: false))
    }

    static func heading(_ view: AtRiskView) -> [String] {
        let days = "\(plural(view.daysLeft, "day")) left in \(view.month)"
        return ["\(days) \u{00B7} \(view.needMinutes.count) need min \u{00B7} \(view.zeroMinutes.count) at zero \u{00B7} "
                + (view.openTransitions.isEmpty ? "" : "\(view.openTransitions.count) in transition \u{00B7} ")
                + "\(view.noConsent.count) no consent \u{00B7} \(view.planReviewDue.count) plan review \u{00B7} \(view.planNeverShared.count) unshared"]
    }
}
