import Foundation
import TendDomain

/// Renders an audit packet as plain text for printing or as Markdown. Every stored string is
/// sanitised: control and bidi characters become visible escapes, and in Markdown the
/// characters that would format or link are escaped.
public struct AuditPacketRenderer {
    /// Plain text or Markdown.
    public enum Style: Sendable { case text, markdown }

    let packet: AuditPacket
    let style: Style
    private var lines: [String] = []

    /// Renders `packet` in `style`.
    public static func render(_ packet: AuditPacket, style: Style) -> String {
        var renderer = AuditPacketRenderer(packet: packet, style: style)
        renderer.build()
        return renderer.lines.joined(separator: "\n") + "\n"
    }

    init(packet: AuditPacket, style: Style) {
        self.packet = packet
        self.style = style
    }

    /// A stored string made safe for the output: one line, visible escapes, Markdown escaped.
    func clean(_ text: String) -> String {
        let printable = TextSafety.printable(text, maxLength: 8_000)
        guard style == .markdown else { return printable }
        var out = ""
        for character in printable {
            if "\\`*_{}[]<>()#+-.!|~&".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A stored multi-line string as cleaned lines.
    func cleanLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { clean(String($0)) }
    }

    private mutating func heading(_ text: String, level: Int = 2) {
        if !lines.isEmpty { lines.append("") }
        switch style {
        case .markdown: lines.append(String(repeating: "#", count: level) + " " + text)
        case .text:
            lines.append(level == 1 ? text.uppercased() : text)
            lines.append(String(repeating: level == 1 ? "=" : "-", count: text.count))
        }
    }

    private mutating func item(_ text: String, indent: Int = 0) {
        lines.append(String(repeating: "  ", count: indent) + (style == .markdown ? "- " : "* ") + text)
    }

    private func local(_ date: Date) -> String {
        LocalDateTimeText.fullWithZone(date, in: packet.timeZone)
    }

    private mutating func build() {
        let p = packet.patient
        let c = packet.checklist
        heading("Audit packet: \(clean(p.name.displayName)), \(packet.month)", level: 1)
        item("Practice: \(clean(packet.practice))")
        item("Patient: \(p.id), MRN \(clean(p.mrn ?? "none")), MBI \(p.mbi?.rawValue ?? "none"), born \(p.dateOfBirth)")
        item("Problem list: \(p.conditions.map(\.rawValue).joined(separator: " "))")
        let npi = packet.practitioner?.npi?.rawValue ?? "no NPI"
        item("Billing practitioner: \(clean(p.billingPractitioner ?? "none"))"
             + (packet.practitioner.map { " (\(clean($0.name)), \($0.credential.rawValue), NPI \(npi))" } ?? ""))
        item("Care manager: \(clean(p.careManager ?? "none"))")
        program()
        monthState()
        result(c)
        gates(c)
        consent()
        visits()
        plan()
        entries()
        calls()
        flags()
        amendments()
    }

    private mutating func program() {
        let e = packet.enrollment
        let history = packet.patient.programHistory
        let since = history.isEmpty ? "CCM throughout (no program change recorded)" : "in force from \(e.from)"
        item("Program: \(packet.program.name) (\(packet.program.label)), \(since)"
             + (e.condition.map { ", PCM condition \($0.rawValue)" } ?? ""))
        if packet.program == .apcm, let tier = packet.checklist.result.recommended {
            let qmb = packet.patient.qmb.map { $0 ? "QMB" : "not a QMB" } ?? "QMB not recorded"
            item("APCM tier \(tier.description) (chronic categories of the problem list; \(qmb))", indent: 1)
        }
        for change in history {
            item("\(change.from): \(change.program.name)" + (change.condition.map { " (\($0.rawValue))" } ?? "")
                 + ", recorded by \(clean(change.by)) at \(local(change.recordedAt))" + (change.reason.map { ": \(clean($0))" } ?? ""),
                 indent: 1)
        }
    }

    private mutating func monthState() {
        let close = packet.close
        let state = close.isClosed ? "closed" + (close.lastClose.map { " by \(clean($0.by)) at \(local($0.at))" } ?? "") : "open (not closed)"
        item("Month: \(state)")
        for event in close.events where event.kind == .reopen {
            item("reopened by \(clean(event.by)) at \(local(event.at)): \(clean(event.reason ?? ""))", indent: 1)
        }
    }

    private mutating func result(_ c: ClaimChecklist) {
        heading("Codes")
        let r = c.result
        item("Minutes: clinical staff \(r.clinicalMinutes), practitioner \(r.practitionerMinutes), total \(r.totalMinutes)"
             + (r.complex ? " (month marked complex)" : ""))
        item("Recommended: \(r.recommended.map { "\($0.description) (\($0.kind.label), \(Money.format($0.payment)))" } ?? "none")")
        for alternative in r.candidates where alternative != r.recommended {
            item("alternative: \(alternative.description) (\(alternative.kind.label), \(Money.format(alternative.payment)))", indent: 1)
        }
        item("Disposition: \(c.disposition.rawValue)" + (c.disposition == .billable ? ", billed \(r.codes.map(\.description).joined(separator: " + ")) for \(Money.format(r.payment))" : ""))
        if let mark = c.notBilled {
            item("not billed by \(clean(mark.by)) at \(local(mark.at)): \(clean(mark.reason))", indent: 1)
        }
    }

    private mutating func gates(_ c: ClaimChecklist) {
        heading("Gates")
        for gate in c.items {
            item("\(gate.passed ? "PASS" : "FAIL") \(gate.gate.rawValue): \(clean(gate.evidence))")
        }
    }

    private mutating func consent() {
        heading("Consent")
        guard !packet.consents.isEmpty else { item("No consent recorded on or before \(packet.month.lastDay)."); return }
        for consent in packet.consents {
            let counts = consent == packet.countingConsent ? " (counts for this month)" : ""
            item("\(consent.date) \(consent.program.name) \(consent.method.rawValue) consent obtained by \(clean(consent.obtainedBy)), billing practitioner \(clean(consent.billingPractitioner ?? "none")), recorded \(local(consent.recordedAt))\(counts)"
                 + (consent.declined ? ", DECLINED" : "") + (consent.revokedOn.map { ", revoked \($0)" } ?? ""))
            let required = Disclosure.required(for: consent.program)
            for disclosure in Disclosure.allCases where required.contains(disclosure) || consent.disclosuresGiven.contains(disclosure) {
                item("\(consent.disclosuresGiven.contains(disclosure) ? "[x]" : "[ ]") \(disclosure.label)"
                     + (required.contains(disclosure) ? "" : " (not required for \(consent.program.name))"), indent: 1)
            }
        }
    }

    private mutating func visits() {
        heading("Initiating visit")
        let visits = packet.patient.visits.sorted { $0.date < $1.date }
        if visits.isEmpty { item("No qualifying visit on file.") }
        for visit in visits { item("\(visit.kind.rawValue) \(visit.date)") }
    }

    private mutating func plan() {
        let plan = packet.plan
        heading("Care plan as it stood at the end of \(packet.month)")
        guard let last = plan.revisions.last else { item("No care plan saved by the end of the month."); return }
        item("Revision \(last.number) saved by \(clean(last.author)) at \(local(last.at)); \(plan.isEstablished ? "established" : "not established now (missing: \(plan.establishingElementsMissing.map(\.rawValue).joined(separator: ", ")))"), \(plan.isComplete ? "complete" : "missing: " + plan.missingElements.map(\.rawValue).joined(separator: ", "))")
        for element in CarePlanElement.allCases {
            let text = plan.text(for: element)
            if text.isEmpty && element != .goals && element != .interventions { continue }
            item("\(element.title):")
            for line in cleanLines(text) where !text.isEmpty { lines.append("    " + line) }
            if element == .goals {
                for goal in plan.goals {
                    item("goal \(goal.id): \(clean(goal.text)); target \(clean(goal.target)); due \(goal.due); \(goal.status.label)", indent: 1)
                }
            }
            if element == .interventions {
                for intervention in plan.interventions {
                    item("\(clean(intervention.text)) (responsible: \(clean(intervention.responsible)))", indent: 1)
                }
            }
        }
        heading("Copies given to the patient")
        if plan.shares.isEmpty { item("None recorded by the end of the month.") }
        for share in plan.shares {
            item("\(share.date) by \(share.method.rawValue), given by \(clean(share.by)), recorded \(local(share.recordedAt))")
        }
    }

    private mutating func entries() {
        heading("Time entries")
        if packet.entries.isEmpty { item("No time entries this month.") }
        for entry in packet.entries {
            let who = packet.staffNames[entry.staff].map { "\(clean($0)) (\(clean(entry.staff)), \(entry.credential.rawValue))" }
                ?? "\(clean(entry.staff)) (\(entry.credential.rawValue))"
            let source: String
            switch entry.source {
            case .stopwatch: source = "stopwatch"
            case .manual(let reason): source = "entered by hand" + (reason.map { ": \(clean($0))" } ?? "")
            }
            item("\(entry.id) \(LocalDateTimeText.full(entry.start, in: packet.timeZone))–\(LocalDateTimeText.clockWithZone(entry.end, in: packet.timeZone)), "
                 + "\(DurationText.format(entry.seconds)), \(entry.activity.label), by \(who); "
                 + "conditions \(entry.conditions.map(\.rawValue).joined(separator: " ")); \(source); recorded by \(clean(entry.recordedBy)) at \(local(entry.recordedAt))")
            if case .voided(let reason, let by, let at) = entry.status {
                item("VOIDED by \(clean(by)) at \(local(at)): \(clean(reason))", indent: 1)
            }
            if let corrects = entry.corrects { item("corrects \(corrects)", indent: 1) }
            if let by = entry.correctedBy { item("corrected by \(by)", indent: 1) }
            item("note:", indent: 1)
            for line in cleanLines(entry.note) { lines.append("      " + line) }
        }
    }

    private mutating func calls() {
        heading("Calls")
        if packet.calls.isEmpty { item("No calls recorded this month.") }
        for call in packet.calls {
            let who = packet.staffNames[call.staff].map { "\(clean($0)) (\(clean(call.staff)))" } ?? clean(call.staff)
            item("\(local(call.at)) \(call.result.label) by \(who)" + (call.note.map { ": \(clean($0))" } ?? ""))
        }
    }

    private mutating func flags() {
        heading("Month flags")
        let flags = packet.flags
        item("Complex: " + (flags?.complex.map { "judged by \(clean($0.by)), recorded by \(clean($0.recordedBy)) at \(local($0.at))" } ?? "not marked"))
        item("Billed elsewhere: " + (flags?.billedElsewhere.map { "\($0.billedProgram.name), recorded by \(clean($0.by)) at \(local($0.at))" + ($0.note.map { ": \(clean($0))" } ?? "") } ?? "no record"))
    }

    private mutating func amendments() {
        heading("Amendments after close")
        if packet.amendments.isEmpty { item("None.") }
        for a in packet.amendments {
            item("#\(a.number) \(local(a.at)) by \(clean(a.by)), \(clean(a.action)): \(clean(a.summary)); reason: \(clean(a.reason))")
        }
    }
}
