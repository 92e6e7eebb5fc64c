import Foundation

/// The next minute count at which a patient-month would bill more (rules §4).
public enum NextThreshold {
    /// The smallest total above the current one at which the recommended payment grows, assuming
    /// the added minutes are clinical-staff minutes (practitioner minutes unchanged); nil when
    /// every set is at its maximum units.
    public static func after(_ result: BillingResult, feeSchedule: FeeSchedule) -> Int? {
        let calculator = CodeSetCalculator(feeSchedule: feeSchedule)
        let current = result.recommended?.payment ?? 0
        let limit = result.totalMinutes + 60 + 30 * max(0, feeSchedule.fee(for: .c99489).maxUnits)
        // The recommended payment only changes where a set appears or gains a unit, so trying
        // the next minute and then those steps finds what trying every minute up to `limit` finds.
        let next = result.totalMinutes + 1
        let steps = calculator.totalMinuteSteps(complex: result.complex).filter { $0 > next && $0 <= limit }
        for minutes in [next] + steps where minutes <= limit {
            let sets = calculator.candidates(totalMinutes: minutes, practitionerMinutes: result.practitionerMinutes,
                                             complex: result.complex)
            if let best = CodeSetCalculator.recommend(sets), best.payment > current { return minutes }
        }
        return nil
    }
}
