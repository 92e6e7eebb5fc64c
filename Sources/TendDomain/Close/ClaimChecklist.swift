import Foundation

/// One gate of the pre-claim checklist with its result and the evidence behind it.
public struct ChecklistItem: Codable, Equatable, Sendable {
    /// The gate (rules §5).
    public var gate: Gate
    /// Whether the gate passes.
    public var passed: Bool
    /// What the record shows, in words (dates, who, which codes).
    public var evidence: String

    /// Creates an item.
    public init(gate: Gate, passed: Bool, evidence: String) {
        self.gate = gate
        self.passed = passed
        self.evidence = evidence
    }
}

/// What month close does with a patient-month.
public enum CloseDisposition: String, Codable, CaseIterable, Sendable {
    /// Every gate passes: the codes go on a claim.
    case billable
    /// The minutes reach no code: simply not billed.
    case belowThreshold = "below-threshold"
    /// Someone recorded that another practitioner billed the month (the same program, or one
    /// that excludes it): not billed, already decided.
    case billedElsewhere = "billed-elsewhere"
    /// APCM: no care-management service documented in the month: simply not billed.
    case noService = "no-service-documented"
    /// A supervisor marked the patient-month not billed, with a reason.
    case notBilled = "not-billed"
    /// The minutes reach a code but a gate fails: blocks the close until fixed or marked not billed.
    case blocked
}

/// The pre-claim checklist of one patient-month: every gate with its evidence, and what close
/// does with it.
public struct ClaimChecklist: Codable, Equatable, Sendable {
    /// The patient.
    public var patientId: PatientID
    /// The month.
    public var month: YearMonth
    /// Every gate of the month's program (``Gate/gates(for:)``) in the rules' order.
    public var items: [ChecklistItem]
    /// The engine's verdict.
    public var result: BillingResult
    /// The supervisor's not-billed decision, if any.
    public var notBilled: NotBilledMark?
    /// What close does with the patient-month.
    public var disposition: CloseDisposition

    /// Creates a checklist.
    public init(patientId: PatientID, month: YearMonth, items: [ChecklistItem], result: BillingResult,
                notBilled: NotBilledMark?, disposition: CloseDisposition) {
        self.patientId = patientId
        self.month = month
        self.items = items
        self.result = result
        self.notBilled = notBilled
        self.disposition = disposition
    }

    /// The failing gates that block the close (empty unless `disposition` is `.blocked`).
    public var blocking: [Gate] { disposition == .blocked ? result.blockers : [] }

    /// Decides the disposition: billable unless marked not billed; below threshold (or, for
    /// APCM, no documented service) is not billed; a recorded billing elsewhere (of the same
    /// program, or of one that excludes it) is a decision already taken; any other failing gate
    /// with a month that has something to bill blocks.
    public static func disposition(_ result: BillingResult, notBilled: NotBilledMark?) -> CloseDisposition {
        if notBilled != nil { return .notBilled }
        if result.isBillable { return .billable }
        if result.recommended == nil { return .belowThreshold }
        if result.blockers.contains(.noServiceDocumented) { return .noService }
        if result.blockers.contains(.billedElsewhere) || result.blockers.contains(.programExcluded) { return .billedElsewhere }
        return .blocked
    }

    /// Builds the checklist from the facts the engine evaluated, its result, the care plan as
    /// it stood at the month's end (nil when unknown) and the not-billed mark.
    public static func build(facts: PatientMonthFacts, result: BillingResult, plan: CarePlan?,
                             notBilled: NotBilledMark?) -> ClaimChecklist {
        let evidence = ChecklistEvidence(facts: facts, result: result, plan: plan)
        let items = Gate.gates(for: result.program).map { gate in
            ChecklistItem(gate: gate, passed: !result.blockers.contains(gate), evidence: evidence.text(for: gate))
        }
        return ClaimChecklist(patientId: facts.patient.id, month: facts.month, items: items, result: result,
                              notBilled: notBilled, disposition: disposition(result, notBilled: notBilled))
    }
}
