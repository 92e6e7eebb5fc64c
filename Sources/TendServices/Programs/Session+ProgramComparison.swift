import Foundation
import TendDomain
import TendStore

extension Session {
    /// The longest comparison asked for, in months.
    public static let programComparisonMaxMonths = 24

    /// Compares, for the `count` months ending with `last` (default this month, which is
    /// included while open), what each covered patient's months earned under their program with
    /// what each other program offered to them would have earned on the same documented work.
    /// Closed months are judged on their frozen records and fee schedule, as the month report.
    public func programComparison(months count: Int = 3, through last: YearMonth? = nil) throws -> ProgramComparisonView {
        try require(.reportPrograms, doing: "comparing programs")
        guard (1...Self.programComparisonMaxMonths).contains(count) else {
            throw DomainError("compare 1 to \(Self.programComparisonMaxMonths) months, not \(count)")
        }
        let end = last ?? currentMonth
        guard end <= currentMonth else { throw DomainError("\(end) has not begun; compare months up to \(currentMonth)") }
        let months = (0..<count).reversed().map { end.adding(months: -$0) }
        var compared: [ComparedMonth] = []
        var perPatient: [PatientID: [ProgramMonthComparison]] = [:]
        var latest: [PatientID: Patient] = [:]
        // Every month in one read (one consistent state of the store); the open months share one
        // decoding of the patients ever enrolled, which is most of a month's reading time.
        let allInputs = try store.read { () throws -> [MonthInputs] in
            var everEnrolled: [Patient]?
            return try months.map { month in
                if try store.monthClose(month).isClosed { return try MonthInputs.read(store, month: month, coveredOnly: true) }
                if everEnrolled == nil { everEnrolled = try store.patientsEverEnrolled(orIn: []) }
                return try MonthInputs.read(store, month: month, coveredOnly: true, everEnrolled: everEnrolled)
            }
        }
        for (month, inputs) in zip(months, allInputs) {
            let closed = inputs.close.isClosed
            compared.append(ComparedMonth(month: month, closed: closed, feeSchedule: inputs.schedule.name))
            let engine = BillingEngine(feeSchedule: inputs.schedule)
            let schedule = inputs.schedule
            let evaluated = evaluate(inputs, patients: inputs.covered)
            let rows = (try? Parallel.map(evaluated.count) { index -> ProgramMonthComparison in
                let item = evaluated[index]
                let mark = inputs.notBilled(item.facts.patient.id)
                return ProgramMonthComparison.compare(item.facts, result: item.result, closed: closed, engine: engine,
                                                      isPriced: schedule.comparisonPrices,
                                                      adjust: { Self.applying(mark, to: $0) })
            }) ?? []
            for (item, row) in zip(evaluated, rows) {
                perPatient[item.facts.patient.id, default: []].append(row)
                latest[item.facts.patient.id] = item.facts.patient
            }
        }
        let comparisons = perPatient.map { PatientProgramComparison(patientId: $0.key, months: $0.value) }
        let rows = Self.byName(comparisons.map { ProgramComparisonRow(patient: latest[$0.patientId]!, comparison: $0) },
                               patient: \.patient)
        return ProgramComparisonView(practice: store.settings.practice, months: compared, rows: rows,
                                     totals: ProgramComparisonTotals(comparisons))
    }
}
