import Foundation

/// Turns minutes into the valid code sets A, B and Cp under a fee schedule (rules §4). No rounding.
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

    /// The set paying most; ties go to the earlier of A, B, Cp.
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

    private func set(_ rule: Rule, minutes: Int) -> CodeSet? {
        guard minutes >= rule.threshold, feeSchedule.fee(for: rule.base).maxUnits >= 1 else { return nil }
        let addOnUnits = min((minutes - rule.threshold) / rule.step, feeSchedule.fee(for: rule.addOn).maxUnits)
        var lines = [CodeLine(code: rule.base, units: 1)]
        if addOnUnits > 0 { lines.append(CodeLine(code: rule.addOn, units: addOnUnits)) }
        let payment = lines.reduce(Decimal(0)) { $0 + feeSchedule.fee(for: $1.code).amount * Decimal($1.units) }
        return CodeSet(kind: rule.kind, lines: lines, payment: payment)
    }
}
