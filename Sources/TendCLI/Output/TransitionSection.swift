import Foundation
import TendDomain
import TendServices

/// The month report's care-transition lines (text): the TCM the month bills, then every other
/// transition of the month with its state.
enum TransitionSection {
    static func lines(_ report: MonthReportView) -> [String] {
        var rows: [String] = []
        for line in report.lines {
            for status in line.transitions {
                rows.append(row(line.patient, status, report: report))
            }
        }
        guard !rows.isEmpty else { return [] }
        var out = ["", "Care transitions (TCM):"] + rows
        if !report.tcm.isEmpty {
            out.append("  TCM this month: \(report.tcm.count) service\(report.tcm.count == 1 ? "" : "s"), expected payment \(Money.format(report.tcmPayment))")
        }
        if !report.unpricedTCM.isEmpty {
            out.append("  warning: no confirmed fee in \(report.feeSchedule.name) for \(report.unpricedTCM.map(\.rawValue).joined(separator: ", ")): unpriced (an unconfirmed amount counts as shown, one not entered as 0)")
        }
        return out
    }

    /// One transition: the TCM it bills this month, or its state and next deadline.
    private static func row(_ patient: Patient, _ status: TransitionStatus, report: MonthReportView) -> String {
        let head = "  \(PatientLabel.full(patient))  stay \(status.stay.id) discharged \(status.stay.discharge): "
        guard status.billingMonth == report.month, let code = status.code else {
            return head + "\(status.state); \(status.openDeadline?.reason ?? status.detail)"
        }
        let practitioner = status.stay.transition.practitioner ?? "?"
        return head + "TCM \(code.rawValue) billed this month by \(practitioner), \(fee(code, in: report.feeSchedule))"
    }

    /// `$198.28`, `$198.28 unconfirmed` or `unpriced`.
    private static func fee(_ code: CPTCode, in schedule: FeeSchedule) -> String {
        let fee = schedule.fee(for: code)
        switch fee.status {
        case .confirmed: return Money.format(fee.amount)
        case .unconfirmed: return Money.format(fee.amount) + " unconfirmed"
        case .notEntered: return "unpriced"
        }
    }
}
