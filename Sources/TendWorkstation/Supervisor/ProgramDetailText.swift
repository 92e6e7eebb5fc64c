import Foundation
import TendDomain
import TendServices

/// One patient's program comparison in full: each month under the program it was in and under
/// each other program offered, with codes, payment and failing gates; then the assumptions.
enum ProgramDetailText {
    static func lines(_ c: PatientProgramComparison) -> [String] {
        var lines = ["In \(c.currentProgram.name) (\(c.currentProgram.label)); earned \(amount(c.earned)) over \(plural(c.months.count, "month"))."]
        if let best = c.best, let gain = c.gain {
            lines.append("Best alternative: \(best.program.name), \(Money.format(best.earned)) (\(gain > 0 ? "+" : "")\(Money.format(gain))).")
        } else if c.alternatives.isEmpty {
            lines.append("No other program is offered to this patient.")
        } else {
            lines.append("Not ranked: a month is unpriced.")
        }
        for month in c.months {
            lines.append("")
            lines.append("\(month.month) (\(month.closed ? "closed" : "open")), \(month.minutes) min:")
            for outcome in [month.current] + month.alternatives {
                let codes = outcome.codes.map(\.description).joined(separator: " + ")
                var text = "  \(outcome.program.name)\(outcome.isCurrent ? " (current)" : ""): "
                if outcome.payment == nil {
                    text += "unpriced (\(outcome.unpricedCodes.map(\.rawValue).joined(separator: ", ")))"
                } else if outcome.codes.isEmpty {
                    text += "nothing billable: " + outcome.blockers.map(\.rawValue).joined(separator: ", ")
                } else {
                    text += "\(codes) \(Money.format(outcome.payment ?? 0))"
                }
                if outcome.assumedConsent { text += "; consent assumed" }
                lines.append(text)
            }
        }
        lines.append("")
        lines.append("Assumptions:")
        lines += ProgramComparisonView.assumptions.map { "  - " + $0 }
        return lines
    }

    private static func amount(_ e: ProgramEarnings) -> String {
        e.isPriced ? Money.format(e.earned) : "\(Money.format(e.earned)) priced, with unpriced months"
    }
}
