import Foundation

/// What one program earned, or would have earned, for a patient over the compared months.
public struct ProgramEarnings: Codable, Equatable, Sendable {
    /// The program.
    public var program: CareProgram
    /// The sum of the priced months (a month the program was not offered in earns 0).
    public var earned: Decimal
    /// Months the program would bill with a code the month's fee schedule does not price.
    public var unpricedMonths: [YearMonth]

    /// Creates earnings.
    public init(program: CareProgram, earned: Decimal, unpricedMonths: [YearMonth]) {
        self.program = program
        self.earned = earned
        self.unpricedMonths = unpricedMonths
    }

    /// Whether every month is priced (only then can it be compared).
    public var isPriced: Bool { unpricedMonths.isEmpty }
}

/// One patient over the compared months: the program per month, what the months earned under it,
/// what each other offered program would have earned on the same documented work, and the gain
/// of the best priced alternative.
public struct PatientProgramComparison: Codable, Equatable, Sendable {
    /// The patient.
    public var patientId: PatientID
    /// The program of the latest compared month the patient was in.
    public var currentProgram: CareProgram
    /// The compared months the patient was covered in, oldest first.
    public var months: [ProgramMonthComparison]
    /// What the months earned under the programs the patient was in (a change of program
    /// during the months counts each month under its own program).
    public var earned: ProgramEarnings
    /// Every other program offered in the latest month: what the months would have earned had
    /// the patient been in it for all of them, in program order.
    public var alternatives: [ProgramEarnings]

    /// Assembles a patient's months (any order).
    public init(patientId: PatientID, months: [ProgramMonthComparison]) {
        self.patientId = patientId
        let sorted = months.sorted { $0.month < $1.month }
        self.months = sorted
        let latest = sorted.last
        let current = latest?.current.program ?? .ccm
        currentProgram = current
        earned = Self.sum(sorted.map { ($0.month, $0.current) }, program: current)
        let offered = latest.map { [$0.current.program] + $0.alternatives.map(\.program) } ?? []
        alternatives = offered.filter { $0 != current }.sorted().map { program in
            Self.sum(sorted.compactMap { month in month.outcome(program).map { (month.month, $0) } }, program: program)
        }
    }

    /// The priced alternative earning most (ties: program order), when the current earnings are
    /// priced too; nil otherwise.
    public var best: ProgramEarnings? {
        guard earned.isPriced else { return nil }
        return alternatives.filter(\.isPriced).max { ($0.earned, $1.program) < ($1.earned, $0.program) }
    }

    /// What switching to ``best`` would have earned more (negative: less); nil without a best.
    public var gain: Decimal? { best.map { $0.earned - earned.earned } }

    private static func sum(_ outcomes: [(YearMonth, ProgramOutcome)], program: CareProgram) -> ProgramEarnings {
        ProgramEarnings(program: program,
                        earned: outcomes.reduce(Decimal(0)) { $0 + ($1.1.payment ?? 0) },
                        unpricedMonths: outcomes.filter { $0.1.payment == nil }.map(\.0))
    }
}
