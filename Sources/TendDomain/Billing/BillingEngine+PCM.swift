import Foundation

extension BillingEngine {
    /// PCM (rules §9; docs/rules.md "PCM"). Minutes are counted as for CCM (the month, the time
    /// zone, the PCM consent's date, inpatient days). The valid sets are clinical-staff PCM on all
    /// minutes and practitioner PCM on practitioner minutes, alternatives of which the one paying
    /// most is recommended (``CodeSetCalculator/pcmCandidates(totalMinutes:practitionerMinutes:)``).
    /// Instead of CCM's two-category eligibility, the enrollment's condition must be on the
    /// problem list and on the chronic list (`no-pcm-condition`).
    func evaluatePCM(_ facts: PatientMonthFacts) -> BillingResult {
        let common = commonGates(facts, program: .pcm)
        let tally = tallyEntries(facts, consentDate: common.consent.effectiveDate)
        let clinicalMinutes = tally.clinicalSeconds / 60
        let practitionerMinutes = tally.practitionerSeconds / 60
        let candidates = CodeSetCalculator(feeSchedule: feeSchedule)
            .pcmCandidates(totalMinutes: clinicalMinutes + practitionerMinutes, practitionerMinutes: practitionerMinutes)
        var failing = common.failing
        if Self.pcmCondition(facts) == nil { failing.insert(.noPCMCondition) }
        return result(facts, program: .pcm, tally: tally, complex: common.flags?.complex != nil,
                      candidates: candidates, failing: failing, consent: common.consent)
    }

    /// The PCM condition of the facts' enrollment when it qualifies: named, on the patient's
    /// problem list, and in a chronic-condition category; nil otherwise.
    public static func pcmCondition(_ facts: PatientMonthFacts) -> ICD10Code? {
        guard let condition = facts.enrollment.condition, facts.patient.conditions.contains(condition),
              facts.eligibility.categories.contains(where: { $0.codes.contains(condition) }) else { return nil }
        return condition
    }
}
