import Foundation
import TendDomain
import TendStore

/// One patient's pre-claim checklist in a month.
public struct PatientChecklist: Sendable {
    /// The patient (as frozen at close for a closed month).
    public var patient: Patient
    /// Every gate with its evidence, and the disposition.
    public var checklist: ClaimChecklist
    /// The month's amendments about this patient.
    public var amendments: [MonthAmendment]
}

/// The month-close view: every covered patient's checklist and the month's close record.
public struct MonthChecklistView: Sendable {
    /// The month.
    public var month: YearMonth
    /// State, history, not-billed marks, amendments.
    public var close: MonthClose
    /// One checklist per patient, sorted by name.
    public var patients: [PatientChecklist]

    /// Patient-months that block the close.
    public var blocked: [PatientChecklist] { patients.filter { $0.checklist.disposition == .blocked } }
}

extension Session {
    /// The pre-claim checklist of a month (of one patient when `patient` is given): every gate
    /// of rules §5 with its evidence, and what close does with each patient-month.
    public func monthChecklist(_ month: YearMonth, patient: PatientID? = nil) throws -> MonthChecklistView {
        try require(.monthChecklist, patient: patient, doing: "reading the month-close checklist")
        return try store.read { try checklist(month, patient: patient) }
    }

    /// Builds the checklist; call under the store's lock.
    func checklist(_ month: YearMonth, patient: PatientID?) throws -> MonthChecklistView {
        let inputs = try MonthInputs.read(store, month: month)
        var covered = inputs.covered
        if let patient {
            guard let one = inputs.patients.first(where: { $0.id == patient }) else {
                throw StoreError.notFound(what: "patient \(patient)")
            }
            covered = [one]
        }
        let endOfMonth = month.interval(in: timeZone).end.addingTimeInterval(-1)
        let lists = try evaluate(inputs, patients: covered).map { item in
            let plan = try store.plan(item.facts.patient.id).asOf(endOfMonth)
            let checklist = ClaimChecklist.build(facts: item.facts, result: item.result, plan: plan,
                                                 notBilled: inputs.notBilled(item.facts.patient.id))
            return PatientChecklist(patient: item.facts.patient, checklist: checklist,
                                    amendments: inputs.amendments(of: item.facts.patient.id))
        }
        return MonthChecklistView(month: month, close: inputs.close, patients: Self.byName(lists, patient: \.patient))
    }

    /// Closes a month (supervisor). Refused while the month has not ended, while a stopwatch
    /// that started before its end still runs, or while a patient-month reaches a code but fails
    /// a gate (`MonthCloseBlocked` lists them). Freezes the patient records and fee schedule the
    /// month is billed on.
    @discardableResult
    public func closeMonth(_ month: YearMonth) throws -> MonthClose {
        let me = try require(.monthClose, doing: "closing a month")
        guard month < currentMonth else {
            throw DomainError("\(month) has not ended yet (today is \(today)); a month is closed after its last day")
        }
        return try store.commit(account, action: .monthClose, at: now) { change in
            let view = try checklist(month, patient: nil)
            guard !view.close.isClosed else { throw DomainError("\(month) is already closed") }
            let end = month.interval(in: timeZone).end
            let running = try store.allTimers().filter { $0.startedAt < end }
            guard running.isEmpty else {
                throw DomainError("\(month) cannot be closed while these stopwatches started in it still run: "
                                  + running.map { timer in
                                      let who = (try? store.patient(timer.patientId)).map(\.messageText)
                                      return "\(timer.staff) (\(who ?? "patient \(timer.patientId)"))"
                                  }.joined(separator: ", ")
                                  + "; stop or discard them first")
            }
            let blocked = view.blocked.map {
                MonthCloseBlocked.Blocker(patientId: $0.patient.id, name: $0.patient.name.displayName, gates: $0.checklist.result.blockers,
                                          identity: $0.patient.identity, program: $0.checklist.result.program)
            }
            guard blocked.isEmpty else { throw MonthCloseBlocked(month: month, blockers: blocked) }
            var close = view.close
            close.state = .closed
            close.events.append(MonthCloseEvent(kind: .close, by: me.login, at: now))
            close.version += 1
            let snapshot = ClosedMonthSnapshot(month: month, closedAt: now, feeSchedule: try store.feeSchedule(),
                                               patients: try store.allPatients())
            try change.put(close)
            try change.put(snapshot)
            let billable = view.patients.filter { $0.checklist.disposition == .billable }
            let payment = billable.reduce(Decimal(0)) { $0 + $1.checklist.result.payment }
            change.summary = "closed \(month): \(billable.count) billable, expected \(Money.format(payment)); "
                + "\(view.patients.count - billable.count) not billed (\(close.notBilled.count) by decision)"
            change.describe(close)
            return close
        }
    }

