import Foundation
import TendDomain
import TendServices
import TendTerminal

/// The program summary as lines of text: enrolled, billable, expected payment and the two
/// yearly projections at the fee schedule in force.
enum SummaryText {
    static func lines(_ summary: ProgramSummary, close: MonthClose, staffNames: [String: String]) -> [String] {
        func row(_ label: String, _ value: String) -> String {
            label.padding(toLength: max(label.count, 44), withPad: " ", startingAt: 0) + value
        }
        var lines = [
            "Program summary for \(summary.month) at the fee schedule \(summary.feeSchedule.name)",
            "",
            row("Patients enrolled in the month", "\(summary.enrolled)"),
            row("Patient-months billable", "\(summary.billable)"),
            row("Expected payment this month", Money.format(summary.expectedPayment)),
            "",
            "Projected for a year",
            row("  this month's expected payment \u{00D7} 12", Money.format(summary.projectedYearFromBillable)),
            row("  enrolled \u{00D7} their program's rate \u{00D7} 12", Money.format(summary.projectedYearFromEnrolled)),
            "    at the fee schedule in force today, \(summary.projectionSchedule.name):",
        ] + summary.projections.filter { $0.patients > 0 }.map { "    " + $0.text } + [
            "  (the second is the seed's \"patients \u{00D7} rate \u{00D7} 12\": every enrolled patient billed their program's base code every month)",
        ] + (summary.projections.contains(where: \.hasUnpriced)
             ? ["  Unpriced codes are not projected: enter their amounts in the fee schedule."] : []) + [
            "",
        ]
        if let warning = summary.pricingWarning {
            lines += ["Warning: " + warning, ""]
        }
        if close.isClosed, let event = close.events.last(where: { $0.kind == .close }) {
            lines.append("Month closed by \(Format.staff(event.by, names: staffNames)); \(plural(close.amendments.count, "amendment")) since.")
        } else {
            lines.append("Month open: figures change as time is logged.")
        }
        return lines
    }

    /// ` unconfirmed` or ` not entered` after the 99490 rate when it is not a confirmed amount.
    static func rateStatus(_ summary: ProgramSummary) -> String {
        switch summary.feeSchedule.fee(for: .c99490).status {
        case .confirmed: return ""
        case .unconfirmed: return " unconfirmed"
        case .notEntered: return " not entered"
        }
    }
}
