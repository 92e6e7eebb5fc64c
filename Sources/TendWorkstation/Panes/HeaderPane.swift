import Foundation
import TendDomain
import TendTerminal

/// The selected patient's header: name (title) and date of birth, MRN, id and phone, conditions, eligibility, minutes toward the next
/// threshold with a bar, days left and the care manager.
enum HeaderPane {
    static func draw(_ painter: inout Painter, rect: Rect, care: CareScreenModel) {
        guard let detail = care.detail else {
            let inside = painter.box(rect, title: "Patient")
            painter.line("No patient selected.", in: inside, row: 0, style: Style(.dim))
            return
        }
        let patient = detail.patient
        let name = care.labels.name(patient)
        let inside = painter.box(rect, title: name)
        // The name is in the title; the first row leads with the second identifier, the date of
        // birth, so that no width cuts it off.
        var identity = "DOB \(patient.dateOfBirth) (\(patient.age(on: care.time.today)) y) \u{00B7} MRN \(patient.mrn ?? "none") \u{00B7} \(patient.id)"
        if let phone = patient.phone { identity += " \u{00B7} \(phone.rawValue)" }
        painter.line(identity, in: inside, row: 0, style: Style(.header))
        let conditions = patient.conditions.map { code -> String in
            let label = care.conditions.category(for: code)?.label ?? "not on the chronic list"
            return "\(code.rawValue) \(label)"
        } + (patient.snomedProblems ?? []).map { code -> String in
            "SNOMED \(code.rawValue) \(care.conditions.category(for: code)?.label ?? "not on the chronic list")"
        }
        painter.line("Conditions: " + (conditions.isEmpty ? "none recorded" : conditions.joined(separator: "; ")), in: inside, row: 1)
        let verdict = detail.eligibility.reasons.last ?? ""
        painter.line("\(painter.mark(detail.eligibility.isEligible)) \(verdict)", in: inside, row: 2,
                     style: Style(detail.eligibility.isEligible ? .statusOK : .statusWarn))
        drawMinutes(&painter, inside: inside, row: 3, detail: detail)
        let manager = Format.staff(patient.careManager, names: care.staffNames)
        painter.line("Care manager: \(manager) \u{00B7} \(patient.status.rawValue)", in: inside, row: 4)
        if inside.height > 5 {
            let billing = Format.staff(patient.billingPractitioner, names: care.staffNames)
            painter.line("Billing practitioner: \(billing) \u{00B7} language \(patient.language ?? "not recorded")", in: inside, row: 5, style: Style(.dim))
        }
        if inside.height > 6, let window = patient.callWindow {
            painter.line("Call window: \(window.description)", in: inside, row: 6, style: Style(.dim))
        }
    }

    /// `Minutes: 12 ████░░░░ 8 min to 20 · 18 days left`.
    static func drawMinutes(_ painter: inout Painter, inside: Rect, row: Int, detail: PatientDetail) {
        let total = detail.totalMinutes
        let next = CallThresholds.next(after: total)
        let label = "Minutes: \(total) "
        let after = next.map { " \($0 - total) min to \($0) \u{00B7} \(detail.daysLeft) days left" }
            ?? " all thresholds reached \u{00B7} \(detail.daysLeft) days left"
        let y = inside.y + row
        var x = inside.x
        x += painter.text(label, x: x, y: y, width: inside.width)
        let barWidth = max(0, min(20, inside.width - DisplayWidth.width(of: label) - DisplayWidth.width(of: after)))
        let previous = CallThresholds.steps.last { $0 <= total } ?? 0
        if let next {
            painter.bar(x: x, y: y, width: barWidth, value: total - previous, total: next - previous)
        } else {
            painter.bar(x: x, y: y, width: barWidth, value: 1, total: 1)
        }
        x += barWidth
        painter.text(after, x: x, y: y, width: inside.x + inside.width - x)
    }
}
