import Foundation

/// What one patient-month earns under one program: the codes billed, the payment (nil when a
/// code is not priced in the month's fee schedule) and the gates that fail.
public struct ProgramOutcome: Codable, Equatable, Sendable {
    /// The program.
    public var program: CareProgram
    /// Whether this is the program the patient was in that month (else a what-if).
    public var isCurrent: Bool
    /// Whether the what-if assumed the patient's consent for this program (``ProgramWhatIf``).
    public var assumedConsent: Bool
    /// The lines billed (empty when a gate fails).
    public var codes: [CodeLine]
    /// The payment; 0 when a gate fails; nil when the codes it would bill are unpriced.
    public var payment: Decimal?
    /// Failing gates, in the rules' order.
    public var blockers: [Gate]
    /// Codes the month would bill that the fee schedule does not price.
    public var unpricedCodes: [CPTCode]

    /// Creates an outcome.
    public init(program: CareProgram, isCurrent: Bool, assumedConsent: Bool, codes: [CodeLine], payment: Decimal?,
                blockers: [Gate], unpricedCodes: [CPTCode]) {
        self.program = program
        self.isCurrent = isCurrent
        self.assumedConsent = assumedConsent
        self.codes = codes
        self.payment = payment
        self.blockers = blockers
        self.unpricedCodes = unpricedCodes
    }

    /// The outcome of an engine result. `isPriced` says whether the month's schedule prices a
    /// code; a billable month with an unpriced code has no payment (an unpriced code never blocks
    /// billing, and it is never priced from another schedule). A month that is not billable
    /// (a gate fails, or it was marked not billed) bills nothing and pays 0.
    public init(_ result: BillingResult, isCurrent: Bool, assumedConsent: Bool, isPriced: (CPTCode) -> Bool) {
        let unpriced = result.isBillable ? Array(Set(result.codes.map(\.code).filter { !isPriced($0) })).sorted() : []
        self.init(program: result.program, isCurrent: isCurrent, assumedConsent: assumedConsent,
                  codes: result.isBillable ? result.codes : [],
                  payment: unpriced.isEmpty ? (result.isBillable ? result.payment : 0) : nil,
                  blockers: result.blockers, unpricedCodes: unpriced)
    }

    /// Whether the month bills under the program (priced or not).
    public var bills: Bool { !codes.isEmpty || payment == nil }
}

/// One patient-month under the program the patient was in and under each other program offered.
public struct ProgramMonthComparison: Codable, Equatable, Sendable {
    /// The month.
    public var month: YearMonth
    /// Whether the month was closed (its figures are final but for amendments).
    public var closed: Bool
    /// Counting minutes under the current program (C + P).
    public var minutes: Int
    /// The program the patient was in.
    public var current: ProgramOutcome
    /// The other programs the patient could be offered that month, in program order.
    public var alternatives: [ProgramOutcome]

    /// Creates a month's comparison.
    public init(month: YearMonth, closed: Bool, minutes: Int, current: ProgramOutcome, alternatives: [ProgramOutcome]) {
        self.month = month
        self.closed = closed
        self.minutes = minutes
        self.current = current
        self.alternatives = alternatives
    }

    /// The outcome under `program`: the current one, an alternative, or nil when not offered.
    public func outcome(_ program: CareProgram) -> ProgramOutcome? {
        current.program == program ? current : alternatives.first { $0.program == program }
    }

    /// Compares one evaluated patient-month: `result` is the engine's verdict under the month's
    /// program, `adjust` applies what the month's record adds to any program's verdict (a
    /// not-billed mark), and each other offered program is evaluated on ``ProgramWhatIf``.
    public static func compare(_ facts: PatientMonthFacts, result: BillingResult, closed: Bool, engine: BillingEngine,
                               isPriced: (CPTCode) -> Bool,
                               adjust: (BillingResult) -> BillingResult = { $0 }) -> ProgramMonthComparison {
        let current = facts.enrollment.program
        let alternatives = ProgramWhatIf.offered(facts.eligibility).filter { $0 != current }.map { program in
            let whatIf = ProgramWhatIf.facts(facts, as: program)
            let assumed = whatIf.patient.consents.count > facts.patient.consents.count
            return ProgramOutcome(adjust(engine.evaluate(whatIf, as: program)), isCurrent: false,
                                  assumedConsent: assumed, isPriced: isPriced)
        }
        return ProgramMonthComparison(month: facts.month, closed: closed, minutes: result.totalMinutes,
                                      current: ProgramOutcome(adjust(result), isCurrent: true, assumedConsent: false, isPriced: isPriced),
                                      alternatives: alternatives)
    }
}
