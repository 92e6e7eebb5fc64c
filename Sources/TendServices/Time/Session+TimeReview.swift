import Foundation
import TendDomain
import TendStore

/// A month's time review for a supervisor: overlaps to decide, and what was voided or corrected.
public struct TimeReviewView: Sendable {
    /// The month.
    public var month: YearMonth
    /// Active entries of one staff member that overlap (the same minutes counted twice).
    public var overlaps: [OverlapPair]
    /// Voided entries, oldest first (corrected ones included: see `correctedBy`).
    public var voided: [TimeEntry]
    /// Entries that replace a corrected one (`corrects` set), oldest first.
    public var corrections: [TimeEntry]
    /// Every entry of the month, voided ones included, oldest first.
    public var entries: [TimeEntry]
}

extension Session {
    /// The month's time review (supervisor or admin).
    public func timeReview(_ month: YearMonth) throws -> TimeReviewView {
        try require(.timeReview, doing: "reviewing time")
        let entries = try store.read { try store.timeEntries(month: month) }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        return TimeReviewView(month: month, overlaps: TimeOverlaps.pairs(in: entries),
                              voided: entries.filter(\.isVoided), corrections: entries.filter { $0.corrects != nil },
                              entries: entries)
    }

    /// Finds an entry by id in any month, newest month first.
    public func findEntry(_ id: EntryID) throws -> TimeEntry {
        try require(.timeShow, doing: "reading time")
        return try store.read { try locate(id) }
    }

    /// Voids an entry with a required reason; the entry stays, marked voided (who, when, why).
    /// A nurse may void only her own entries; another staff member's need a supervisor or admin
    /// (an audited denial otherwise). In a closed month it needs `amend` (supervisor): the
    /// reason is then also the amendment's.
    @discardableResult
    public func voidEntry(_ id: EntryID, reason: String, amend: Bool = false) throws -> TimeEntry {
        let original = try checkEditable(id, action: .timeVoid, amend: amend, reason: reason)
        return try store.commit(account, action: .timeVoid, patient: original.patientId.rawValue, at: now) { change in
            let entry = try locate(id)
            guard !entry.isVoided else { throw DomainError("entry \(id) is already voided") }
            let month = month(of: entry)
            var log = try store.staffMonthLog(entry.staff, month: month)
            guard let index = log.entries.firstIndex(where: { $0.id == id }) else { throw StoreError.notFound(what: "time entry \(id)") }
            log.entries[index].status = .voided(reason: reason, by: account.login, at: now)
            log.entries[index].version += 1
            log.version += 1
            try change.put(log)
            let summary = "voided \(id) (\(DurationText.format(entry.seconds)) \(entry.activity.rawValue) by \(entry.staff)): \(reason)"
            try guardClosedMonths([month], patient: entry.patientId, action: .timeVoid, summary: summary,
                                  reason: amend ? reason : nil, entries: [id], in: change)
            change.summary = summary
            change.describe(log.entries[index])
            return log.entries[index]
        }
    }

    /// Corrects an entry's start and end (and optionally its note): the original is voided with
    /// `correctedBy` pointing to the new entry, which names it in `corrects` and keeps its staff
    /// member, credential, activity and conditions. Same permissions as `voidEntry`.
    @discardableResult
    public func correctEntry(_ id: EntryID, start: Date, end: Date, note: String?, reason: String,
                             amend: Bool = false) throws -> [TimeEntry] {
        let original = try checkEditable(id, action: .timeCorrect, amend: amend, reason: reason)
        var created: [TimeEntry] = []
        try store.write(account, action: .timeCorrect, patient: original.patientId.rawValue, at: now) { change in
            let old = try locate(id)
            guard !old.isVoided else { throw DomainError("entry \(id) is voided; correct the entry that replaced it\(old.correctedBy.map { " (\($0))" } ?? "")") }
            let patient = try store.patient(old.patientId)
            let draft = TimeEntryDraft(patient: patient, staff: old.staff, credential: old.credential, start: start, end: end,
                                       activity: old.activity, note: note ?? old.note, conditions: old.conditions,
                                       source: .manual(reason: "correction of \(id): \(reason)"), recordedBy: account.login)
            created = try TimeEntryRules.makeEntries(draft, now: now, timeZone: timeZone).map {
                var part = $0
                part.corrects = id
                return part
            }
            var logs: [YearMonth: StaffMonthLog] = [:]
            let oldMonth = month(of: old)
            var oldLog = try store.staffMonthLog(old.staff, month: oldMonth)
            guard let index = oldLog.entries.firstIndex(where: { $0.id == id }) else { throw StoreError.notFound(what: "time entry \(id)") }
            oldLog.entries[index].status = .voided(reason: "corrected by \(created[0].id): \(reason)", by: account.login, at: now)
            oldLog.entries[index].correctedBy = created[0].id
            oldLog.entries[index].version += 1
            logs[oldMonth] = oldLog
            for part in created {
                let m = month(of: part)
                var log = try logs[m] ?? store.staffMonthLog(old.staff, month: m)
                if let conflict = TimeEntryRules.overlaps([part], existing: log.entries).first {
                    throw DomainError("the corrected time \(TimeEntryRules.conflictMessage(conflict, in: timeZone, patient: try? store.patient(conflict.patientId).identity)); one person cannot be counted twice for the same minutes")
                }
                log.entries.append(part)
                logs[m] = log
            }
            for (_, var log) in logs.sorted(by: { $0.key < $1.key }) {
                log.version += 1
                try change.put(log)
            }
            try change.indexTimeEntries(created)
            let length = DurationText.format(created.reduce(0) { $0 + $1.seconds })
            let summary = "corrected \(id) (\(DurationText.format(old.seconds))) by \(created.map(\.id.rawValue).joined(separator: ", ")) (\(length)): \(reason)"
            try guardClosedMonths(Set(logs.keys), patient: old.patientId, action: .timeCorrect, summary: summary,
                                  reason: amend ? reason : nil, entries: [id] + created.map(\.id), in: change)
            change.summary = summary
            change.describe(created)
        }
        return created
    }

    /// Checks the reason and, before the write, the acting account's right to edit the entry;
    /// returns the entry as read.
    private func checkEditable(_ id: EntryID, action: AuditAction, amend: Bool, reason: String) throws -> TimeEntry {
        let me = try require(action, doing: "editing time")
        let entry = try store.read { try locate(id) }
        if entry.staff != me.login {
            try requireActingForAnother(action, me: me, patient: entry.patientId) { roles in
                "entry \(id) is \(entry.staff)'s time; only a \(roles) edits another staff member's entries"
            }
        }
        try TextValidation.checkRequiredText(reason, field: "reason", maxLength: 500)
        if amend { try checkAmendment(reason, action: action, patient: entry.patientId) }
        return entry
    }

    /// The entry with this id, searching month directories newest first; call under the lock.
    func locate(_ id: EntryID) throws -> TimeEntry {
        for month in try store.monthsWithTime().reversed() {
            if let entry = try store.timeEntries(month: month).first(where: { $0.id == id }) { return entry }
        }
        throw StoreError.notFound(what: "time entry \(id)")
    }
}
