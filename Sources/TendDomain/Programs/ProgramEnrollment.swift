import Foundation

/// One entry in a patient's program history: from `from` on (until a later entry), the patient's
/// care management is billed under `program`. Stores written before programs existed have no
/// history; every patient there is CCM (``Patient/programHistory``).
public struct ProgramEnrollment: Codable, Equatable, Sendable {
    /// The program.
    public var program: CareProgram
    /// The first month the program applies to.
    public var from: YearMonth
    /// For PCM: the one high-risk condition the program manages (on the problem list).
    public var condition: ICD10Code?
    /// Login of the person who recorded the change.
    public var by: String
    /// When it was recorded.
    public var recordedAt: Date
    /// Optional reason, one line.
    public var reason: String?

    /// Creates an enrollment entry.
    public init(program: CareProgram, from: YearMonth, condition: ICD10Code? = nil, by: String,
                recordedAt: Date, reason: String? = nil) {
        self.program = program
        self.from = from
        self.condition = condition
        self.by = by
        self.recordedAt = recordedAt
        self.reason = reason
    }
}

extension Patient {
    /// The program history, oldest effective month first (record order breaks ties: the later
    /// record wins). Empty for a patient never moved off the default.
    public var programHistory: [ProgramEnrollment] {
        (programs ?? []).enumerated()
            .sorted { ($0.element.from, $0.offset) < ($1.element.from, $1.offset) }
            .map(\.element)
    }

    /// The enrollment that applies to `month`: the latest entry effective on or before it, or
    /// CCM when there is none (every patient of a store older than programs is CCM).
    public func enrollment(in month: YearMonth) -> ProgramEnrollment {
        programHistory.last { $0.from <= month }
            ?? ProgramEnrollment(program: .ccm, from: month, by: "", recordedAt: createdAt)
    }

    /// The program that applies to `month`.
    public func program(in month: YearMonth) -> CareProgram { enrollment(in: month).program }
}
