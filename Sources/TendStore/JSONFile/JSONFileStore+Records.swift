import Foundation
import TendDomain

/// Typed access to the records of a store. Every read goes through the sealed-document check.
extension JSONFileStore {
    /// The staff roster.
    public func roster() throws -> StaffRoster {
        try document(StaffRoster.self, at: StoreLayout.staff)
    }

    /// One patient, or nil when the store has no file for this id.
    public func findPatient(_ id: PatientID) throws -> Patient? {
        try optionalDocument(Patient.self, at: StoreLayout.patient(id.rawValue))
    }

    /// Every patient, decoded in parallel.
    public func allPatients() throws -> [Patient] {
        let names = try list(StoreLayout.patients).filter { $0.hasSuffix(".json") }
        return try documents(Patient.self, at: names.map { "\(StoreLayout.patients)/\($0)" })
    }

    /// The patients who were ever enrolled (their record holds an `enrolled` or `disenrolled`
    /// status) or are named in `also`; the others are verified but not decoded. The test is on
    /// the record's bytes: an enum value is always written as a whole JSON string, so such a
    /// record always contains `"enrolled"` or `"disenrolled"` (a free-text field equal to one of
    /// them only costs a decode).
    public func patientsEverEnrolled(orIn also: Set<PatientID>) throws -> [Patient] {
        let names = try list(StoreLayout.patients).filter { $0.hasSuffix(".json") }
        let wanted = Set(also.map { "\(StoreLayout.patients)/\($0.rawValue).json" })
        let needles = [Data("\"enrolled\"".utf8), Data("\"disenrolled\"".utf8), Data("\"stays\"".utf8)]
        return try documents(Patient.self, at: names.map { "\(StoreLayout.patients)/\($0)" }) { path, data in
            wanted.contains(path) || needles.contains { data.range(of: $0) != nil }
        }
    }

    /// The patients born on one of `dates`: every patient file's seal is checked, but only the
    /// files that hold one of the dates (as the quoted `YYYY-MM-DD` a date is always written as)
    /// are decoded; the caller compares the decoded dates of birth.
    public func patients(bornOn dates: Set<LocalDate>) throws -> [Patient] {
        guard !dates.isEmpty else { return [] }
        let names = try list(StoreLayout.patients).filter { $0.hasSuffix(".json") }
        let needles = dates.map { Data("\"\($0)\"".utf8) }
        return try documents(Patient.self, at: names.map { "\(StoreLayout.patients)/\($0)" }) { _, data in
            needles.contains { data.range(of: $0) != nil }
        }.filter { dates.contains($0.dateOfBirth) }
    }

    /// The patients whose id `known` does not claim (say, those added after a month was closed,
    /// whose frozen records are elsewhere); the other patients' files are not read.
    public func patients(excluding known: (PatientID) -> Bool) throws -> [Patient] {
        let names = try list(StoreLayout.patients).filter { $0.hasSuffix(".json") }.filter { name in
            guard let id = try? PatientID.validate(String(name.dropLast(5))) else { return true }
            return !known(id)
        }
        return try documents(Patient.self, at: names.map { "\(StoreLayout.patients)/\($0)" })
    }

    /// The patient holding an MRN, if any.
    public func patientID(forMRN mrn: String) throws -> PatientID? {
        try optionalDocument(MRNIndexEntry.self, at: MRNIndexEntry.path(for: mrn))?.patientId
    }

    /// A patient's care plan (an empty plan when none was saved yet).
    public func plan(_ id: PatientID) throws -> CarePlan {
        try optionalDocument(CarePlan.self, at: StoreLayout.plan(id.rawValue)) ?? CarePlan(patientId: id, version: 0)
    }

    /// The goals of the named patients' care plans, by patient, read in one pass and decoded in
    /// parallel; a patient without a saved plan is absent. Only the goals are decoded, but every
    /// file's seal is checked as usual.
    public func planGoals(_ ids: [PatientID]) throws -> [PatientID: [Goal]] {
        let saved = Set(try list(StoreLayout.plans))
        let paths = ids.filter { saved.contains("\($0.rawValue).json") }.map { StoreLayout.plan($0.rawValue) }
        let plans = try documents(PlanGoals.self, at: paths)
        return Dictionary(plans.map { ($0.patientId, $0.goals) }, uniquingKeysWith: { first, _ in first })
    }

    /// One staff member's log for a month (empty when nothing was logged).
    public func staffMonthLog(_ login: String, month: YearMonth) throws -> StaffMonthLog {
        try optionalDocument(StaffMonthLog.self, at: StoreLayout.time(month: month.description, staff: login))
            ?? StaffMonthLog(staff: login, month: month)
    }

    /// Every time entry of a month (voided ones included), read from that month's files only.
    public func timeEntries(month: YearMonth) throws -> [TimeEntry] {
        let directory = StoreLayout.timeMonth(month.description)
        let names = try list(directory).filter { $0.hasSuffix(".json") }
        return try documents(StaffMonthLog.self, at: names.map { "\(directory)/\($0)" }).flatMap(\.entries)
    }

    /// The months that have a time directory, oldest first.
    public func monthsWithTime() throws -> [YearMonth] {
        try list("time").compactMap { YearMonth($0) }.sorted()
    }

    /// The flags (complex, billed elsewhere) recorded for a month, by patient.
    public func monthFlags(month: YearMonth) throws -> [PatientID: PatientMonthFlags] {
        let directory = StoreLayout.monthFlagsDirectory(month.description)
        let names = try list(directory).filter { $0.hasSuffix(".json") }
        let flags = try documents(PatientMonthFlags.self, at: names.map { "\(directory)/\($0)" })
        return Dictionary(flags.map { ($0.patientId, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// One patient-month's flags, if any were recorded.
    public func monthFlags(_ id: PatientID, month: YearMonth) throws -> PatientMonthFlags? {
        try optionalDocument(PatientMonthFlags.self, at: StoreLayout.monthFlags(month: month.description, patient: id.rawValue))
    }

    /// A staff member's running timer, if any.
    public func timer(_ login: String) throws -> RunningTimer? {
        try optionalDocument(RunningTimer.self, at: StoreLayout.timer(login))
    }

    /// Every running timer (for supervisors).
    public func allTimers() throws -> [RunningTimer] {
        let names = try list(StoreLayout.timers).filter { $0.hasSuffix(".json") }
        return try documents(RunningTimer.self, at: names.map { "\(StoreLayout.timers)/\($0)" })
    }
}

/// The part of a care-plan file that goal checks need; the rest of the file is not decoded.
struct PlanGoals: Decodable, Sendable {
    var patientId: PatientID
    var goals: [Goal]
}
