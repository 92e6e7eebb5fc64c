import Foundation
import TendDomain
import TendStore

extension Session {
    /// Records the practitioner's judgment that a patient-month is complex (moderate or high
    /// complexity decision-making and a care plan established or substantially revised).
    /// A practitioner records it for themself; a supervisor or admin may record it on a
    /// practitioner's behalf with `practitioner`.
    @discardableResult
    public func markComplex(_ id: PatientID, month: YearMonth, practitioner: String?, complex: Bool = true,
                            amendReason: String? = nil) throws -> PatientMonthFlags {
        let me = try require(.monthComplex, patient: id, doing: "recording complexity")
        try checkAmendment(amendReason, action: .monthComplex, patient: id)
        let roster = try store.roster()
        let judge: StaffMember
        if let login = practitioner, login != me.login {
            try requireActingForAnother(.monthComplex, me: me, patient: id) { roles in
                "recording a practitioner's judgment for someone else (--as) needs the \(roles) role"
            }
            guard let member = roster.member(login), member.active else {
                throw StoreError.notFound(what: "staff member '\(TextSafety.printable(login))'")
            }
            judge = member
        } else {
            judge = me
        }
        guard judge.credential.isPractitioner else {
            throw store.deny(account, action: .monthComplex, patient: id.rawValue, at: now,
                             reason: "complexity is a practitioner's judgment; \(judge.login) is \(judge.credential.rawValue) (name the practitioner with --as)")
        }
        return try changeFlags(id, month: month, action: .monthComplex, amendReason: amendReason) { flags in
            flags.complex = complex ? ComplexMark(by: judge.login, recordedBy: me.login, at: now) : nil
            return complex ? "\(judge.login) judged \(id) complex for \(month)" : "cleared the complex mark of \(id) for \(month)"
        }
    }

    /// Records that another practitioner billed `program` (CCM unless told) for this
    /// patient-month; what that does to this practice's month follows ``ProgramExclusion``.
    @discardableResult
    public func markBilledElsewhere(_ id: PatientID, month: YearMonth, note: String?, billed: Bool = true,
                                    program: CareProgram = .ccm, amendReason: String? = nil) throws -> PatientMonthFlags {
        let me = try require(.monthBilledElsewhere, patient: id, doing: "recording billing elsewhere")
        try checkAmendment(amendReason, action: .monthBilledElsewhere, patient: id)
        if let note { try TextValidation.checkFreeText(note, field: "note", maxLength: 500) }
        return try changeFlags(id, month: month, action: .monthBilledElsewhere, amendReason: amendReason) { flags in
            flags.billedElsewhere = billed ? BilledElsewhereMark(by: me.login, at: now, note: note, program: program) : nil
            return billed ? "recorded that \(program.name) for \(id) in \(month) was billed elsewhere" : "cleared billed-elsewhere of \(id) for \(month)"
        }
    }

    /// Changes one patient-month's flags; on a closed month only as an amendment (`amendReason`).
    private func changeFlags(_ id: PatientID, month: YearMonth, action: AuditAction, amendReason: String?,
                             _ body: (inout PatientMonthFlags) -> String) throws -> PatientMonthFlags {
        return try store.commit(account, action: action, patient: id.rawValue, at: now) { change in
            _ = try store.patient(id)
            var flags = try store.monthFlags(id, month: month) ?? PatientMonthFlags(patientId: id, month: month, version: 0)
            change.summary = body(&flags)
            try guardClosedMonths([month], patient: id, action: action, summary: change.summary, reason: amendReason, in: change)
            flags.version += 1
            try change.put(flags)
            change.describe(flags)
            return flags
        }
    }
}
