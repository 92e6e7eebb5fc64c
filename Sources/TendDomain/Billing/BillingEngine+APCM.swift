import Foundation

extension BillingEngine {
    /// APCM (rules §9; docs/rules.md "APCM"). No time threshold: the month bills its tier
    /// (``APCMTier``) when the APCM consent, the initiating visit (3-year look-back), the care plan
    /// established and shared, and another practitioner's billing allow it, and at least one
    /// care-management service is documented in the month: a time entry that counts (on or after
    /// the consent date; APCM has no inpatient-time rule, so stay days count here) or a call that
    /// reached the patient (`no-service-documented`). Minutes are still counted, for the record.
    func evaluateAPCM(_ facts: PatientMonthFacts) -> BillingResult {
        let common = commonGates(facts, program: .apcm)
        let tally = tallyEntries(facts, consentDate: common.consent.effectiveDate, excludingStays: false)
        let code = APCMTier.code(categories: facts.eligibility.categories.count, qmb: facts.patient.qmb == true)
        let tier = CodeSet(kind: .apcm, lines: [CodeLine(code: code, units: 1)], payment: feeSchedule.fee(for: code).amount)
        var failing = common.failing
        if tally.counting.isEmpty && facts.reachedCalls == 0 { failing.insert(.noServiceDocumented) }
        return result(facts, program: .apcm, tally: tally, complex: common.flags?.complex != nil,
                      candidates: [tier], failing: failing, consent: common.consent)
    }
}
