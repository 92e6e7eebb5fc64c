import Foundation

/// A request to enroll a patient in a program from a month on (`tend program set`).
public struct ProgramChangeRequest: Equatable, Sendable {
    /// The program.
    public var program: CareProgram
    /// The first month it applies to.
    public var from: YearMonth
    /// PCM only: the one high-risk condition the program manages.
    public var condition: ICD10Code?
    /// Optional reason, one line.
    public var reason: String?

    /// Creates a request.
    public init(program: CareProgram, from: YearMonth, condition: ICD10Code? = nil, reason: String? = nil) {
        self.program = program
        self.from = from
        self.condition = condition
        self.reason = reason
    }
}

/// What a program change does to a patient's program history.
public enum ProgramChangeOutcome: Equatable, Sendable {
    /// The program (and for PCM its condition) already applies from that month: nothing is written.
    case alreadyInForce(ProgramEnrollment)
    /// A new history entry; `replacing` is the entry for the same month that it replaces.
    case changed(ProgramEnrollment, replacing: ProgramEnrollment?)
}

/// The rules of a program change (rules §9, docs/rules.md "Programs and enrollment"). One
/// program per patient-month holds by construction: the history maps each month to exactly one
/// entry (the latest effective on or before it), and an entry for a month already in the history
/// replaces the earlier one instead of standing beside it.
public enum ProgramChangeRule {
    /// Checks `request` against the patient's problem list and history and, when it changes
    /// anything, applies it to `patient.programs`. Throws a `DomainError` naming what is wrong:
    /// PCM without a condition, or with one that is not a chronic condition on the problem list;
    /// a condition given for CCM or APCM.
    public static func apply(_ request: ProgramChangeRequest, to patient: inout Patient, by login: String,
                             at now: Date, table: ChronicConditionTable) throws -> ProgramChangeOutcome {
        try checkCondition(request, patient: patient, table: table)
        let inForce = patient.enrollment(in: request.from)
        if inForce.program == request.program && inForce.condition == request.condition {
            return .alreadyInForce(inForce)
        }
        let entry = ProgramEnrollment(program: request.program, from: request.from, condition: request.condition,
                                      by: login, recordedAt: now, reason: request.reason)
        let replaced = patient.programHistory.last { $0.from == request.from }
        var history = patient.programHistory.filter { $0.from != request.from }
        history.append(entry)
        patient.programs = history.sorted { $0.from < $1.from }
        return .changed(entry, replacing: replaced)
    }

    /// PCM names one chronic condition on the problem list; the other programs take none.
    static func checkCondition(_ request: ProgramChangeRequest, patient: Patient, table: ChronicConditionTable) throws {
        let problemList = patient.conditions.map(\.rawValue).joined(separator: " ")
        guard request.program == .pcm else {
            if let code = request.condition {
                throw DomainError("a condition (\(code)) is named only for PCM; \(request.program.name) manages every chronic condition on the problem list, leave the condition out")
            }
            return
        }
        guard let code = request.condition else {
            let chronic = patient.conditions.filter { table.category(for: $0) != nil }.map(\.rawValue)
            throw DomainError("PCM needs the one high-risk condition it manages, a chronic condition on the problem list"
                              + (chronic.isEmpty ? " (this patient has none)" : " (one of: \(chronic.joined(separator: ", ")))"))
        }
        guard patient.conditions.contains(code) else {
            throw DomainError("\(code) is not on the problem list (\(problemList.isEmpty ? "empty" : problemList)); add it to the problem list first")
        }
        guard table.category(for: code) != nil else {
            throw DomainError("\(code) is not on the chronic-condition list; PCM manages a chronic condition expected to last at least 3 months")
        }
    }
}

extension ProgramEnrollment {
    /// The program as a header shows it: `CCM`, `APCM`, or `PCM I10` (with its condition).
    public var shortLabel: String {
        guard program == .pcm, let condition else { return program.name }
        return "\(program.name) \(condition)"
    }
}
