import Foundation

/// The next minute count at which a patient-month would bill more (rules §4, §9).
public enum NextThreshold {
    /// The smallest total above the current one at which the recommended payment grows, assuming
    /// the added minutes are clinical-staff minutes (practitioner minutes unchanged); nil when
    /// every set is at its maximum units, and always nil for APCM, which has no time threshold
    /// (``hasThresholds(_:)``). For PCM, a step that adds a unit at an equal payment counts
    /// too, so that a schedule still without PCM amounts names the next code.
    public static func after(_ result: BillingResult, feeSchedule: FeeSchedule) -> Int? {
        switch result.program {
        case .ccm: return ccmAfter(result, feeSchedule: feeSchedule)
        case .pcm: return pcmAfter(result, feeSchedule: feeSchedule)
        case .apcm: return nil
        }
    }

    /// Whether minutes move the program's codes at all: false for APCM.
    public static func hasThresholds(_ program: CareProgram) -> Bool { program != .apcm }

    private static func ccmAfter(_ result: BillingResult, feeSchedule: FeeSchedule) -> Int? {
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

    private static func pcmAfter(_ result: BillingResult, feeSchedule: FeeSchedule) -> Int? {
        let calculator = CodeSetCalculator(feeSchedule: feeSchedule)
        let current = result.recommended
        let units = { (set: CodeSet?) in set?.lines.reduce(0) { $0 + $1.units } ?? 0 }
        for minutes in calculator.pcmTotalMinuteSteps() where minutes > result.totalMinutes {
            let sets = calculator.pcmCandidates(totalMinutes: minutes, practitionerMinutes: result.practitionerMinutes)
            guard let best = CodeSetCalculator.recommend(sets) else { continue }
            let payment = current?.payment ?? 0
            if best.payment > payment || (best.payment == payment && units(best) > units(current)) { return minutes }
        }
        return nil
    }
}
