import Foundation
import TendDomain
import TendTerminal

/// The consent pane: the program of the current month, the latest consent for that program,
/// its disclosures and what is missing; consents for other programs are named as not counting.
enum ConsentPane {
    static func draw(_ painter: inout Painter, rect: Rect, care: CareScreenModel, focused: Bool) {
        let inside = painter.box(rect, title: Pane.consent.title, focused: focused)
        guard let detail = care.detail else { return }
        let patient = detail.patient
        let names = care.staffNames
        let month = care.time.month
        let enrollment = patient.enrollment(in: month)
        let program = enrollment.program
        let status = ConsentStatus.evaluate(for: patient, month: month, program: program)
        var lines: [(String, Style)] = [("Program \(enrollment.shortLabel) in \(month) \u{00B7} \(patient.status.rawValue)", Style(.header))]
        let others = Set(patient.consents.filter { $0.program != program }.map(\.program)).sorted()
        let otherLine = others.isEmpty ? nil
            : ("Also on file: \(others.map(\.name).joined(separator: ", ")) consent (does not count for \(program.name)).", Style(.dim))
        guard let consent = patient.consents.last(where: { $0.program == program }) else {
            lines.append(("\(painter.mark(false)) No \(program.name) consent recorded.", Style(.statusWarn)))
            let count = Disclosure.required(for: program).count == 4 ? "four" : "three"
            lines.append(("Needed before \(program.name) starts: the \(count) disclosures, date, method and who obtained it.", .normal))
            if let otherLine { lines.append(otherLine) }
            draw(&painter, lines, in: inside)
            return
        }
        let counts = status.allowsBilling
        lines.append(("\(painter.mark(counts)) \(counts ? "\(program.name) consent counts this month" : "\(program.name) consent does not count this month")",
                      Style(counts ? .statusOK : .statusWarn)))
        lines.append(("Latest: \(consent.declined ? "DECLINED" : consent.method.rawValue) on \(consent.date), obtained by \(Format.staff(consent.obtainedBy, names: names))", .normal))
        lines.append(("For billing practitioner: \(Format.staff(consent.billingPractitioner, names: names))", .normal))
        if let revoked = consent.revokedOn {
            lines.append(("Revoked on \(revoked): billable through \(revoked.yearMonth)", Style(.statusWarn)))
        }
        if consent.billingPractitioner != patient.billingPractitioner {
            lines.append(("The billing practitioner changed since: a new consent is needed", Style(.statusWarn)))
        }
        lines.append(("Disclosures:", Style(.header)))
        for disclosure in Disclosure.required(for: program) {
            let given = consent.disclosuresGiven.contains(disclosure)
            lines.append(("  \(painter.mark(given)) \(disclosure.label(for: program))", Style(given ? .normal : .statusWarn)))
        }
        let missing = consent.missingDisclosures
        lines.append((missing.isEmpty ? "Nothing missing." : "Missing: " + missing.map(\.rawValue).joined(separator: ", "),
                      Style(missing.isEmpty ? .statusOK : .statusWarn)))
        if let otherLine { lines.append(otherLine) }
        if patient.consents.count > 1 {
            lines.append(("\(patient.consents.count) consent records in all.", Style(.dim)))
        }
        draw(&painter, lines, in: inside)
    }

    static func draw(_ painter: inout Painter, _ lines: [(String, Style)], in rect: Rect) {
        for (row, line) in lines.prefix(rect.height).enumerated() {
            painter.line(line.0, in: rect, row: row, style: line.1)
        }
    }
}
