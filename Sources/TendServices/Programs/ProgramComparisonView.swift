import Foundation
import TendDomain

/// One patient's row of the program comparison: who they are and how their programs compare.
public struct ProgramComparisonRow: Sendable {
    /// The patient, as in the latest compared month they were covered in.
    public var patient: Patient
    /// The months under the current program and the others offered.
    public var comparison: PatientProgramComparison
}

/// A compared month: which it is and whether it was closed.
public struct ComparedMonth: Sendable, Equatable {
    /// The month.
    public var month: YearMonth
    /// Whether it was closed (an open month's figures move as time is logged).
    public var closed: Bool
    /// The fee schedule it is priced with.
    public var feeSchedule: String
}

/// The program comparison over the last months (docs/rules.md, "Comparing programs").
public struct ProgramComparisonView: Sendable {
    /// The practice.
    public var practice: String
    /// The compared months, oldest first; the last is the month asked for.
    public var months: [ComparedMonth]
    /// One row per patient covered in any of the months (enrolled, or with time), by name.
    public var rows: [ProgramComparisonRow]
    /// The practice's totals and the patients who would gain, most first.
    public var totals: ProgramComparisonTotals

    /// The assumptions every figure rests on, in words (reports print them).
    public static let assumptions = [
        "Each other program is evaluated on the same documented work: the same time entries, calls, visits, care plan and flags.",
        "The consent counting for the patient's program is assumed obtained for the other program on the same date, with its disclosures; a month without a counting consent earns nothing under any program.",
        "Every gate other than consent is judged as recorded: a gate that fails under the other program still fails.",
        "CCM is offered with two or more chronic categories, PCM with at least one (on the enrollment's condition, else the chronic condition the month's time addressed most), APCM always (its tier by chronic categories and QMB).",
        "A month marked not billed earns nothing under any program.",
        "A code the month's fee schedule does not price makes the month unpriced: it is not counted and the patient is not ranked.",
    ]

    /// The rows of the patients who would gain from a switch, most gain first.
    public var gainers: [ProgramComparisonRow] {
        let byID = Dictionary(rows.map { ($0.patient.id, $0) }, uniquingKeysWith: { first, _ in first })
        return totals.gainers.compactMap { byID[$0] }
    }
}
