import Foundation
import TendDomain
import TendStore

/// Everything one month's billing is decided on, read together under one lock. For a closed
/// month, patient records and the fee schedule are the ones frozen at close (a patient added
/// after close uses their current record); entries and flags are always the month's own files,
/// which only amendments change after close. An open month is priced with the schedule of its
/// own calendar year.
struct MonthInputs: Sendable {
    var month: YearMonth
    let close: MonthClose
    var snapshot: ClosedMonthSnapshot?
    var patients: [Patient]
    var entries: [TimeEntry]
    var flags: [PatientID: PatientMonthFlags]
    var schedule: FeeSchedule
    /// When calls of the month reached each patient (APCM's documented service), any order.
    var reachedCalls: [PatientID: [Date]]
    /// The close record's not-billed marks and amendments by patient, so that a table of
    /// thousands of rows does not scan the lists once per row.
    private let notBilledByPatient: [PatientID: NotBilledMark]
    private let amendmentsByPatient: [PatientID: [MonthAmendment]]

    init(month: YearMonth, close: MonthClose, snapshot: ClosedMonthSnapshot?, patients: [Patient], entries: [TimeEntry],
         flags: [PatientID: PatientMonthFlags], schedule: FeeSchedule, reachedCalls: [PatientID: [Date]] = [:]) {
        self.month = month
        self.reachedCalls = reachedCalls
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
    /// holds only the patients the month can cover (ever enrolled, with a stay, or with time in it), which
    /// spares decoding the others; `covered` is the same either way. `everEnrolled`, when given,
    /// is `store.patientsEverEnrolled(orIn: [])` read once for several open months in the same
    /// `store.read` (the program comparison): an open month then decodes only its timed patients
    /// not among them.
    static func read(_ store: any RecordReading, month: YearMonth, coveredOnly: Bool = false,
                     everEnrolled: [Patient]? = nil) throws -> MonthInputs {
        let close = try store.monthClose(month)
        let snapshot = close.isClosed ? try store.closedSnapshot(month) : nil
        let entries = try store.timeEntries(month: month)
        // An open month covers patients enrolled during it or with time in it: a patient never
        // enrolled and without time need not be decoded. A closed month judges its snapshot.
        let patients: [Patient]
        var schedule = try Self.schedule(store, year: month.year)
        if let snapshot {
            // The frozen records, and current ones only for patients added since the close.
            patients = snapshot.patients + (try store.patients(excluding: snapshot.contains))
            schedule = snapshot.feeSchedule
        } else if let everEnrolled {
            let known = Set(everEnrolled.map(\.id))
            let timedOthers = Set(entries.map(\.patientId)).subtracting(known).sorted()
            patients = everEnrolled + (timedOthers.isEmpty ? [] : try store.patients(timedOthers))
        } else if coveredOnly {
            patients = try store.patientsEverEnrolled(orIn: Set(entries.map(\.patientId)))
        } else {
            patients = try store.allPatients()
        }
        let reached = Dictionary(grouping: try store.callAttempts(month: month).filter { $0.result == .reached },
                                 by: \.patientId).mapValues { $0.map(\.at) }
        return MonthInputs(month: month, close: close, snapshot: snapshot, patients: patients,
                           entries: entries, flags: try store.monthFlags(month: month),
                           schedule: schedule, reachedCalls: reached)
    }

    /// The schedule that prices a month of `year` while it is open: the store's schedule of
    /// that year, or, when it has none, ``FeeSchedule/missing(year:)`` (every code unpriced);
    /// never another year's.
    static func schedule(_ store: any RecordReading, year: Int) throws -> FeeSchedule {
        try store.feeSchedule(year: year) ?? .missing(year: year)
    }

    /// The codes of a result without a confirmed amount in the month's schedule (empty when
    /// nothing is billed).
    func unpriced(_ result: BillingResult) -> [UnpricedCode] { schedule.unpriced(result.codes) }

    /// The month-level pricing warning for these results (see ``FeeSchedule/monthWarning(_:unpricedPatients:)``).
    func pricingWarning(_ results: [BillingResult]) -> String? {
        schedule.monthWarning(month, unpricedPatients: results.filter { !unpriced($0).isEmpty }.count)
    }

    /// The time of an evaluated patient-month that does not count, and why. Entries in the
    /// month's own files count as its amendments when it is closed.
    func notCounted(_ item: EvaluatedPatientMonth) -> NotCountedTime {
        EntryCounting.notCounted(item.facts, result: item.result,
                                 state: EntryCounting.MonthState(notBilled: notBilled(item.facts.patient.id)))
    }

    /// How many calls reached the patient in the month, on or after the date of the patient's
    /// counting consent for `program` (every such call of the month when there is none, as time
    /// is counted; the `no-consent` gate then blocks the month).
    func reachedCallCount(_ patient: Patient, program: CareProgram, zone: TimeZone) -> Int {
        ReachedCalls.counting(reachedCalls[patient.id] ?? [], patient: patient, month: month, program: program, timeZone: zone)
    }

    /// Patients the month covers: enrolled at any time in it, with time logged in it, or with a
    /// care transition whose 30-day period overlaps it (TCM bills without CCM enrollment).
    var covered: [Patient] {
        let timed = Set(entries.map(\.patientId))
        return patients.filter {
            timed.contains($0.id) || Session.wasEnrolled($0, during: month)
                || ($0.stays ?? []).contains { $0.transitionOverlaps(month) }
        }
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
            let enrollment = patient.enrollment(in: inputs.month)
            let facts = PatientMonthFacts(month: inputs.month, timeZone: zone, patient: patient,
                                          eligibility: decided[ProblemList(patient)]!,
                                          entries: byPatient[patient.id] ?? [], flags: inputs.flags[patient.id],
                                          enrollment: enrollment,
                                          reachedCalls: inputs.reachedCallCount(patient, program: enrollment.program, zone: zone))
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
