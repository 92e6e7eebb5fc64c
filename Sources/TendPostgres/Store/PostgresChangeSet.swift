import Crypto
import Foundation
import PostgresNIO
import TendDomain
import TendStore

/// The PostgreSQL store's ``ChangeSet``: the records a change writes or removes, staged by type
/// while the change's body runs, then written by ``apply()`` inside the change's transaction.
/// The audit record names each one by the path the file store keeps it at (the same names in
/// both stores: `patients/<ID>.json`, docs/store-format.md), with the SHA-256 of its JSON.
final class PostgresChangeSet: ChangeSet {
    unowned let store: PostgresStore
    /// The one-line human summary for the audit record.
    var summary = ""
    /// The patient concerned, when it becomes known inside the change.
    var patient: String?
    /// Bulk changes are written in batches anyway; a database makes them durable at commit.
    var bulk = false
    /// What the audit record shows of the change.
    var described: (any Encodable)?
    /// The store's settings (only when the store is created).
    var settings: StoreSettings?
    /// Writes every entry of a staged log again, even unchanged ones (an index rebuild).
    var rewriteEntries = false

    private var roster: StaffRoster?
    private var schedules: [Int: FeeSchedule] = [:]
    private var patients: [PatientID: Patient] = [:]
    private var patientOrder: [PatientID] = []
    private var plans: [PatientID: CarePlan] = [:]
    private var logs: [String: StaffMonthLog] = [:]
    private var callLogs: [String: CallLog] = [:]
    private var flags: [String: PatientMonthFlags] = [:]
    private var timers: [String: RunningTimer?] = [:]
    private var closes: [YearMonth: MonthClose] = [:]
    private var snapshots: [YearMonth: ClosedMonthSnapshot?] = [:]

    init(store: PostgresStore) { self.store = store }

    func describe<T: Encodable>(_ change: T) { described = change }

    func put(_ roster: StaffRoster) throws { self.roster = roster }

    func put(_ schedule: FeeSchedule, year: Int) throws {
        try FeeSchedule.checkYear(year)
        var kept = schedule
        kept.year = year
        schedules[year] = kept
    }

    func put(_ patient: Patient, replacing previous: Patient?) throws {
        if patients[patient.id] == nil { patientOrder.append(patient.id) }
        patients[patient.id] = patient
    }

    func put(_ plan: CarePlan) throws { plans[plan.patientId] = plan }

    func put(_ log: StaffMonthLog) throws { logs["\(log.staff) \(log.month)"] = log }

    /// The database finds time entries by their own rows' columns: nothing more to stage.
    func indexTimeEntries(_ entries: [TimeEntry]) throws {}

    func put(_ log: CallLog) throws { callLogs["\(log.staff) \(log.month)"] = log }

    func put(_ flags: PatientMonthFlags) throws { self.flags["\(flags.month) \(flags.patientId.rawValue)"] = flags }

    func put(_ timer: RunningTimer) throws { timers[timer.staff] = .some(timer) }

    func removeTimer(of login: String) { timers[login] = .some(nil) }

    func put(_ close: MonthClose) throws { closes[close.month] = close }

    func put(_ snapshot: ClosedMonthSnapshot) throws { snapshots[snapshot.month] = .some(snapshot) }

    func removeClosedSnapshot(_ month: YearMonth) throws { snapshots[month] = .some(nil) }

    // MARK: Writing

    private var operations: [FileOperation] = []

