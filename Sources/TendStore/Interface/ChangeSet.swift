import Foundation
import TendDomain

/// The records one commit writes or removes, and what its audit record says about them; handed
/// to the body of ``RecordStore/write(_:action:patient:at:_:)``. Each record goes in by its
/// type: where and how it is kept, and the indexes that follow it, are the store's business.
public protocol ChangeSet: AnyObject {
    /// The one-line human summary for the audit record.
    var summary: String { get set }
    /// The patient concerned, when it becomes known inside the change.
    var patient: String? { get set }
    /// A bulk change (a demo store, a large import): the store may make its many records
    /// durable together; it is exactly as durable when acknowledged.
    var bulk: Bool { get set }

    /// Records the change itself in the audit record (the new or changed records).
    func describe<T: Encodable>(_ change: T)

    /// Writes the staff roster.
    func put(_ roster: StaffRoster) throws
    /// Writes the fee schedule of `year`, replacing the one the store had for that year; the
    /// schedule is kept with `year` as its year.
    func put(_ schedule: FeeSchedule, year: Int) throws
    /// Writes a patient; `previous` is the record as read in this change (nil for a new
    /// patient), so that the lookups by MRN and by care manager follow.
    func put(_ patient: Patient, replacing previous: Patient?) throws
    /// Writes a patient's care plan.
    func put(_ plan: CarePlan) throws
    /// Writes one staff member's time for one month.
    func put(_ log: StaffMonthLog) throws
    /// Makes the lookups of time by patient and month follow new or moved entries (several
    /// calls in one change add up).
    func indexTimeEntries(_ entries: [TimeEntry]) throws
    /// Writes one staff member's call log for one month.
    func put(_ log: CallLog) throws
    /// Writes one patient-month's flags.
    func put(_ flags: PatientMonthFlags) throws
    /// Writes a staff member's running timer.
    func put(_ timer: RunningTimer) throws
    /// Removes a staff member's running timer.
    func removeTimer(of login: String)
    /// Writes a month's close record.
    func put(_ close: MonthClose) throws
    /// Writes the facts a month was closed on, replacing any earlier snapshot of that month.
    func put(_ snapshot: ClosedMonthSnapshot) throws
    /// Removes a month's snapshot (the month is reopened).
    func removeClosedSnapshot(_ month: YearMonth) throws
}
