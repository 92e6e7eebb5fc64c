import Foundation

extension BillingEngine {
    /// APCM (rules §9). The engine part of issue 10 replaces this placeholder, which evaluates
    /// the month as CCM and blocks it.
    func evaluateAPCM(_ facts: PatientMonthFacts) -> BillingResult {
        var result = evaluateCCM(facts)
        result.program = .apcm
        result.blockers.append(.programExcluded)
        result.isBillable = false
        result.codes = []
        result.payment = 0
        return result
    }
}
