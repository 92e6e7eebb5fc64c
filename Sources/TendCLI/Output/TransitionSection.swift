import Foundation
import TendDomain
import TendServices

/// The month report's care-transition lines (text): the TCM the month bills, then every other
/// transition of the month with its state.
enum TransitionSection {
    static func lines(_ report: MonthReportView) -> [String] {
        let all = report.lines.flatMap { line in line.transitions.map { (patient: line.patient, status: $0) } }
        guard !all.isEmpty else { return [] }
        var out = ["", "Care transitions (TCM):"]
        for (patient, status) in all {
            let billed = status.billingMonth == report.month
            let fee = status.code.map { code in report.feeSchedule.fee(for: code).isPriced ? Money.format(report.feeSchedule.fee(for: code).amount) : "unpriced" }
            out.append("  \(PatientLabel.full(patient))  stay \(status.stay.id) discharged \(status.stay.discharge): "
                       + (billed ? "TCM \(status.code!.rawValue) billed this month by \(status.stay.transition.practitioner ?? "?"), \(fee ?? "")"
                                 : "\(status.state); \(status.openDeadline?.reason ?? status.detail)"))
        }
        if !report.tcm.isEmpty {
            out.append("  TCM this month: \(report.tcm.count) service\(report.tcm.count == 1 ? "" : "s"), expected payment \(Money.format(report.tcmPayment))")
        }
        if !report.unpricedTCM.isEmpty {
            out.append("  warning: no fee in \(report.feeSchedule.name) for \(report.unpricedTCM.map(\.rawValue).joined(separator: ", ")): unpriced, counted as 0")
        }
        return out
    }
}
