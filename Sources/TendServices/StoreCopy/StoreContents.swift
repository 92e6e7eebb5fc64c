import Foundation
import TendDomain
import TendStore

/// Every record of a store, read in one read so that they belong to whole commits: what a copy
/// writes, and what it compares afterwards.
struct StoreContents: Equatable {
    var roster: StaffRoster
    var feeSchedules: [FeeSchedule]
    var patients: [Patient]
    var plans: [CarePlan]
    var timeLogs: [StaffMonthLog]
    var callLogs: [CallLog]
    var flags: [PatientMonthFlags]
    var closes: [MonthClose]
    var snapshots: [ClosedMonthSnapshot]
    var timers: [RunningTimer]
    /// The months that hold any record.
    var months: [YearMonth]

    /// Reads every record (call inside the store's `read`).
    static func read(from store: any RecordStore) throws -> StoreContents {
        let patients = try store.allPatients().sorted { $0.id.rawValue < $1.id.rawValue }
        let months = try store.monthsWithRecords()
        var contents = StoreContents(
            roster: try store.roster(),
            feeSchedules: try store.feeScheduleYears().compactMap { try store.feeSchedule(year: $0) },
            patients: patients,
            plans: try patients.map { try store.plan($0.id) }.filter { $0.version > 0 },
            timeLogs: [], callLogs: [], flags: [], closes: [], snapshots: [],
            timers: try store.allTimers().sorted { $0.staff < $1.staff },
            months: months)
        for month in months {
            contents.timeLogs += try store.staffMonthLogs(month: month).sorted { $0.staff < $1.staff }
            contents.callLogs += try store.callLogs(month: month).sorted { $0.staff < $1.staff }
            contents.flags += try store.monthFlags(month: month).values.sorted { $0.patientId.rawValue < $1.patientId.rawValue }
            let close = try store.monthClose(month)
            if close != MonthClose(month: month) { contents.closes.append(close) }
            if let snapshot = try store.closedSnapshot(month) { contents.snapshots.append(snapshot) }
        }
        return contents
    }

    /// Stages every record in a change.
    func write(to change: any ChangeSet) throws {
        try change.put(roster)
        for schedule in feeSchedules { try change.put(schedule, year: try Self.year(of: schedule)) }
        for patient in patients { try change.put(patient, replacing: nil) }
        for plan in plans { try change.put(plan) }
        for log in timeLogs { try change.put(log) }
        try change.indexTimeEntries(timeLogs.flatMap(\.entries))
        for log in callLogs { try change.put(log) }
        for flag in flags { try change.put(flag) }
        for close in closes { try change.put(close) }
        for snapshot in snapshots { try change.put(snapshot) }
        for timer in timers { try change.put(timer) }
    }

    private static func year(of schedule: FeeSchedule) throws -> Int {
        guard let year = schedule.year else { throw StoreError.invalid("a fee schedule of the source has no year") }
        return year
    }

    /// How many records of each kind, for people.
    var counts: StoreCounts {
        StoreCounts(staff: roster.members.count, feeSchedules: feeSchedules.count, patients: patients.count, plans: plans.count,
                    timeEntries: timeLogs.reduce(0) { $0 + $1.entries.count },
                    callAttempts: callLogs.reduce(0) { $0 + $1.attempts.count }, monthFlags: flags.count,
                    closedMonths: closes.count, snapshots: snapshots.count, timers: timers.count)
    }

    /// The kinds of records that differ between two stores' contents, for people.
    func differences(from other: StoreContents) -> [String] {
        var found: [String] = []
        if roster != other.roster { found.append("the staff roster") }
        if feeSchedules != other.feeSchedules { found.append("the fee schedules") }
        if patients != other.patients { found.append("patients") }
        if plans != other.plans { found.append("care plans") }
        if timeLogs != other.timeLogs { found.append("time entries") }
        if callLogs != other.callLogs { found.append("call logs") }
        if flags != other.flags { found.append("month flags") }
        if closes != other.closes { found.append("month closes") }
        if snapshots != other.snapshots { found.append("closed-month snapshots") }
        if timers != other.timers { found.append("running timers") }
        if months != other.months { found.append("the months with records") }
        return found
    }
}

/// How many records of each kind a store holds.
public struct StoreCounts: Equatable, Sendable, CustomStringConvertible {
    public var staff, feeSchedules, patients, plans, timeEntries, callAttempts, monthFlags, closedMonths, snapshots, timers: Int

    public var description: String {
        "\(patients) patients, \(plans) care plans, \(timeEntries) time entries, \(callAttempts) call attempts, "
            + "\(monthFlags) month flags, \(closedMonths) month-close records, \(snapshots) closed-month snapshots, "
            + "\(timers) running timers, \(staff) staff, \(feeSchedules) fee schedules"
    }
}
