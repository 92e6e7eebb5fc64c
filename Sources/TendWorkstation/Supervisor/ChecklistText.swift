import Foundation
import TendDomain
import TendServices
import TendTerminal

/// A patient-month's pre-claim checklist as lines: every gate with its evidence, what close
/// does with it, and the amendments.
enum ChecklistText {
    static func lines(_ item: PatientChecklist, close: MonthClose, glyphs: Glyphs) -> [String] {
        let checklist = item.checklist
        let result = checklist.result
        var lines = [
            "\(Sanitizer.singleLine.sanitize(item.patient.identity.full)), id \(item.patient.id), \(checklist.month): "
                + "\(result.clinicalMinutes) clinical + \(result.practitionerMinutes) practitioner min",
            "Codes: \(result.recommended?.description ?? "none") \u{00B7} payment \(Money.format(result.isBillable ? result.payment : 0))",
            "Close: \(checklist.disposition.rawValue)" + (checklist.notBilled.map { " (by \($0.by): \(Sanitizer.singleLine.sanitize($0.reason)))" } ?? ""),
            "",
        ]
        for check in checklist.items {
            lines.append("\(check.passed ? glyphs.check : glyphs.cross) \(check.gate.rawValue)")
            lines.append("    \(Sanitizer.singleLine.sanitize(check.evidence))")
        }
        if !item.amendments.isEmpty {
            lines.append("")
            lines.append("Amendments after close:")
            for amendment in item.amendments {
                lines.append("  #\(amendment.number) \(amendment.action) by \(amendment.by): \(Sanitizer.singleLine.sanitize(amendment.summary)); reason: \(Sanitizer.singleLine.sanitize(amendment.reason))")
            }
        }
        if close.isClosed { lines.append(""); lines.append("The month is closed; changes are amendments.") }
        return lines
    }
}
