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
        case .noConsent: return consent()
        case .consentRevoked: return revocation()
        case .noInitiatingVisit: return visit()
        case .noCarePlan: return carePlan()
        case .carePlanNotShared: return shares()
        case .billedElsewhere: return billedElsewhere()
        case .programExcluded: return "\(result.program.name) is excluded for this patient-month"
        case .noServiceDocumented: return "no time entry counted and no call reached the patient this month"
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
        return "\(c.program.name) \(c.method.rawValue) consent \(c.date), obtained by \(c.obtainedBy)"
            + ", for billing practitioner \(c.billingPractitioner ?? "none")"
            + "; disclosures given: \(given.isEmpty ? "none" : given)"
    }

    private func consent() -> String {
        let status = ConsentStatus.evaluate(for: patient, month: facts.month)
        if let counting = status.counting { return Self.consentText(counting) }
        let program = facts.enrollment.program
        guard let latest = patient.consents.last(where: { $0.program == program && $0.date <= lastDay }) else {
            let others = Set(patient.consents.filter { $0.program != program && $0.date <= lastDay }.map(\.program)).sorted()
            return "no \(program.name) consent recorded on or before \(lastDay)"
                + (others.isEmpty ? "" : " (a consent for \(others.map(\.name).joined(separator: ", ")) does not count for \(program.name))")
        }
        var why: [String] = []
        if latest.declined { why.append("declined") }
        if !latest.missingDisclosures.isEmpty {
            why.append("missing disclosures: " + latest.missingDisclosures.map(\.rawValue).joined(separator: ", "))
        }
        if latest.billingPractitioner != patient.billingPractitioner {
            why.append("given for \(latest.billingPractitioner ?? "no practitioner"), but the billing practitioner is \(patient.billingPractitioner ?? "none")")
        }
        return "latest \(program.name) consent does not count (\(why.joined(separator: "; "))): " + Self.consentText(latest)
    }

    private func revocation() -> String {
        let status = ConsentStatus.evaluate(for: patient, month: facts.month)
        guard let revoked = status.counting?.revokedOn else { return "not revoked" }
        return "revoked on \(revoked), effective at the end of \(revoked.yearMonth)"
    }

    private func visit() -> String {
        let anchor = result.consentDate ?? lastDay
        let basis = result.consentDate == nil ? "the month's last day (no counting consent)" : "consent \(anchor)"
        let found = InitiatingVisitRule.qualifyingVisits(patient.visits, consentDate: anchor)
        if let visit = found.first {
            return "\(visit.kind.rawValue) visit \(visit.date), within the 12 months up to \(basis)"
        }
        let onFile = patient.visits.sorted { $0.date < $1.date }.map(\.description).joined(separator: ", ")
        return "no AWV, IPPE or E/M visit from \(anchor.adding(months: -12)) to \(anchor) (\(basis)); visits on file: \(onFile.isEmpty ? "none" : onFile)"
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

    private func billedElsewhere() -> String {
        guard let mark = facts.flags?.billedElsewhere else { return "no record that another practitioner billed this month" }
        let note = mark.note.map { ": \($0)" } ?? ""
        return "recorded by \(mark.by) on \(LocalDate(mark.at, in: facts.timeZone))\(note)"
    }

    private func minutes() -> String {
        let counted = "clinical \(result.clinicalMinutes) min + practitioner \(result.practitionerMinutes) min = \(result.totalMinutes) min"
            + " from \(plural(result.countingEntryIDs.count, "entry", "entries"))"
        guard let set = result.recommended else { return counted + "; reaches no code (99490 needs 20)" }
        return counted + "; reaches \(set.description) (\(set.kind.label))"
    }
}
