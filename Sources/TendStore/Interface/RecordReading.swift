import Foundation
import TendDomain

/// The typed reads of a store. Call them inside ``RecordStore/read(_:)`` or a write's body so
/// that what they return belongs to whole commits. Bulk reads (`allPatients()`,
/// `timeEntries(month:)`) are one call each, so that an implementation can batch and decode
/// in parallel.
public protocol RecordReading {
    /// The staff roster.
    func roster() throws -> StaffRoster
    /// The practice's fee schedule of a calendar year, nil when the store has none for it
    /// (a month of that year is then unpriced; never priced from another year).
    func feeSchedule(year: Int) throws -> FeeSchedule?
    /// The years the store has a fee schedule for, oldest first.
    func feeScheduleYears() throws -> [Int]

    /// One patient, or nil when no record has this id (a damaged record throws).
    func findPatient(_ id: PatientID) throws -> Patient?
    /// Several patients by id, in the order of `ids`.
    func patients(_ ids: [PatientID]) throws -> [Patient]
    /// Every patient.
    func allPatients() throws -> [Patient]
    /// The patients ever enrolled (an `enrolled` or `disenrolled` status in their history), with
    /// an inpatient stay on record (a care transition bills TCM without enrollment), or named in
    /// `also`; an implementation may skip decoding the others.
    func patientsEverEnrolled(orIn also: Set<PatientID>) throws -> [Patient]
    /// The patients born on one of `dates`.
    func patients(bornOn dates: Set<LocalDate>) throws -> [Patient]
    /// The patients whose id `known` does not claim; the others need not be read.
    func patients(excluding known: (PatientID) -> Bool) throws -> [Patient]
    /// The patient holding an MRN, if any.
    func patientID(forMRN mrn: String) throws -> PatientID?
    /// The patients whose care manager is `login`.
    func patientIDs(careManager login: String) throws -> [PatientID]

    /// A patient's care plan (an empty plan when none was saved yet).
    func plan(_ id: PatientID) throws -> CarePlan
    /// The goals of the named patients' care plans, by patient; a patient without a saved plan is absent.
    func planGoals(_ ids: [PatientID]) throws -> [PatientID: [Goal]]

    /// One staff member's time for a month (empty when nothing was logged).
    func staffMonthLog(_ login: String, month: YearMonth) throws -> StaffMonthLog
    /// Every time entry of a month (voided ones included).
    func timeEntries(month: YearMonth) throws -> [TimeEntry]
    /// The month's time entries of some patients (voided ones included; entries of other
    /// patients may be included too, callers filter).
    func timeEntries(month: YearMonth, patients ids: [PatientID]) throws -> [TimeEntry]
    /// The months that hold any time entry, oldest first.
    func monthsWithTime() throws -> [YearMonth]

    /// The flags (complex, billed elsewhere) recorded for a month, by patient.
    func monthFlags(month: YearMonth) throws -> [PatientID: PatientMonthFlags]
    /// One patient-month's flags, if any were recorded.
    func monthFlags(_ id: PatientID, month: YearMonth) throws -> PatientMonthFlags?

    /// A staff member's running timer, if any.
    func timer(_ login: String) throws -> RunningTimer?
    /// Every running timer.
    func allTimers() throws -> [RunningTimer]

    /// One staff member's call log for a month (empty when no call was recorded).
    func callLog(_ login: String, month: YearMonth) throws -> CallLog
    /// Every call attempt of a month by every staff member.
    func callAttempts(month: YearMonth) throws -> [CallAttempt]

    /// Every staff member's time log of a month.
    func staffMonthLogs(month: YearMonth) throws -> [StaffMonthLog]
    /// Every staff member's call log of a month.
    func callLogs(month: YearMonth) throws -> [CallLog]
    /// The months that hold any record of a month (time, calls, flags, a close or its snapshot),
    /// oldest first.
    func monthsWithRecords() throws -> [YearMonth]

    /// A month's close record (an open month with no history when none was written).
    func monthClose(_ month: YearMonth) throws -> MonthClose
    /// The facts frozen when the month was last closed, if it is.
    func closedSnapshot(_ month: YearMonth) throws -> ClosedMonthSnapshot?
}

extension RecordReading {
    /// One patient, or `notFound` naming the id.
    public func patient(_ id: PatientID) throws -> Patient {
        guard let patient = try findPatient(id) else { throw StoreError.notFound(what: "patient \(id)") }
        return patient
    }
}
