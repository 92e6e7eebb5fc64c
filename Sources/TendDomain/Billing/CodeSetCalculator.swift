import Foundation

/// Turns minutes into the valid code sets under a fee schedule: CCM's A, B and Cp (rules §4) and
/// PCM's staff and practitioner sets (rules §9, ``pcmCandidates(totalMinutes:practitionerMinutes:)``).
/// No rounding.
public struct CodeSetCalculator: Sendable {
    /// The schedule giving amounts and max units.
    public let feeSchedule: FeeSchedule

    /// Creates a calculator.
    public init(feeSchedule: FeeSchedule) {
        self.feeSchedule = feeSchedule
    }

    /// Every valid set, in the order A, B, Cp.
    /// A on `totalMinutes`; B on `totalMinutes` only when `complex`; Cp on `practitionerMinutes`.
    public func candidates(totalMinutes: Int, practitionerMinutes: Int, complex: Bool) -> [CodeSet] {
        [
            set(Self.a, minutes: totalMinutes),
            complex ? set(Self.b, minutes: totalMinutes) : nil,
            set(Self.cp, minutes: practitionerMinutes),
        ].compactMap { $0 }
    }

    /// The total-minute counts, ascending, at which set A (or B, when `complex`) appears or
    /// gains an add-on unit under this schedule. Between two of them the candidates for a fixed
    /// practitioner count do not change, so neither does the recommended payment.
    public func totalMinuteSteps(complex: Bool) -> [Int] {
        var steps: Set<Int> = []
        for rule in complex ? [Self.a, Self.b] : [Self.a] where feeSchedule.fee(for: rule.base).maxUnits >= 1 {
            for units in 0...max(0, feeSchedule.fee(for: rule.addOn).maxUnits) {
                steps.insert(rule.threshold + units * rule.step)
            }
        }
        return steps.sorted()
    }

    /// PCM's valid sets (rules §9), staff first: 99426 (+99427 per further full 30 min) on
    /// `totalMinutes` (clinical-staff time, practitioner time counting as staff time, as for
    /// CCM's set A), and 99424 (+99425 per further full 30 min) on `practitionerMinutes`. The two
    /// are alternatives, never billed together in a month.
    public func pcmCandidates(totalMinutes: Int, practitionerMinutes: Int) -> [CodeSet] {
        [set(Self.pcmStaff, minutes: totalMinutes), set(Self.pcmPractitioner, minutes: practitionerMinutes)]
            .compactMap { $0 }
    }

    /// The total-minute counts, ascending, at which PCM's staff set appears or gains an add-on
    /// unit under this schedule.
    public func pcmTotalMinuteSteps() -> [Int] {
        let rule = Self.pcmStaff
        guard maxUnits(rule.base) >= 1 else { return [] }
        return (0...max(0, maxUnits(rule.addOn))).map { rule.threshold + $0 * rule.step }
    }

    /// Most units of `code` a month may bill: the schedule's, or, for a PCM, APCM or TCM code the
    /// schedule does not list at all (a schedule written before those programs), 1 for a base
    /// code and 2 for an add-on, as CCM's add-ons.
    public func maxUnits(_ code: CPTCode) -> Int {
        if let fee = feeSchedule.fees[code] { return fee.maxUnits }
        return code.family == .ccm ? 0 : (code.isAddOn ? 2 : 1)
    }

    /// The set paying most; ties go to the kind declared first (A, B, Cp, then PCM's staff and
    /// practitioner sets).
    public static func recommend(_ candidates: [CodeSet]) -> CodeSet? {
        let order = CodeSetKind.allCases
        return candidates
            .sorted { order.firstIndex(of: $0.kind)! < order.firstIndex(of: $1.kind)! }
            .reduce(nil as CodeSet?) { best, next in
                guard let best else { return next }
                return next.payment > best.payment ? next : best
            }
    }

    /// One way of billing: its base code from `threshold` minutes, one add-on unit per further `step`.
    private struct Rule {
        let kind: CodeSetKind
        let base: CPTCode
        let addOn: CPTCode
        let threshold: Int
        let step: Int
    }

    private static let a = Rule(kind: .nonComplex, base: .c99490, addOn: .c99439, threshold: 20, step: 20)
    private static let b = Rule(kind: .complex, base: .c99487, addOn: .c99489, threshold: 60, step: 30)
    private static let cp = Rule(kind: .practitioner, base: .c99491, addOn: .c99437, threshold: 30, step: 30)
    private static let pcmStaff = Rule(kind: .pcmStaff, base: .c99426, addOn: .c99427, threshold: 30, step: 30)
    private static let pcmPractitioner = Rule(kind: .pcmPractitioner, base: .c99424, addOn: .c99425, threshold: 30, step: 30)

    private func set(_ rule: Rule, minutes: Int) -> CodeSet? {
        guard minutes >= rule.threshold, maxUnits(rule.base) >= 1 else { return nil }
        let addOnUnits = min((minutes - rule.threshold) / rule.step, maxUnits(rule.addOn))
        var lines = [CodeLine(code: rule.base, units: 1)]
        if addOnUnits > 0 { lines.append(CodeLine(code: rule.addOn, units: addOnUnits)) }
        let payment = lines.reduce(Decimal(0)) { $0 + feeSchedule.fee(for: $1.code).amount * Decimal($1.units) }
        return CodeSet(kind: rule.kind, lines: lines, payment: payment)
    }
}
