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
            set(.nonComplex, base: .c99490, addOn: .c99439, minutes: totalMinutes, threshold: 20, step: 20),
            complex ? set(.complex, base: .c99487, addOn: .c99489, minutes: totalMinutes, threshold: 60, step: 30) : nil,
            set(.practitioner, base: .c99491, addOn: .c99437, minutes: practitionerMinutes, threshold: 30, step: 30),
        ].compactMap { $0 }
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

    private func set(_ kind: CodeSetKind, base: CPTCode, addOn: CPTCode, minutes: Int, threshold: Int, step: Int) -> CodeSet? {
        guard minutes >= threshold, feeSchedule.fee(for: base).maxUnits >= 1 else { return nil }
        let addOnUnits = min((minutes - threshold) / step, feeSchedule.fee(for: addOn).maxUnits)
        var lines = [CodeLine(code: base, units: 1)]
        if addOnUnits > 0 { lines.append(CodeLine(code: addOn, units: addOnUnits)) }
        let payment = lines.reduce(Decimal(0)) { $0 + feeSchedule.fee(for: $1.code).amount * Decimal($1.units) }
        return CodeSet(kind: kind, lines: lines, payment: payment)
    }
}