    private func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try StoreCoding.encoder(pretty: false).encode(value), as: UTF8.self)
    }

    private func noted(_ path: String, _ text: String) {
        operations.append(FileOperation(op: .put, path: path, sha256: SHA256.hash(data: Data(text.utf8)).hexString))
    }

    private func removed(_ path: String) {
        operations.append(FileOperation(op: .remove, path: path, sha256: nil))
    }

    /// Writes everything staged, in the change's transaction; returns the operations for the
    /// audit record.
    func apply() throws -> [FileOperation] {
        if let settings {
            let text = try json(settings)
            try store.run("INSERT INTO tend_settings (id, doc) VALUES (1, \(text)::json) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc")
            noted(StoreLayout.settings, text)
        }
        if let roster {
            let text = try json(roster)
            try store.run("INSERT INTO tend_roster (id, doc) VALUES (1, \(text)::json) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc")
            noted(StoreLayout.staff, text)
        }
        for year in schedules.keys.sorted() {
            let text = try json(schedules[year]!)
            try store.run("INSERT INTO fee_schedules (year, doc) VALUES (\(year), \(text)::json) ON CONFLICT (year) DO UPDATE SET doc = EXCLUDED.doc")
            noted(StoreLayout.feeSchedule(year: year), text)
        }
        try applyPatients()
        try applyKeyed(plans.keys.sorted { $0.rawValue < $1.rawValue }.map { ($0.rawValue, plans[$0]!) },
                       table: "care_plans", key: "patient_id", path: StoreLayout.plan)
        for key in logs.keys.sorted() { try applyLog(logs[key]!) }
        for key in callLogs.keys.sorted() {
            let log = callLogs[key]!
            let text = try json(log)
            try store.run("""
                INSERT INTO call_logs (staff, month, doc) VALUES (\(log.staff), \(log.month.description), \(text)::json)
                ON CONFLICT (staff, month) DO UPDATE SET doc = EXCLUDED.doc
                """)
            noted(StoreLayout.calls(month: log.month, staff: log.staff), text)
        }
        try applyFlags()
        for login in timers.keys.sorted() {
            if let timer = timers[login]! {
                let text = try json(timer)
                try store.run("INSERT INTO timers (staff, doc) VALUES (\(login), \(text)::json) ON CONFLICT (staff) DO UPDATE SET doc = EXCLUDED.doc")
                noted(StoreLayout.timer(login), text)
            } else {
                try store.run("DELETE FROM timers WHERE staff = \(login)")
                removed(StoreLayout.timer(login))
            }
        }
        for month in closes.keys.sorted() {
            let text = try json(closes[month]!)
            try store.run("INSERT INTO month_closes (month, doc) VALUES (\(month.description), \(text)::json) ON CONFLICT (month) DO UPDATE SET doc = EXCLUDED.doc")
            noted(StoreLayout.monthClose(month), text)
        }
        for month in snapshots.keys.sorted() { try applySnapshot(month, snapshots[month]!) }
        return operations
    }

    /// Upserts patients in batches, with the columns the database indexes and constrains.
    private func applyPatients() throws {
        for batch in patientOrder.chunked(into: 2000) {
            var ids: [String] = [], mrns: [String] = [], managers: [String] = [], births: [String] = []
            var enrolled: [Bool] = [], docs: [String] = []
            for id in batch {
                let patient = patients[id]!
                let text = try json(patient)
                ids.append(id.rawValue)
                mrns.append(patient.mrn ?? "")
                managers.append(patient.careManager ?? "")
                births.append(patient.dateOfBirth.description)
                enrolled.append(PatientColumns.everEnrolled(json: text))
                docs.append(text)
                noted(StoreLayout.patient(id.rawValue), text)
            }
            try store.run("""
                INSERT INTO patients (id, mrn, care_manager, birth_date, ever_enrolled, doc)
                SELECT id, NULLIF(mrn, ''), NULLIF(manager, ''), birth::date, enrolled, doc::json
                FROM unnest(\(ids)::text[], \(mrns)::text[], \(managers)::text[], \(births)::text[], \(enrolled)::bool[], \(docs)::text[])
                  AS t(id, mrn, manager, birth, enrolled, doc)
                ON CONFLICT (id) DO UPDATE SET mrn = EXCLUDED.mrn, care_manager = EXCLUDED.care_manager,
                  birth_date = EXCLUDED.birth_date, ever_enrolled = EXCLUDED.ever_enrolled, doc = EXCLUDED.doc
                """)
        }
    }

    /// Upserts one-document records keyed by one text column, in batches.
    private func applyKeyed<T: Encodable>(_ items: [(String, T)], table: String, key: String, path: (String) -> String) throws {
        for batch in items.chunked(into: 2000) {
            var keys: [String] = [], docs: [String] = []
            for (name, value) in batch {
                let text = try json(value)
                keys.append(name)
                docs.append(text)
                noted(path(name), text)
            }
            try store.run(PostgresQuery(unsafeSQL: """
                INSERT INTO \(table) (\(key), doc) SELECT k, d::json FROM unnest($1::text[], $2::text[]) AS t(k, d)
                ON CONFLICT (\(key)) DO UPDATE SET doc = EXCLUDED.doc
                """, binds: try Self.binds(keys, docs)))
        }
    }

    private func applyFlags() throws {
        let items = flags.keys.sorted().map { flags[$0]! }
        for batch in items.chunked(into: 2000) {
            var months: [String] = [], ids: [String] = [], docs: [String] = []
            for flag in batch {
                let text = try json(flag)
                months.append(flag.month.description)
                ids.append(flag.patientId.rawValue)
                docs.append(text)
                noted(StoreLayout.monthFlags(month: flag.month.description, patient: flag.patientId.rawValue), text)
            }
            try store.run("""
                INSERT INTO month_flags (month, patient_id, doc)
                SELECT m, p, d::json FROM unnest(\(months)::text[], \(ids)::text[], \(docs)::text[]) AS t(m, p, d)
                ON CONFLICT (month, patient_id) DO UPDATE SET doc = EXCLUDED.doc
                """)
        }
    }

    /// Writes a staff member's month: its version, and only the entries that are new, changed
    /// or moved in it (compared by a digest of their JSON), removing the ones it no longer has.
    private func applyLog(_ log: StaffMonthLog) throws {
        let month = log.month.description
        try store.run("""
            INSERT INTO staff_month_logs (staff, month, version) VALUES (\(log.staff), \(month), \(log.version))
            ON CONFLICT (staff, month) DO UPDATE SET version = EXCLUDED.version
            """)
        var stored: [String: (digest: String, position: Int)] = [:]
        if !rewriteEntries {
            for row in try store.run("SELECT id, md5(doc::text), position FROM time_entries WHERE staff = \(log.staff) AND month = \(month)") {
                let (id, digest, position) = try row.decode((String, String, Int).self)
                stored[id] = (digest, position)
            }
        }
        var ids: [String] = [], patients: [String] = [], starts: [Double] = [], ends: [Double] = []
        var active: [Bool] = [], positions: [Int] = [], docs: [String] = []
        for (position, entry) in log.entries.enumerated() {
            let text = try json(entry)
            let digest = Insecure.MD5.hash(data: Data(text.utf8)).hexString
            if let old = stored[entry.id.rawValue], old.digest == digest, old.position == position { continue }
            ids.append(entry.id.rawValue)
            patients.append(entry.patientId.rawValue)
            starts.append(entry.start.timeIntervalSince1970)
            ends.append(max(entry.end, entry.start).timeIntervalSince1970)
            active.append(!entry.isVoided)
            positions.append(position)
            docs.append(text)
        }
        let kept = log.entries.map(\.id.rawValue)
        if !rewriteEntries, Set(stored.keys).subtracting(kept).isEmpty == false {
            try store.run("DELETE FROM time_entries WHERE staff = \(log.staff) AND month = \(month) AND NOT (id = ANY(\(kept)::text[]))")
        }
        for batch in Array(0..<ids.count).chunked(into: 2000) where !batch.isEmpty {
            let range = batch.first!...batch.last!
            try store.run("""
                INSERT INTO time_entries (id, staff, month, patient_id, during, active, position, doc)
                SELECT id, \(log.staff), \(month), p, tstzrange(to_timestamp(s), to_timestamp(e), '[)'), a, pos, d::json
                FROM unnest(\(Array(ids[range]))::text[], \(Array(patients[range]))::text[], \(Array(starts[range]))::float8[],
                            \(Array(ends[range]))::float8[], \(Array(active[range]))::bool[], \(Array(positions[range]))::int8[],
                            \(Array(docs[range]))::text[]) AS t(id, p, s, e, a, pos, d)
                ON CONFLICT (id) DO UPDATE SET staff = EXCLUDED.staff, month = EXCLUDED.month, patient_id = EXCLUDED.patient_id,
                  during = EXCLUDED.during, active = EXCLUDED.active, position = EXCLUDED.position, doc = EXCLUDED.doc
                """)
        }
        noted(StoreLayout.time(month: month, staff: log.staff), try json(log))
    }

    /// Replaces a month's snapshot: part 0 is the header, then the patients in parts.
    private func applySnapshot(_ month: YearMonth, _ snapshot: ClosedMonthSnapshot?) throws {
        try store.run("DELETE FROM closed_snapshots WHERE month = \(month.description)")
        guard let snapshot else {
            removed(StoreLayout.closedSnapshot(month))
            return
        }
        let parts = snapshot.patients.chunked(into: SnapshotRows.partSize)
        let header = SnapshotRows.Header(month: snapshot.month, closedAt: snapshot.closedAt, feeSchedule: snapshot.feeSchedule, parts: parts.count)
        var numbers = [0], docs = [try json(header)]
        for (index, part) in parts.enumerated() {
            numbers.append(index + 1)
            docs.append(try json(SnapshotRows.Part(patients: part)))
        }
        try store.run("""
            INSERT INTO closed_snapshots (month, part, doc)
            SELECT \(month.description), n, d::json FROM unnest(\(numbers)::int8[], \(docs)::text[]) AS t(n, d)
            """)
        noted(StoreLayout.closedSnapshot(month), docs.joined(separator: "\n"))
    }

    private static func binds(_ a: [String], _ b: [String]) throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(a)
        bindings.append(b)
        return bindings
    }
}

extension Array {
    /// The array cut into consecutive pieces of at most `size` elements.
    func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min(count, $0 + size)]) }
    }
}