    /// Reopens a closed month (admin), with a required reason; audited. The frozen facts are
    /// dropped: the month is evaluated on current records again until it is closed anew.
    @discardableResult
    public func reopenMonth(_ month: YearMonth, reason: String) throws -> MonthClose {
        let me = try require(.monthReopen, doing: "reopening a closed month")
        try TextValidation.checkRequiredText(reason, field: "reason", maxLength: 500)
        return try store.commit(account, action: .monthReopen, at: now) { change in
            var close = try store.monthClose(month)
            guard close.isClosed else { throw DomainError("\(month) is not closed") }
            close.state = .open
            close.events.append(MonthCloseEvent(kind: .reopen, by: me.login, at: now, reason: reason))
            close.version += 1
            try change.put(close)
            try change.removeClosedSnapshot(month)
            change.summary = "reopened \(month): \(reason)"
            change.describe(close)
            return close
        }
    }

    /// Marks a patient-month "not billed" with a reason (supervisor), or clears the mark with a
    /// nil reason. On a closed month this is itself an amendment, recorded with the same reason.
    @discardableResult
    public func markNotBilled(_ id: PatientID, month: YearMonth, reason: String?) throws -> MonthClose {
        let me = try require(.monthNotBilled, patient: id, doing: "marking a patient-month not billed")
        if let reason { try TextValidation.checkRequiredText(reason, field: "reason", maxLength: 500) }
        return try store.commit(account, action: .monthNotBilled, patient: id.rawValue, at: now) { change in
            _ = try store.patient(id)
            var close = try store.monthClose(month)
            let summary = reason.map { "marked \(id) not billed for \(month): \($0)" } ?? "cleared the not-billed mark of \(id) for \(month)"
            if close.isClosed {
                close.amend(id, action: .monthNotBilled, summary: summary,
                            reason: reason ?? "not-billed mark cleared", by: me.login, at: now)
            }
            close.setNotBilled(id, reason: reason, by: me.login, at: now)
            close.version += 1
            try change.put(close)
            change.summary = summary
            change.describe(close.notBilled(id))
            return close
        }
    }

    /// Marks several patient-months of `month` not billed with one reason, in one audited commit
    /// (supervisor): all are marked or none is. A mark already there takes the new reason; in a
    /// closed month each mark is also an amendment with the reason.
    @discardableResult
    public func markNotBilled(_ ids: [PatientID], month: YearMonth, reason: String) throws -> MonthClose {
        let me = try require(.monthNotBilled, doing: "marking patient-months not billed")
        try TextValidation.checkRequiredText(reason, field: "reason", maxLength: 500)
        let chosen = Array(Set(ids)).sorted()
        guard !chosen.isEmpty else { throw DomainError("no patient-months chosen to mark not billed") }
        return try store.commit(account, action: .monthNotBilled, patient: chosen.count == 1 ? chosen[0].rawValue : nil, at: now) { change in
            for id in chosen { _ = try store.patient(id) }
            var close = try store.monthClose(month)
            for id in chosen {
                if close.isClosed {
                    close.amend(id, action: .monthNotBilled, summary: "marked \(id) not billed for \(month): \(reason)",
                                reason: reason, by: me.login, at: now)
                }
                close.setNotBilled(id, reason: reason, by: me.login, at: now)
            }
            close.version += 1
            try change.put(close)
            change.summary = "marked \(plural(chosen.count, "patient-month")) not billed for \(month): \(reason) ("
                + chosen.map(\.rawValue).joined(separator: " ") + ")"
            change.describe(chosen.compactMap { close.notBilled($0) })
            return close
        }
    }
}
