import Foundation
import PostgresNIO
import TendDomain
import TendStore

/// The typed reads of the PostgreSQL store: each record is one row's JSON, decoded the way the
/// file store decodes its files (many at once: in parallel).
extension PostgresStore {
    /// The JSON documents a query returns (its first column), decoded; `name` names a damaged one.
    /// Types the store's reader does not read (time entries) are decoded a batch per
    /// JSONDecoder call, as the file store decodes a staff member's month file in one call.
    func documents<T: Decodable & Sendable>(_ type: T.Type, _ query: PostgresQuery, name: String) throws -> [T] {
        let texts = try run(query).map { try $0.decode(String.self) }
        if texts.count < 64 {
            return try StoreRecordDecoding.decodeAll(T.self, from: texts[...], name: name)
        }
        let batches = min(texts.count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 4)
        let size = (texts.count + batches - 1) / batches
        return try Parallel.map(batches) { batch -> [T] in
            let range = min(texts.count, batch * size)..<min(texts.count, (batch + 1) * size)
            return try StoreRecordDecoding.decodeAll(T.self, from: texts[range], name: name)
        }.flatMap { $0 }
    }

    /// One JSON document, or nil when the query finds no row.
    func document<T: Decodable & Sendable>(_ type: T.Type, _ query: PostgresQuery, name: String) throws -> T? {
        try documents(type, query, name: name).first
    }

    public func roster() throws -> StaffRoster {
        guard let roster = try document(StaffRoster.self, "SELECT doc::text FROM tend_roster WHERE id = 1", name: "tend_roster") else {
            throw StoreError.notFound(what: "the staff roster")
        }
        return roster
    }

    public func feeSchedule(year: Int) throws -> FeeSchedule? {
        try document(FeeSchedule.self, "SELECT doc::text FROM fee_schedules WHERE year = \(year)", name: "fee_schedules/\(year)")
    }

    public func feeScheduleYears() throws -> [Int] {
        try run("SELECT year FROM fee_schedules ORDER BY year").map { try $0.decode(Int.self) }
    }

    public func findPatient(_ id: PatientID) throws -> Patient? {
        try document(Patient.self, "SELECT doc::text FROM patients WHERE id = \(id.rawValue)", name: "patients/\(id.rawValue)")
    }

    public func patients(_ ids: [PatientID]) throws -> [Patient] {
        guard !ids.isEmpty else { return [] }
        let found = try documents(Patient.self, "SELECT doc::text FROM patients WHERE id = ANY(\(ids.map(\.rawValue))::text[])", name: "patients")
        let byID = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return try ids.map { id in
            guard let patient = byID[id] else { throw StoreError.notFound(what: "patient \(id)") }
            return patient
        }
    }

    public func allPatients() throws -> [Patient] {
        try documents(Patient.self, "SELECT doc::text FROM patients ORDER BY id", name: "patients")
    }

    public func patientsEverEnrolled(orIn also: Set<PatientID>) throws -> [Patient] {
        try documents(Patient.self, """
            SELECT doc::text FROM patients WHERE ever_enrolled OR id = ANY(\(also.map(\.rawValue))::text[]) ORDER BY id
            """, name: "patients")
    }

    public func patients(bornOn dates: Set<LocalDate>) throws -> [Patient] {
        guard !dates.isEmpty else { return [] }
        return try documents(Patient.self, """
            SELECT doc::text FROM patients WHERE birth_date = ANY(\(dates.map(\.description))::text[]::date[]) ORDER BY id
            """, name: "patients").filter { dates.contains($0.dateOfBirth) }
    }

    public func patients(excluding known: (PatientID) -> Bool) throws -> [Patient] {
        let ids = try run("SELECT id FROM patients ORDER BY id").map { try $0.decode(String.self) }
        let wanted = ids.filter { text in (try? PatientID.validate(text)).map { !known($0) } ?? true }
        guard !wanted.isEmpty else { return [] }
        return try documents(Patient.self, "SELECT doc::text FROM patients WHERE id = ANY(\(wanted)::text[]) ORDER BY id", name: "patients")
    }

    public func patientID(forMRN mrn: String) throws -> PatientID? {
        guard let text = try run("SELECT id FROM patients WHERE mrn = \(mrn)").first?.decode(String.self) else { return nil }
        return try PatientID.validate(text)
    }

    public func patientIDs(careManager login: String) throws -> [PatientID] {
        try run("SELECT id FROM patients WHERE care_manager = \(login) ORDER BY id").map { try PatientID.validate(try $0.decode(String.self)) }
    }

    public func plan(_ id: PatientID) throws -> CarePlan {
        try document(CarePlan.self, "SELECT doc::text FROM care_plans WHERE patient_id = \(id.rawValue)", name: "care_plans/\(id.rawValue)")
            ?? CarePlan(patientId: id, version: 0)
    }

    public func planGoals(_ ids: [PatientID]) throws -> [PatientID: [Goal]] {
        guard !ids.isEmpty else { return [:] }
        let plans = try documents(StoredPlanGoals.self, """
            SELECT doc::text FROM care_plans WHERE patient_id = ANY(\(ids.map(\.rawValue))::text[])
            """, name: "care_plans")
        return Dictionary(plans.map { ($0.patientId, $0.goals) }, uniquingKeysWith: { first, _ in first })
    }

