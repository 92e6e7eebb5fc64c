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
    /// last day. Flags for another patient or month are ignored. The consent that counts is one
    /// for the program evaluated (a CCM consent never lets PCM or APCM bill).
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
        let common = commonGates(facts, program: .ccm)
        let tally = tallyEntries(facts, consentDate: common.consent.effectiveDate)
        let clinicalMinutes = tally.clinicalSeconds / 60
        let practitionerMinutes = tally.practitionerSeconds / 60
        let complex = common.flags?.complex != nil
        let candidates = CodeSetCalculator(feeSchedule: feeSchedule)
            .candidates(totalMinutes: clinicalMinutes + practitionerMinutes, practitionerMinutes: practitionerMinutes,
                        complex: complex)
        var failing = common.failing
        if !facts.eligibility.isEligible { failing.insert(.notEligible) }
        return result(facts, program: .ccm, tally: tally, complex: complex, candidates: candidates,
                      failing: failing, consent: common.consent)
    }

    /// The gates every program shares (rules §5, §9): consent for `program`, revocation, the
    /// initiating visit (the program's look-back), the care plan established and shared, and
    /// another practitioner's billing (``ProgramExclusion``). Flags for another patient or month
    /// are ignored.
    func commonGates(_ facts: PatientMonthFacts, program: CareProgram)
        -> (consent: ConsentStatus, flags: PatientMonthFlags?, failing: Set<Gate>) {
        let month = facts.month
        let lastDay = month.lastDay
        let consent = ConsentStatus.evaluate(for: facts.patient, month: month, program: program)
        let flags = facts.flags.flatMap { $0.patientId == facts.patient.id && $0.month == month ? $0 : nil }
        var failing: Set<Gate> = []
        if consent.counting == nil { failing.insert(.noConsent) }
        if consent.revokedBeforeMonth { failing.insert(.consentRevoked) }
        if !InitiatingVisitRule.isSatisfied(visits: facts.patient.visits, consentDate: consent.effectiveDate ?? lastDay,
                                            program: program) {
            failing.insert(.noInitiatingVisit)
        }
        if !facts.patient.plan.isEstablished(onOrBefore: lastDay) { failing.insert(.noCarePlan) }
        if !facts.patient.plan.isShared(onOrBefore: lastDay) { failing.insert(.carePlanNotShared) }
        if let mark = flags?.billedElsewhere, let gate = ProgramExclusion.gate(ours: program, theirs: mark.billedProgram) {
            failing.insert(gate)
        }
        return (consent, flags, failing)
    }

    /// The verdict from the valid code sets and the failing gates: the set paying most is
    /// recommended (``CodeSetCalculator/recommend(_:)``); no set adds `below-threshold`; the
    /// month is billable when a set exists and no gate fails.
    func result(_ facts: PatientMonthFacts, program: CareProgram, tally: Tally, complex: Bool, candidates: [CodeSet],
                failing: Set<Gate>, consent: ConsentStatus) -> BillingResult {
        let recommended = CodeSetCalculator.recommend(candidates)
        var failing = failing
        if recommended == nil { failing.insert(.belowThreshold) }
        let blockers = Gate.allCases.filter(failing.contains)
        let billable = recommended != nil && blockers.isEmpty
        let clinicalMinutes = tally.clinicalSeconds / 60
        let practitionerMinutes = tally.practitionerSeconds / 60
        return BillingResult(
            month: facts.month, patientId: facts.patient.id,
            clinicalSeconds: tally.clinicalSeconds, practitionerSeconds: tally.practitionerSeconds,
            clinicalMinutes: clinicalMinutes, practitionerMinutes: practitionerMinutes,
            totalMinutes: clinicalMinutes + practitionerMinutes,
            complex: complex, candidates: candidates, recommended: recommended, blockers: blockers,
            isBillable: billable, codes: billable ? recommended?.lines ?? [] : [],
            payment: billable ? recommended?.payment ?? 0 : 0,
            alternatives: candidates.filter { $0 != recommended },
            consentDate: consent.effectiveDate,
            countingEntryIDs: tally.counting, excluded: tally.excluded, program: program)
    }

    struct Tally {
        var clinicalSeconds = 0
        var practitionerSeconds = 0
        var counting: [EntryID] = []
        var excluded: [ExcludedEntry] = []
    }

    /// Counts the month's entries: in the month, on or after the consent date, and (unless
    /// `excludingStays` is false, as for APCM, which has no time rule) outside inpatient stays.
    func tallyEntries(_ facts: PatientMonthFacts, consentDate: LocalDate?, excludingStays: Bool = true) -> Tally {
        let window = facts.month.interval(in: facts.timeZone)
        let consentStart = consentDate?.startInstant(in: facts.timeZone)
        let stays = excludingStays ? (facts.patient.stays ?? []).map { $0.interval(in: facts.timeZone) } : []
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
