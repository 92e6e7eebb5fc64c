import Foundation
import TendDomain
import TendStore

/// One patient's line in a month report: who they are and what the engine decided.
public struct PatientMonthLine: Sendable {
    /// The patient.
    public var patient: Patient
    /// The engine's result for the month.
    public var result: BillingResult
}

/// A month's report: every enrolled patient and every patient with time that month.
public struct MonthReportView: Sendable {
    /// The month.
    public var month: YearMonth
    /// The practice.
    public var practice: String
    /// The fee schedule used.
    public var feeSchedule: FeeSchedule
    /// One line per patient, sorted by name.
    public var lines: [PatientMonthLine]
    /// Totals.
    public var totals: MonthReport
}

extension Session {
    /// Builds the report for a month. Reads every patient record, the month's time files and the
    /// month's flags; never another month's entries.
    public func monthReport(_ month: YearMonth) throws -> MonthReportView {
        try require([.supervisor, .admin, .practitioner, .nurse], action: "report.month", doing: "reading reports")
        let (patients, entries, flags, schedule) = try store.read {
            (try store.allPatients(), try store.timeEntries(month: month), try store.monthFlags(month: month), try store.feeSchedule())
        }
        let engine = BillingEngine(feeSchedule: schedule)
        let byPatient = Dictionary(grouping: entries, by: \.patientId)
        let zone = timeZone
        let table = conditionTable
        let included = patients.filter { byPatient[$0.id] != nil || Self.wasEnrolled($0, during: month) }
        let slots = Array(repeating: PatientMonthLine?.none, count: included.count)
        let results = UnsafeSlots(slots)
        DispatchQueue.concurrentPerform(iterations: included.count) { index in
            let patient = included[index]
            let facts = PatientMonthFacts(month: month, timeZone: zone, patient: patient,
                                          eligibility: Eligibility.evaluate(patient.conditions, table: table),
                                          entries: byPatient[patient.id] ?? [], flags: flags[patient.id])
            results.set(index, PatientMonthLine(patient: patient, result: engine.evaluate(facts)))
        }
        let lines = results.values.compactMap { $0 }
            .map { (key: $0.patient.name.sortKey, id: $0.patient.id.rawValue, line: $0) }
            .sorted { ($0.key, $0.id) < ($1.key, $1.id) }
            .map(\.line)
        return MonthReportView(month: month, practice: store.settings.practice, feeSchedule: schedule,
                               lines: lines, totals: MonthReport(month: month, results: lines.map(\.result)))
    }

    /// Whether the patient's enrollment status was `enrolled` at any time during the month.
    public static func wasEnrolled(_ patient: Patient, during month: YearMonth) -> Bool {
        var status = EnrollmentStatus.candidate
        for change in patient.enrollment.sorted(by: { $0.date < $1.date }) {
            if change.date > month.lastDay { break }
            if change.date >= month.firstDay, change.status == .enrolled { return true }
            status = change.status
        }
        if status == .enrolled { return true }
        // A disenrollment takes effect at the end of the month in which it was recorded.
        if status == .disenrolled, let last = patient.enrollment.last(where: { $0.date <= month.lastDay }),
           last.date.yearMonth == month { return true }
        return false
    }
}

/// Per-index storage written by parallel workers (each index by exactly one worker).
final class UnsafeSlots<T>: @unchecked Sendable {
    private(set) var values: [T]
    private let lock = NSLock()
    init(_ values: [T]) { self.values = values }
    func set(_ index: Int, _ value: T) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
