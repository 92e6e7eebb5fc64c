import Foundation
import TendDomain
import TendStore

extension Session {
    /// Records a hospital or SNF stay (rules §9; docs/rules.md "Stays and care transitions"):
    /// time on its days stops counting toward CCM and PCM, and its discharge opens a care
    /// transition. Refuses a discharge after today and a stay sharing a day with another of the
    /// patient's stays. Imports (FHIR encounters) call this with their own `source`; a stay
    /// already recorded with the same dates is refused as an overlap, so an import that may run
    /// twice compares with ``stays(_:)`` first.
    @discardableResult
    public func addStay(_ id: PatientID, _ draft: StayDraft) throws -> InpatientStay {
        let me = try require(.stayAdd, patient: id, doing: "recording a stay")
        try TextValidation.checkRequiredText(draft.source, field: "source", maxLength: 200)
        var generator = SystemRandomNumberGenerator()
        let facility = draft.facility?.trimmingCharacters(in: .whitespaces)
        let stay = try InpatientStay(id: InpatientStay.newID(using: &generator), kind: draft.kind, admit: draft.admit,
                                     discharge: draft.discharge, facility: facility?.isEmpty == true ? nil : facility,
                                     source: draft.source, recordedBy: me.login, recordedAt: now)
        let day = today
        return try store.commit(account, action: .stayAdd, patient: id.rawValue, at: now) { change in
            var patient = try store.patient(id)
            let previous = patient
            try StayRules.checkNew(stay, today: day, existing: patient.stays ?? [])
            patient.stays = (patient.stays ?? []) + [stay]
            patient.version += 1
            try change.put(patient, replacing: previous)
            change.summary = "recorded a \(stay.kind.label) stay of \(id) from \(stay.admit) to \(stay.discharge) (\(stay.source ?? "manual"))"
            change.describe(stay)
            return stay
        }
    }

    /// The patient's stays with their transitions judged today.
    public func stays(_ id: PatientID) throws -> PatientTransitions {
        try require(.stayList, patient: id, doing: "reading stays")
        let patient = try store.patient(id)
        return PatientTransitions(patient: patient, transitions: TransitionRules.evaluate(patient, today: today))
    }

    /// Every patient with a transition whose 30-day period is not over or whose TCM is still
    /// pending, not closed: the supervisor's open transitions, the next deadline first.
    public func openTransitions() throws -> [PatientTransitions] {
        try require(.stayList, doing: "reading open transitions")
        return Self.openTransitions(try store.read { try store.allPatients() }, today: today)
    }

    /// The open transitions of `patients` on `day`, the next deadline first.
    static func openTransitions(_ patients: [Patient], today day: LocalDate) -> [PatientTransitions] {
        patients.filter { !($0.stays ?? []).isEmpty }.compactMap { patient -> PatientTransitions? in
            let open = TransitionRules.evaluate(patient, today: day).filter { Self.isOpen($0, today: day) }
            return open.isEmpty ? nil : PatientTransitions(patient: patient, transitions: open)
        }.sorted { (Self.nextDue($0), $0.patient.name.sortKey, $0.patient.id.rawValue)
            < (Self.nextDue($1), $1.patient.name.sortKey, $1.patient.id.rawValue) }
    }

    /// Open: not closed, and TCM still pending or the 30-day period not over.
    public static func isOpen(_ status: TransitionStatus, today: LocalDate) -> Bool {
        if case .closed = status.outcome { return false }
        return status.outcome == .pending || today <= status.deadlines.periodEnd
    }

    private static func nextDue(_ item: PatientTransitions) -> LocalDate {
        item.transitions.compactMap(\.openDeadline?.due).min() ?? item.transitions.map(\.deadlines.periodEnd).min()!
    }

