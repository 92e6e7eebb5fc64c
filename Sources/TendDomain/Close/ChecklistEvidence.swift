import Foundation

/// The words behind each gate of a checklist: what the record shows for the patient-month.
struct ChecklistEvidence {
    let facts: PatientMonthFacts
    let result: BillingResult
    let plan: CarePlan?

    private var patient: Patient { facts.patient }
    private var lastDay: LocalDate { facts.month.lastDay }

    func text(for gate: Gate) -> String {
        switch gate {
        case .notEligible: return eligibility()
        case .noPCMCondition: return pcmCondition()
        case .noConsent: return consent()
        case .consentRevoked: return revocation()
        case .noInitiatingVisit: return visit()
        case .noCarePlan: return carePlan()
        case .carePlanNotShared: return shares()
        case .billedElsewhere, .programExcluded: return billedElsewhere(gate)
        case .noServiceDocumented: return service()
        case .belowThreshold: return minutes()
        }
    }

    private func eligibility() -> String {
        let e = facts.eligibility
        let categories = e.categories.map { "\($0.category.label) (\($0.codes.map(\.rawValue).joined(separator: " ")))" }
        var text = plural(e.categories.count, "chronic category", "chronic categories")
            + (categories.isEmpty ? "" : ": " + categories.joined(separator: "; "))
        if !e.notOnChronicList.isEmpty {
            text += "; not on the chronic list: " + e.notOnChronicList.map(\.rawValue).joined(separator: " ")
        }
        return text
    }

    static func consentText(_ c: Consent) -> String {
        let given = c.disclosuresGiven.sorted().map(\.rawValue).joined(separator: ", ")
        return "\(c.method.rawValue) consent \(c.date), obtained by \(c.obtainedBy)"
            + ", for billing practitioner \(c.billingPractitioner ?? "none")"
            + "; disclosures given: \(given.isEmpty ? "none" : given)"
    }

    private func consent() -> String {
        let status = ConsentStatus.evaluate(for: patient, month: facts.month, program: result.program)
        if let counting = status.counting { return Self.consentText(counting) }
        guard let latest = patient.consents.last(where: { $0.date <= lastDay }) else {
            return "no consent recorded on or before \(lastDay)"
        }
        var why: [String] = []
        if latest.declined { why.append("declined") }
        if !latest.missingDisclosures.isEmpty {
            why.append("missing disclosures: " + latest.missingDisclosures.map(\.rawValue).joined(separator: ", "))
        }
        if latest.billingPractitioner != patient.billingPractitioner {
            why.append("given for \(latest.billingPractitioner ?? "no practitioner"), but the billing practitioner is \(patient.billingPractitioner ?? "none")")
        }
        return "latest consent does not count (\(why.joined(separator: "; "))): " + Self.consentText(latest)
    }

    private func revocation() -> String {
        let status = ConsentStatus.evaluate(for: patient, month: facts.month, program: result.program)
        guard let revoked = status.counting?.revokedOn else { return "not revoked" }
        return "revoked on \(revoked), effective at the end of \(revoked.yearMonth)"
    }

    private func visit() -> String {
        let anchor = result.consentDate ?? lastDay
        let basis = result.consentDate == nil ? "the month's last day (no counting consent)" : "consent \(anchor)"
        let program = result.program
        let found = InitiatingVisitRule.qualifyingVisits(patient.visits, consentDate: anchor, program: program)
        let window = InitiatingVisitRule.lookBackText(for: program)
        if let visit = found.first {
            return "\(visit.kind.rawValue) visit \(visit.date), within the \(window) up to \(basis)"
        }
        let onFile = patient.visits.sorted { $0.date < $1.date }.map(\.description).joined(separator: ", ")
        let earliest = anchor.adding(months: -InitiatingVisitRule.lookBackMonths(for: program))
        return "no AWV, IPPE or E/M visit from \(earliest) to \(anchor) (\(basis)); visits on file: \(onFile.isEmpty ? "none" : onFile)"
    }

    private func pcmCondition() -> String {
        guard let condition = facts.enrollment.condition else {
            return result.program == .pcm ? "the PCM enrollment names no condition" : "not enrolled in PCM (no PCM condition)"
        }
        if let qualifying = BillingEngine.pcmCondition(facts) {
            let category = facts.eligibility.categories.first { $0.codes.contains(qualifying) }?.category.label ?? ""
            return "PCM condition \(qualifying.rawValue): on the problem list and the chronic list (\(category))"
        }
        if !patient.conditions.contains(condition) { return "PCM condition \(condition.rawValue) is not on the problem list" }
        return "PCM condition \(condition.rawValue) is not on the chronic list"
    }

    private func service() -> String {
        let entries = plural(result.countingEntryIDs.count, "counting time entry", "counting time entries")
        let calls = plural(facts.reachedCalls, "call", "calls") + " that reached the patient"
        let tier = APCMTier.reason(categories: facts.eligibility.categories.count, qmb: patient.qmb)
        return "\(entries) and \(calls) this month; the month's tier: \(tier)"
    }

    private func carePlan() -> String {
        let revision = plan?.revisions.last.map { " (as of the month's end: revision \($0.number) by \($0.author))" } ?? ""
        guard let established = patient.plan.establishedOn else { return "care plan never established" + revision }
        if established > lastDay { return "care plan established only on \(established), after the month" + revision }
        return "care plan established \(established)" + revision
    }

    private func shares() -> String {
        let byDate = plan?.shares ?? []
        if let share = byDate.filter({ $0.date <= lastDay }).max(by: { $0.date < $1.date }) {
            return "copy given \(share.date) by \(share.method.rawValue) (recorded by \(share.by))"
        }
        if let date = patient.plan.sharedOn.filter({ $0 <= lastDay }).max() {
            return "copy given \(date)"
        }
        return "no copy given to the patient on or before \(lastDay)"
    }

    private func billedElsewhere(_ gate: Gate) -> String {
        guard let mark = facts.flags?.billedElsewhere else { return "no record that another practitioner billed this month" }
        let note = mark.note.map { ": \($0)" } ?? ""
        let recorded = "another practitioner billed \(mark.billedProgram.name), recorded by \(mark.by) on \(LocalDate(mark.at, in: facts.timeZone))\(note)"
        let effect = ProgramExclusion.gate(ours: result.program, theirs: mark.billedProgram)
        if effect == gate { return recorded }
        if effect == nil { return recorded + " (\(result.program.name) may be billed beside it)" }
        return gate == .billedElsewhere
            ? "no record that another practitioner billed \(result.program.name) this month"
            : "no record that another practitioner billed a program that excludes \(result.program.name)"
    }

    private func minutes() -> String {
        let counted = "clinical \(result.clinicalMinutes) min + practitioner \(result.practitionerMinutes) min = \(result.totalMinutes) min"
            + " from \(plural(result.countingEntryIDs.count, "entry", "entries"))"
        let needs = result.program == .pcm ? "99426 and 99424 need 30" : "99490 needs 20"
        guard let set = result.recommended else { return counted + "; reaches no code (\(needs))" }
        return counted + "; reaches \(set.description) (\(set.kind.label))"
    }
}
