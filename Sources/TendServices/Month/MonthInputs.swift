import Foundation
import TendDomain
import TendStore

/// Everything one month's billing is decided on, read together under one lock. For a closed
/// month, patient records and the fee schedule are the ones frozen at close (a patient added
/// after close uses their current record); entries and flags are always the month's own files,
/// which only amendments change after close.
struct MonthInputs: Sendable {
    var month: YearMonth
    let close: MonthClose
    var snapshot: ClosedMonthSnapshot?
    var patients: [Patient]
    var entries: [TimeEntry]
    var flags: [PatientID: PatientMonthFlags]
    var schedule: FeeSchedule
    /// The close record's not-billed marks and amendments by patient, so that a table of
    /// thousands of rows does not scan the lists once per row.
    private let notBilledByPatient: [PatientID: NotBilledMark]
    private let amendmentsByPatient: [PatientID: [MonthAmendment]]

    init(month: YearMonth, close: MonthClose, snapshot: ClosedMonthSnapshot?, patients: [Patient], entries: [TimeEntry],
         flags: [PatientID: PatientMonthFlags], schedule: FeeSchedule) {
        self.month = month
        self.close = close
        self.snapshot = snapshot
        self.patients = patients
        self.entries = entries
        self.flags = flags
        self.schedule = schedule
        notBilledByPatient = Dictionary(close.notBilled.map { ($0.patientId, $0) }, uniquingKeysWith: { first, _ in first })
        amendmentsByPatient = Dictionary(grouping: close.amendments, by: \.patientId)
    }

    /// The patient's not-billed mark, as `close.notBilled(_:)`.
    func notBilled(_ id: PatientID) -> NotBilledMark? { notBilledByPatient[id] }

    /// The patient's amendments, oldest first, as `close.amendments(of:)`.
    func amendments(of id: PatientID) -> [MonthAmendment] { amendmentsByPatient[id] ?? [] }

    /// Reads the month; call inside `store.read` or `store.write`. With `coveredOnly`, `patients`
    /// holds only the patients the month can cover (ever enrolled, or with time in it), which
    /// spares decoding the others; `covered` is the same either way.
    static func read(_ store: any RecordReading, month: YearMonth, coveredOnly: Bool = false) throws -> MonthInputs {
        let close = try store.monthClose(month)
        let snapshot = close.isClosed ? try store.closedSnapshot(month) : nil
        let entries = try store.timeEntries(month: month)
        // An open month covers patients enrolled during it or with time in it: a patient never
        // enrolled and without time need not be decoded. A closed month judges its snapshot.
        let patients: [Patient]
        var schedule = try store.feeSchedule()
        if let snapshot {
            // The frozen records, and current ones only for patients added since the close.
            patients = snapshot.patients + (try store.patients(excluding: snapshot.contains))
            schedule = snapshot.feeSchedule
        } else if coveredOnly {
            patients = try store.patientsEverEnrolled(orIn: Set(entries.map(\.patientId)))
        } else {
            patients = try store.allPatients()
        }
        return MonthInputs(month: month, close: close, snapshot: snapshot, patients: patients,
                           entries: entries, flags: try store.monthFlags(month: month),
                           schedule: schedule)
    }

    /// The time of an evaluated patient-month that does not count, and why. Entries in the
    /// month's own files count as its amendments when it is closed.
    func notCounted(_ item: EvaluatedPatientMonth) -> NotCountedTime {
        EntryCounting.notCounted(item.facts, result: item.result,
                                 state: EntryCounting.MonthState(notBilled: notBilled(item.facts.patient.id)))
    }

    /// Patients the month covers: enrolled at any time in it, or with time logged in it.
    var covered: [Patient] {
        let timed = Set(entries.map(\.patientId))
        return patients.filter { timed.contains($0.id) || Session.wasEnrolled($0, during: month) }
    }
}

/// One evaluated patient-month: the facts the engine saw and its verdict.
struct EvaluatedPatientMonth: Sendable {
    var facts: PatientMonthFacts
    var result: BillingResult
}

extension Session {
    /// Evaluates `patients` for the inputs' month, in parallel, in the order given.
    func evaluate(_ inputs: MonthInputs, patients: [Patient]) -> [EvaluatedPatientMonth] {
        let engine = BillingEngine(feeSchedule: inputs.schedule)
        let byPatient = Dictionary(grouping: inputs.entries, by: \.patientId)
        let zone = timeZone
        // Many patients share a problem list: decide each distinct list once.
        var eligibility: [ProblemList: EligibilityResult] = [:]
        for patient in patients where eligibility[ProblemList(patient)] == nil {
            eligibility[ProblemList(patient)] = Eligibility.evaluate(patient, table: conditionTable)
        }
        let decided = eligibility
        // Nothing in the body throws.
        return (try? Parallel.map(patients.count) { index in
            let patient = patients[index]
            let facts = PatientMonthFacts(month: inputs.month, timeZone: zone, patient: patient,
                                          eligibility: decided[ProblemList(patient)]!,
                                          entries: byPatient[patient.id] ?? [], flags: inputs.flags[patient.id])
            return EvaluatedPatientMonth(facts: facts, result: engine.evaluate(facts))
        }) ?? []
    }

    /// Sorts by name, then id.
    static func byName<T>(_ items: [T], patient: (T) -> Patient) -> [T] {
        items.map { (key: patient($0).name.sortKey, id: patient($0).id.rawValue, item: $0) }
            .sorted { ($0.key, $0.id) < ($1.key, $1.id) }
            .map(\.item)
    }
}
