import Foundation

extension BillingEngine {
    /// PCM (rules §9). The engine part of issue 10 replaces this placeholder, which evaluates
    /// the month as CCM and blocks it.
    func evaluatePCM(_ facts: PatientMonthFacts) -> BillingResult {
        var result = evaluateCCM(facts)
        result.program = .pcm
        result.blockers.append(.programExcluded)
        result.isBillable = false
        result.codes = []
        result.payment = 0
        return result
    }
}