    public func staffMonthLog(_ login: String, month: YearMonth) throws -> StaffMonthLog {
        let version = try run("SELECT version FROM staff_month_logs WHERE staff = \(login) AND month = \(month.description)")
            .first?.decode(Int.self)
        guard let version else { return StaffMonthLog(staff: login, month: month) }
        let entries = try documents(TimeEntry.self, """
            SELECT doc::text FROM time_entries WHERE staff = \(login) AND month = \(month.description) ORDER BY position
            """, name: "time/\(month)/\(login)")
        return StaffMonthLog(staff: login, month: month, version: version, entries: entries)
    }

    /// Every staff member's log of a month.
    public func staffMonthLogs(month: YearMonth) throws -> [StaffMonthLog] {
        let staff = try run("SELECT staff FROM staff_month_logs WHERE month = \(month.description) ORDER BY staff").map { try $0.decode(String.self) }
        return try staff.map { try staffMonthLog($0, month: month) }
    }

    public func timeEntries(month: YearMonth) throws -> [TimeEntry] {
        try documents(TimeEntry.self, """
            SELECT doc::text FROM time_entries WHERE month = \(month.description) ORDER BY staff, position
            """, name: "time/\(month)")
    }

    public func timeEntries(month: YearMonth, patients ids: [PatientID]) throws -> [TimeEntry] {
        guard !ids.isEmpty else { return [] }
        return try documents(TimeEntry.self, """
            SELECT doc::text FROM time_entries WHERE month = \(month.description) AND patient_id = ANY(\(ids.map(\.rawValue))::text[])
            ORDER BY staff, position
            """, name: "time/\(month)")
    }

    public func monthsWithTime() throws -> [YearMonth] {
        try run("SELECT DISTINCT month FROM staff_month_logs ORDER BY month").compactMap { YearMonth(try $0.decode(String.self)) }
    }

    public func monthFlags(month: YearMonth) throws -> [PatientID: PatientMonthFlags] {
        let flags = try documents(PatientMonthFlags.self, "SELECT doc::text FROM month_flags WHERE month = \(month.description)",
                                  name: "month_flags/\(month)")
        return Dictionary(flags.map { ($0.patientId, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func monthFlags(_ id: PatientID, month: YearMonth) throws -> PatientMonthFlags? {
        try document(PatientMonthFlags.self, """
            SELECT doc::text FROM month_flags WHERE month = \(month.description) AND patient_id = \(id.rawValue)
            """, name: "month_flags/\(month)/\(id.rawValue)")
    }

    public func timer(_ login: String) throws -> RunningTimer? {
        try document(RunningTimer.self, "SELECT doc::text FROM timers WHERE staff = \(login)", name: "timers/\(login)")
    }

    public func allTimers() throws -> [RunningTimer] {
        try documents(RunningTimer.self, "SELECT doc::text FROM timers ORDER BY staff", name: "timers")
    }

    public func callLog(_ login: String, month: YearMonth) throws -> CallLog {
        try document(CallLog.self, "SELECT doc::text FROM call_logs WHERE staff = \(login) AND month = \(month.description)",
                     name: "call_logs/\(month)/\(login)") ?? CallLog(staff: login, month: month)
    }

    public func callAttempts(month: YearMonth) throws -> [CallAttempt] {
        try documents(CallLog.self, "SELECT doc::text FROM call_logs WHERE month = \(month.description) ORDER BY staff",
                      name: "call_logs/\(month)").flatMap(\.attempts)
    }

    public func monthClose(_ month: YearMonth) throws -> MonthClose {
        try document(MonthClose.self, "SELECT doc::text FROM month_closes WHERE month = \(month.description)",
                     name: "month_closes/\(month)") ?? MonthClose(month: month)
    }

    public func closedSnapshot(_ month: YearMonth) throws -> ClosedMonthSnapshot? {
        guard let header = try document(SnapshotRows.Header.self, """
            SELECT doc::text FROM closed_snapshots WHERE month = \(month.description) AND part = 0
            """, name: "closed_snapshots/\(month)") else { return nil }
        let parts = try documents(SnapshotRows.Part.self, """
            SELECT doc::text FROM closed_snapshots WHERE month = \(month.description) AND part > 0 ORDER BY part
            """, name: "closed_snapshots/\(month)")
        guard parts.count == header.parts else {
            throw StoreError.damaged(file: "closed_snapshots/\(month)", reason: "it has \(parts.count) parts, its header names \(header.parts)")
        }
        return ClosedMonthSnapshot(month: header.month, closedAt: header.closedAt, feeSchedule: header.feeSchedule,
                                   patients: parts.flatMap(\.patients))
    }
}

/// The part of a care plan that goal checks need.
struct StoredPlanGoals: Decodable, Sendable {
    var patientId: PatientID
    var goals: [Goal]
}

extension PostgresStore {
    public func callLogs(month: YearMonth) throws -> [CallLog] {
        try documents(CallLog.self, "SELECT doc::text FROM call_logs WHERE month = \(month.description) ORDER BY staff",
                      name: "call_logs/\(month)")
    }

    public func monthsWithRecords() throws -> [YearMonth] {
        try run("""
            SELECT month FROM staff_month_logs UNION SELECT month FROM call_logs UNION SELECT month FROM month_flags
            UNION SELECT month FROM month_closes UNION SELECT month FROM closed_snapshots ORDER BY 1
            """).compactMap { YearMonth(try $0.decode(String.self)) }
    }
}
