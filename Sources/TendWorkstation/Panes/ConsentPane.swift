import Foundation
import TendDomain
import TendTerminal

/// The consent pane: status, the latest consent, its four disclosures and what is missing.
enum ConsentPane {
    static func draw(_ painter: inout Painter, rect: Rect, care: CareScreenModel, focused: Bool) {
        let inside = painter.box(rect, title: Pane.consent.title, focused: focused)
        guard let detail = care.detail else { return }
        let patient = detail.patient
        let names = care.staffNames
        let status = ConsentStatus.evaluate(for: patient, month: care.time.month)
        var lines: [(String, Style)] = [("Enrollment: \(patient.status.rawValue)", Style(.header))]
        guard let consent = patient.latestConsent else {
            lines.append(("\(painter.mark(false)) No consent recorded.", Style(.statusWarn)))
            lines.append(("Needed before CCM starts: the four disclosures, date, method and who obtained it.", .normal))
            draw(&painter, lines, in: inside)
            return
        }
        let counts = status.allowsBilling
        lines.append(("\(painter.mark(counts)) \(counts ? "Consent counts this month" : "Consent does not count this month")",
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
        for disclosure in Disclosure.allCases {
            let given = consent.disclosuresGiven.contains(disclosure)
            lines.append(("  \(painter.mark(given)) \(disclosure.label)", Style(given ? .normal : .statusWarn)))
        }
        let missing = consent.missingDisclosures
        lines.append((missing.isEmpty ? "Nothing missing." : "Missing: " + missing.map(\.rawValue).joined(separator: ", "),
                      Style(missing.isEmpty ? .statusOK : .statusWarn)))
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
