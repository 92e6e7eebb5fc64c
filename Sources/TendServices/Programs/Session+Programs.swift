import Foundation
import TendDomain
import TendStore

/// A patient's programs as `tend program show` and the workstation present them.
public struct ProgramOverview: Sendable {
    /// The patient.
    public var patient: Patient
    /// The month looked at (the current month in the practice's time zone).
    public var month: YearMonth
    /// The enrollment in force that month (CCM when the patient has no history).
    public var enrollment: ProgramEnrollment
    /// The history, oldest effective month first; empty when the patient was never moved off CCM.
    public var history: [ProgramEnrollment]
    /// The consent position for the month's program.
    public var consent: ConsentStatus
    /// The latest consent on file for the month's program (counting or not), if any.
    public var consentOnFile: Consent?
    /// What stops the month from billing, in the table's order; empty when it bills.
    public var blockers: [Gate]
}

extension Session {
    /// Enrolls a patient in a program from a month on (rules §9; docs/rules.md "Programs and
    /// enrollment"). PCM names one chronic condition of the problem list, the others none; a
    /// change that would reach a closed month is refused, naming the month; a request for the
    /// program already in force that month writes nothing (the outcome says so); an entry for a
    /// month already in the history replaces it (the audit record keeps the replaced entry).
    @discardableResult
    public func setProgram(_ id: PatientID, _ request: ProgramChangeRequest) throws -> ProgramChangeOutcome {
        let me = try require(.programSet, patient: id, doing: "changing a patient's program")
        if let reason = request.reason { try TextValidation.checkFreeText(reason, field: "reason", maxLength: 200) }
        let cleaned = ProgramChangeRequest(program: request.program, from: request.from, condition: request.condition,
                                           reason: request.reason.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 })
        // A request that changes nothing is answered without a write (and without an audit record).
        let preview = try store.read { () throws -> ProgramChangeOutcome in
            var patient = try store.patient(id)
            return try ProgramChangeRule.apply(cleaned, to: &patient, by: me.login, at: now, table: conditionTable)
        }
        if case .alreadyInForce = preview { return preview }
        return try store.commit(account, action: .programSet, patient: id.rawValue, at: now) { change in
            var patient = try store.patient(id)
            let previous = patient
            let outcome = try ProgramChangeRule.apply(cleaned, to: &patient, by: me.login, at: now, table: conditionTable)
            guard case .changed(let entry, let replaced) = outcome else {
                throw DomainError("\(patient.messageText): \(cleaned.program.name) is already in force for \(cleaned.from) (changed meanwhile by someone else); nothing was written")
            }
            try refuseClosedMonths(reachedBy: entry, history: previous.programHistory)
            patient.version += 1
            try change.put(patient, replacing: previous)
            change.summary = "enrolled \(id) in \(entry.shortLabel) from \(entry.from)"
                + " (was \(previous.enrollment(in: entry.from).shortLabel))"
                + (replaced.map { "; replaces the \($0.shortLabel) entry for \($0.from) recorded by \($0.by)" } ?? "")
            change.describe(ProgramChangeRecord(enrollment: entry, replaced: replaced))
            return outcome
        }
    }

    /// Refuses an entry whose months (from its effective month until the next later entry) hold
    /// a closed month: a program change never alters a closed month's billing (only months before
    /// the current one can be closed).
    private func refuseClosedMonths(reachedBy entry: ProgramEnrollment, history: [ProgramEnrollment]) throws {
        let nextEntry = history.first { $0.from > entry.from }?.from
        var closed: [YearMonth] = []
        var month = entry.from
        while month < currentMonth, nextEntry.map({ month < $0 }) ?? true {
            if try store.monthClose(month).isClosed { closed.append(month) }
            month = month.next
        }
        guard let last = closed.last else { return }
        let named = closed.count == 1 ? "\(last) is closed" : "\(closed.map(\.description).joined(separator: ", ")) are closed"
        throw DomainError("\(named): a program change from \(entry.from) would change \(closed.count == 1 ? "its" : "their") billing; "
                          + "choose a month after \(last) (--from \(last.next)), or have an admin reopen the month first")
    }

    /// The programs of a patient: the history, the program in force in the current month, the
    /// consent on file for it and what stops the month from billing. Read-only.
    public func programOverview(_ id: PatientID) throws -> ProgramOverview {
        try require(.patientShow, patient: id, doing: "reading patients")
        try ensureIndexes()
        let month = currentMonth
        let (facts, result, _) = try judge(id, month: month, amendment: false)
        let patient = facts.patient
        let program = facts.enrollment.program
        return ProgramOverview(
            patient: patient, month: month, enrollment: facts.enrollment, history: patient.programHistory,
            consent: ConsentStatus.evaluate(for: patient, month: month, program: program),
            consentOnFile: patient.consents.last { $0.program == program },
            blockers: result.blockers)
    }
}

/// What the audit record of a program change holds: the new entry and the one it replaced.
struct ProgramChangeRecord: Encodable {
    var enrollment: ProgramEnrollment
    var replaced: ProgramEnrollment?
}
