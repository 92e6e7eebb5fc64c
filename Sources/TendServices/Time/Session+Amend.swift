import Foundation
import TendDomain
import TendStore

extension Session {
    /// Checks, before any write, that an amendment (a non-nil reason) is asked for by a role the
    /// permission table lets amend a closed month with `action` (an audited denial otherwise)
    /// and that the reason is clean text.
    func checkAmendment(_ reason: String?, action: AuditAction, patient: PatientID?) throws {
        guard let reason else { return }
        guard let amenders = Permissions.rule(for: action).amendingClosedMonth else {
            preconditionFailure("the permission table lets no one amend a closed month with \(action.rawValue)")
        }
        try require(amenders, action: action, patient: patient, doing: "amending a closed month")
        try TextValidation.checkRequiredText(reason, field: "amendment reason", maxLength: 500)
    }

    /// Inside a write: for every closed month among `months`, refuses the change unless it is an
    /// amendment (`reason` set), and records the amendment in that month's close record.
    /// Open months pass unchanged. Returns the amendments recorded.
    @discardableResult
    func guardClosedMonths(_ months: Set<YearMonth>, patient: PatientID, action: AuditAction, summary: String,
                           reason: String?, entries: [EntryID] = [], in change: any ChangeSet) throws -> [MonthAmendment] {
        var recorded: [MonthAmendment] = []
        for month in months.sorted() {
            var close = try store.monthClose(month)
            guard close.isClosed else { continue }
            guard let reason else {
                let by = close.lastClose.map { " by \($0.by) on \(LocalDate($0.at, in: timeZone))" } ?? ""
                throw DomainError("\(month) is closed\(by): a change to its entries or flags is an amendment; a supervisor repeats it with --amend --reason TEXT (or an admin reopens the month)")
            }
            recorded.append(close.amend(patient, action: action, summary: summary, reason: reason,
                                        by: account.login, at: now, entries: entries))
            close.version += 1
            try change.put(close)
        }
        return recorded
    }

    /// The month of an entry (entries are stored split at local month ends).
    func month(of entry: TimeEntry) -> YearMonth { LocalDate(entry.start, in: timeZone).yearMonth }
}
