import Foundation
import TendDomain
import TendServices
import TendTerminal

/// Reads a tab of the supervisor view through the session's use cases (each checks the role
/// and records a denial).
struct SupervisorReader {
    let session: Session
    /// Staff display names by login.
    let staffNames: [String: String]
    /// Patients already read, by id (the team and the time review name patients with them;
    /// any other is read here).
    let patients: [PatientID: Patient]
    /// How patients are named on this terminal.
    let labels: PatientLabel

    /// `patients` completed with the patients of `ids` it lacks, read through the session.
    func patients(_ ids: some Sequence<PatientID>) -> [PatientID: Patient] {
        var found = patients
        for id in ids where found[id] == nil {
            if let patient = try? session.patient(id) { found[id] = patient }
        }
        return found
    }

    /// Reads `tab` for `month` (tabs that follow today's month ignore it).
    func load(_ tab: SupervisorTab, month: YearMonth, now: Date) throws -> SupervisorPage {
        switch tab {
        case .month:
            let rows = try session.supervisorTable(month)
            let close = try session.monthClose(month)
            let table = MonthTable.make(rows, labels: labels)
            let facts = MonthTable.closeFacts(rows)
            return SupervisorPage(month: month, heading: MonthTable.heading(month: month, close: close, facts: facts, today: session.today),
                                  table: table, close: close, closeFacts: facts, loadedAt: now,
                                  patients: Dictionary(rows.map { ($0.patient.id, $0.patient) }, uniquingKeysWith: { a, _ in a }))
        case .team:
            let team = try session.teamActivity()
            let named = patients(team.compactMap { $0.timer?.patientId })
            return SupervisorPage(month: session.currentMonth, heading: TeamTable.heading(team, today: session.today, now: now),
                                  table: TeamTable.make(team, patients: named, labels: labels, now: now), team: team, loadedAt: now,
                                  patients: named)
        case .atRisk:
            let view = try session.atRisk()
            return SupervisorPage(month: view.month, heading: AtRiskTable.heading(view), table: AtRiskTable.make(view, labels: labels), loadedAt: now)
        case .summary:
            let summary = try session.programSummary(month)
            let close = try session.monthClose(month)
            return SupervisorPage(month: month, heading: [], text: SummaryText.lines(summary, close: close, staffNames: staffNames),
                                  close: close, loadedAt: now)
        case .timeReview:
            let review = try session.timeReview(month)
            let close = try session.monthClose(month)
            let named = patients(Set(review.entries.map(\.patientId)))
            return SupervisorPage(month: month, heading: TimeReviewTable.heading(review, close: close),
                                  table: TimeReviewTable.make(review, patients: named, labels: labels, timeZone: session.timeZone),
                                  close: close, loadedAt: now, patients: named)
        case .programs:
            let view = try session.programComparison(months: ProgramsTable.months, through: month)
            return SupervisorPage(month: month, heading: ProgramsTable.heading(view), table: ProgramsTable.make(view, labels: labels),
                                  loadedAt: now, patients: Dictionary(view.rows.map { ($0.patient.id, $0.patient) }, uniquingKeysWith: { a, _ in a }),
                                  comparisons: Dictionary(view.rows.map { ($0.patient.id, $0.comparison) }, uniquingKeysWith: { a, _ in a }))
        }
    }
}
