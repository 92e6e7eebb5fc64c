import Foundation

/// The seed's revenue projection (patients × rate × 12) for one program: the patients enrolled
/// in it and the monthly rate each would bill at the base code of their program.
public struct ProgramProjection: Codable, Equatable, Sendable {
    /// The program.
    public var program: CareProgram
    /// Patients enrolled in it in the month.
    public var patients: Int
    /// Patients per base code, in code order, with the code's amount (nil: unpriced, those
    /// patients are not projected).
    public var byCode: [Part]
    /// Σ priced patients × their base code's amount × 12.
    public var yearly: Decimal

    /// The patients of one base code.
    public struct Part: Codable, Equatable, Sendable {
        /// The code.
        public var code: CPTCode
        /// Patients billed at it.
        public var patients: Int
        /// Its amount in the fee schedule; nil when the schedule does not price it.
        public var amount: Decimal?
        /// The amount is a shipped default the practice has not confirmed (rules §8).
        public var unconfirmed: Bool = false
    }

    /// `CCM: 3 × 99490 $60.49 × 12 = $2,177.64`; unpriced codes say so and count nothing.
    public var text: String {
        let parts = byCode.map { part in
            "\(part.patients) \u{00D7} \(part.code.rawValue) "
                + (part.amount.map { Money.format($0) + (part.unconfirmed ? " unconfirmed" : "") } ?? "unpriced")
        }
        return "\(program.name): " + (parts.isEmpty ? "no patient" : parts.joined(separator: " + ")) + " \u{00D7} 12 = \(Money.format(yearly))"
    }

    /// Whether a code of the program is unpriced.
    public var hasUnpriced: Bool { byCode.contains { $0.amount == nil } }

    /// The code a patient's month bills at its simplest under `program`: 99490 for CCM, 99426
    /// (clinical staff's first 30 minutes) for PCM, and for APCM the tier of the patient's chronic
    /// categories and QMB status (G0556 with fewer than two, G0557 with two or more, G0558 with
    /// two or more and QMB).
    public static func baseCode(_ program: CareProgram, chronicCategories: Int, qmb: Bool) -> CPTCode {
        switch program {
        case .ccm: return .c99490
        case .pcm: return .c99426
        case .apcm: return APCMTier.code(categories: chronicCategories, qmb: qmb)
        }
    }

    /// Projects the enrolled patients, each given as their program and base code.
    public static func make(_ enrolled: [(program: CareProgram, code: CPTCode)], schedule: FeeSchedule) -> [ProgramProjection] {
        CareProgram.allCases.map { program in
            let codes = enrolled.filter { $0.program == program }.map(\.code)
            let parts = CPTCode.allCases.compactMap { code -> Part? in
                let patients = codes.filter { $0 == code }.count
                return patients > 0 ? Part(code: code, patients: patients, amount: schedule.comparisonAmount(of: code),
                                           unconfirmed: schedule.fee(for: code).status == .unconfirmed) : nil
            }
            let yearly = parts.reduce(Decimal(0)) { $0 + Decimal($1.patients) * ($1.amount ?? 0) } * 12
            return ProgramProjection(program: program, patients: codes.count, byCode: parts, yearly: yearly)
        }
    }
}