    /// Records the transition's interactive contact. `entry` optionally names the time entry
    /// documenting it (the patient's, on that date, not voided): its minutes then count toward
    /// TCM only, not CCM or PCM.
    @discardableResult
    public func recordTransitionContact(_ id: PatientID, stay stayID: String, date: LocalDate,
                                        entry: EntryID? = nil) throws -> TransitionStatus {
        try require(.stayTransition, patient: id, doing: "recording a transition contact")
        let zone = timeZone
        return try changeTransition(id, stay: stayID, action: .stayTransition) { stay, day in
            try StayRules.checkContact(date, stay: stay, today: day)
            if let entry {
                let found = try store.timeEntries(month: date.yearMonth, patients: [id]).first { $0.id == entry }
                guard let found, found.patientId == id, !found.isVoided else {
                    throw DomainError("no active time entry \(entry) of this patient in \(date.yearMonth)")
                }
                guard LocalDate(found.start, in: zone) == date else {
                    throw DomainError("time entry \(entry) starts on \(LocalDate(found.start, in: zone)), not on the contact date \(date)")
                }
            }
            stay.transition.contactDate = date
            stay.transition.contactEntry = entry
            return "recorded the TCM contact of \(id) for stay \(stay.id) on \(date)" + (entry.map { " (entry \($0))" } ?? "")
        }
    }

    /// Records the transition's face-to-face visit with its decision-making complexity. The
    /// practitioner defaults to the acting account when it is a practitioner, else to the
    /// patient's billing practitioner; it must be an active practitioner. Refused when the
    /// visit's month is closed (its claims are frozen; docs/rules.md).
    @discardableResult
    public func recordTransitionVisit(_ id: PatientID, stay stayID: String, date: LocalDate,
                                      complexity: DecisionComplexity, practitioner: String?) throws -> TransitionStatus {
        let me = try require(.stayTransition, patient: id, doing: "recording a transition visit")
        let roster = try store.read { try store.roster() }
        return try changeTransition(id, stay: stayID, action: .stayTransition) { stay, day in
            try StayRules.checkVisit(date, stay: stay, today: day)
            // The TCM is billed in the visit's month; a closed month's claims are frozen.
            if try store.monthClose(date.yearMonth).isClosed {
                throw DomainError("\(date.yearMonth) is closed: a TCM visit dated in it would not reach its claims; an admin reopens it first (tend month reopen \(date.yearMonth) --reason TEXT)")
            }
            let patient = try store.patient(id)
            let login = practitioner ?? (me.credential.isPractitioner ? me.login : patient.billingPractitioner)
            guard let login else {
                throw DomainError("name the practitioner who saw the patient (--practitioner LOGIN): the patient has no billing practitioner")
            }
            guard let member = roster.member(login), member.active else {
                throw StoreError.notFound(what: "staff member '\(TextSafety.printable(login))'")
            }
            guard member.credential.isPractitioner else {
                throw DomainError("the TCM visit is a practitioner's; \(login) is \(member.credential.rawValue)")
            }
            stay.transition.visitDate = date
            stay.transition.complexity = complexity
            stay.transition.practitioner = login
            return "recorded the TCM visit of \(id) for stay \(stay.id) on \(date) by \(login), \(complexity.rawValue) complexity"
        }
    }

    /// Closes a transition without TCM (readmitted, died, declined, moved away), with a reason.
    @discardableResult
    public func closeTransition(_ id: PatientID, stay stayID: String, reason: String) throws -> TransitionStatus {
        try require(.stayClose, patient: id, doing: "closing a transition")
        let text = reason.trimmingCharacters(in: .whitespaces)
        return try changeTransition(id, stay: stayID, action: .stayClose) { stay, day in
            let patient = try store.patient(id)
            let status = TransitionRules.evaluate(patient, today: day).first { $0.stay.id == stay.id }!
            try StayRules.checkClose(text, status: status)
            stay.transition.closedReason = text
            return "closed the transition of \(id) for stay \(stay.id): \(text)"
        }
    }

    /// Changes one stay's transition record and returns its status judged today.
    private func changeTransition(_ id: PatientID, stay stayID: String, action: AuditAction,
                                  _ body: (inout InpatientStay, LocalDate) throws -> String) throws -> TransitionStatus {
        let day = today
        return try store.commit(account, action: action, patient: id.rawValue, at: now) { change in
            var patient = try store.patient(id)
            let previous = patient
            let key = stayID.uppercased()
            guard var stays = patient.stays, let index = stays.firstIndex(where: { $0.id == key }) else {
                throw StoreError.notFound(what: "stay '\(TextSafety.printable(stayID))' of \(patient.messageText)")
            }
            change.summary = try body(&stays[index], day)
            patient.stays = stays
            patient.version += 1
            try change.put(patient, replacing: previous)
            change.describe(stays[index])
            return TransitionRules.evaluate(patient, today: day).first { $0.stay.id == key }!
        }
    }
}
