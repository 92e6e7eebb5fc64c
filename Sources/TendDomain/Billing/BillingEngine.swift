import Foundation

/// Decides what a patient-month can bill (rules §4-§5).
public struct BillingEngine: Sendable {
    /// The practice's fee schedule.
    public let feeSchedule: FeeSchedule

    /// Creates an engine.
    public init(feeSchedule: FeeSchedule) {
        self.feeSchedule = feeSchedule
    }

    /// Evaluates one patient-month.
    ///
    /// Counting time: active entries of this patient inside the month, less any part on a local
    /// date before the counting consent's date (all time counts toward the totals when there is
    /// no counting consent, so screens can show it; the `no-consent` gate blocks billing).
    /// When there is no counting consent the initiating-visit gate is judged against the month's
    /// last day. Flags for another patient or month are ignored.
    public func evaluate(_ facts: PatientMonthFacts) -> BillingResult {
        evaluate(facts, as: facts.enrollment.program)
    }

    /// Evaluates one patient-month as if it were billed under `program` (the program comparison
    /// uses this for the programs the patient is not enrolled in).
    public func evaluate(_ facts: PatientMonthFacts, as program: CareProgram) -> BillingResult {
        switch program {
        case .ccm: return evaluateCCM(facts)
        case .pcm: return evaluatePCM(facts)
        case .apcm: return evaluateAPCM(facts)
        }
    }

    /// CCM (rules §4-§5).
    func evaluateCCM(_ facts: PatientMonthFacts) -> BillingResult {
        let month = facts.month
        let lastDay = month.lastDay
        let consent = ConsentStatus.evaluate(for: facts.patient, month: month)
        let tally = tallyEntries(facts, consentDate: consent.effectiveDate)
        let clinicalMinutes = tally.clinicalSeconds / 60
        let practitionerMinutes = tally.practitionerSeconds / 60
        let total = clinicalMinutes + practitionerMinutes
        let flags = facts.flags.flatMap { $0.patientId == facts.patient.id && $0.month == month ? $0 : nil }
        let complex = flags?.complex != nil

        let candidates = CodeSetCalculator(feeSchedule: feeSchedule)
            .candidates(totalMinutes: total, practitionerMinutes: practitionerMinutes, complex: complex)
        let recommended = CodeSetCalculator.recommend(candidates)

        var failing: Set<Gate> = []
        if !facts.eligibility.isEligible { failing.insert(.notEligible) }
        if consent.counting == nil { failing.insert(.noConsent) }
        if consent.revokedBeforeMonth { failing.insert(.consentRevoked) }
        if !InitiatingVisitRule.isSatisfied(visits: facts.patient.visits, consentDate: consent.effectiveDate ?? lastDay) {
            failing.insert(.noInitiatingVisit)
        }
        if !facts.patient.plan.isEstablished(onOrBefore: lastDay) { failing.insert(.noCarePlan) }
        if !facts.patient.plan.isShared(onOrBefore: lastDay) { failing.insert(.carePlanNotShared) }
        if flags?.billedElsewhere != nil { failing.insert(.billedElsewhere) }
        if recommended == nil { failing.insert(.belowThreshold) }
        let blockers = Gate.allCases.filter(failing.contains)

        let billable = recommended != nil && blockers.isEmpty
        return BillingResult(
            month: month, patientId: facts.patient.id,
            clinicalSeconds: tally.clinicalSeconds, practitionerSeconds: tally.practitionerSeconds,
            clinicalMinutes: clinicalMinutes, practitionerMinutes: practitionerMinutes, totalMinutes: total,
            complex: complex, candidates: candidates, recommended: recommended, blockers: blockers,
            isBillable: billable, codes: billable ? recommended?.lines ?? [] : [],
            payment: billable ? recommended?.payment ?? 0 : 0,
            alternatives: candidates.filter { $0 != recommended },
            consentDate: consent.effectiveDate,
            countingEntryIDs: tally.counting, excluded: tally.excluded, program: .ccm)
    }

    struct Tally {
        var clinicalSeconds = 0
        var practitionerSeconds = 0
        var counting: [EntryID] = []
        var excluded: [ExcludedEntry] = []
    }

    func tallyEntries(_ facts: PatientMonthFacts, consentDate: LocalDate?) -> Tally {
        let window = facts.month.interval(in: facts.timeZone)
        let consentStart = consentDate?.startInstant(in: facts.timeZone)
        let stays = (facts.patient.stays ?? []).map { $0.interval(in: facts.timeZone) }
        let tcmContacts = Set((facts.patient.stays ?? []).compactMap(\.transition.contactEntry))
        var tally = Tally()
        for entry in facts.entries.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
            if entry.patientId != facts.patient.id {
                tally.excluded.append(ExcludedEntry(entryID: entry.id, reason: .otherPatient, seconds: entry.seconds))
                continue
            }
            if entry.isVoided {
                tally.excluded.append(ExcludedEntry(entryID: entry.id, reason: .voided, seconds: entry.seconds))
                continue
            }
            if tcmContacts.contains(entry.id) {
                tally.excluded.append(ExcludedEntry(entryID: entry.id, reason: .tcmContact, seconds: entry.seconds))
                continue
            }
            let inMonthStart = max(entry.start, window.start)
            let inMonthEnd = min(entry.end, window.end)
            let inMonth = seconds(from: inMonthStart, to: inMonthEnd)
            if inMonth < entry.seconds {
                tally.excluded.append(ExcludedEntry(entryID: entry.id, reason: .outsideMonth, seconds: entry.seconds - inMonth))
            }
            let countStart = consentStart.map { max(inMonthStart, $0) } ?? inMonthStart
            let afterConsent = seconds(from: countStart, to: inMonthEnd)
            if afterConsent < inMonth {
                tally.excluded.append(ExcludedEntry(entryID: entry.id, reason: .beforeConsent, seconds: inMonth - afterConsent))
            }
            let inpatient = inpatientSeconds(from: countStart, to: inMonthEnd, stays: stays)
            if inpatient > 0 {
                tally.excluded.append(ExcludedEntry(entryID: entry.id, reason: .inpatient, seconds: inpatient))
            }
            let counted = afterConsent - inpatient
            guard counted > 0 else { continue }
            tally.counting.append(entry.id)
            switch entry.bucket {
            case .clinicalStaff: tally.clinicalSeconds += counted
            case .practitioner: tally.practitionerSeconds += counted
            }
        }
        return tally
    }

    /// Seconds of [start, end) inside any of `stays` (stays may overlap; each second counts once).
    private func inpatientSeconds(from start: Date, to end: Date, stays: [(start: Date, end: Date)]) -> Int {
        guard start < end, !stays.isEmpty else { return 0 }
        let clipped = stays.compactMap { stay -> (Date, Date)? in
            let from = max(start, stay.start), to = min(end, stay.end)
            return from < to ? (from, to) : nil
        }.sorted { $0.0 < $1.0 }
        var total = 0
        var cursor = start
        for (from, to) in clipped where to > cursor {
            total += seconds(from: max(from, cursor), to: to)
            cursor = to
        }
        return total
    }

    private func seconds(from start: Date, to end: Date) -> Int {
        max(0, Int((end.timeIntervalSince1970 - start.timeIntervalSince1970).rounded(.down)))
    }
}
