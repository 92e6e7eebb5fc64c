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
    /// Patient names by id, from pages already read (the time review names entries' patients).
    let patientNames: [PatientID: String]

    /// Reads `tab` for `month` (tabs that follow today's month ignore it).
    func load(_ tab: SupervisorTab, month: YearMonth, now: Date) throws -> SupervisorPage {
        switch tab {
        case .month:
            let rows = try session.supervisorTable(month)
            let close = try session.monthClose(month)
            let table = MonthTable.make(rows)
            let facts = MonthTable.closeFacts(rows)
            return SupervisorPage(month: month, heading: MonthTable.heading(month: month, close: close, facts: facts, today: session.today),
                                  table: table, close: close, closeFacts: facts, loadedAt: now)
        case .team:
            let team = try session.teamActivity()
            return SupervisorPage(month: session.currentMonth, heading: TeamTable.heading(team, today: session.today, now: now),
                                  table: TeamTable.make(team, patientNames: patientNames, now: now), team: team, loadedAt: now)
        case .atRisk:
            let view = try session.atRisk()
            return SupervisorPage(month: view.month, heading: AtRiskTable.heading(view), table: AtRiskTable.make(view), loadedAt: now)
        case .summary:
            let summary = try session.programSummary(month)
            let close = try session.monthClose(month)
            return SupervisorPage(month: month, heading: [], text: SummaryText.lines(summary, close: close, staffNames: staffNames),
                                  close: close, loadedAt: now)
        case .timeReview:
            let review = try session.timeReview(month)
            let close = try session.monthClose(month)
            return SupervisorPage(month: month, heading: TimeReviewTable.heading(review, close: close),
                                  table: TimeReviewTable.make(review, patientNames: patientNames, timeZone: session.timeZone),
                                  close: close, loadedAt: now)
        }
    }
}
