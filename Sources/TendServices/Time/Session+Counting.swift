import Foundation
import TendDomain
import TendStore

extension Session {
    /// Whether each of `entries` counts toward the practice's claim, and if not why and what
    /// would make it count (`EntryCounting`, the one decision the report shares). Entries are
    /// judged in their own patient-month as the store holds it now; `amendment` says they were
    /// recorded as an amendment of a closed month. Read-only.
    public func countingVerdicts(for entries: [TimeEntry], amendment: Bool = false) throws -> [EntryCountingVerdict] {
        try require(.timeCount, doing: "checking whether time counts")
        guard !entries.isEmpty else { return [] }
        try ensureIndexes()
        let wanted = Set(entries.map(\.id))
        var verdicts: [EntryCountingVerdict] = []
        let groups = Dictionary(grouping: entries) { PatientMonthKey(patient: $0.patientId, month: month(of: $0)) }
        for key in groups.keys.sorted(by: { ($0.month, $0.patient) < ($1.month, $1.patient) }) {
            let (facts, result, state) = try judge(key.patient, month: key.month, amendment: amendment)
            verdicts += EntryCounting.verdicts(facts, result: result, state: state).filter { wanted.contains($0.entryID) }
        }
        return verdicts
    }

    /// What would stop time spent today for the patient from counting (for `time start` and
    /// the workstation's stopwatch start); empty when it would count. Read-only.
    public func countingProblemsToday(for id: PatientID) throws -> [CountingProblem] {
        try require(.timeCount, patient: id, doing: "checking whether time counts")
        try ensureIndexes()
        let (facts, result, state) = try judge(id, month: today.yearMonth, amendment: false)
        return EntryCounting.monthProblems(facts, result: result, state: state, day: today)
    }

    /// The facts, the engine's result and the month state of one patient-month, read together.
    private func judge(_ id: PatientID, month: YearMonth, amendment: Bool)
        throws -> (PatientMonthFacts, BillingResult, EntryCounting.MonthState) {
        try store.read {
            let close = try store.monthClose(month)
            let patient = try (close.isClosed ? store.closedSnapshot(month)?.patients.first { $0.id == id } : nil)
                ?? store.patient(id)
            let facts = PatientMonthFacts(
                month: month, timeZone: timeZone, patient: patient,
                eligibility: Eligibility.evaluate(patient, table: conditionTable),
                entries: try store.timeEntries(month: month, patients: [id]).filter { $0.patientId == id },
                flags: try store.monthFlags(id, month: month))
            let result = BillingEngine(feeSchedule: try store.feeSchedule()).evaluate(facts)
            let state = EntryCounting.MonthState(closedWithoutAmendment: close.isClosed && !amendment,
                                                 notBilled: close.notBilled(id))
            return (facts, result, state)
        }
    }
}

private struct PatientMonthKey: Hashable {
    var patient: PatientID
    var month: YearMonth
}
