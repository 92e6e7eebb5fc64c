import Foundation
import TendDomain
import TendServices
import TendTerminal

/// What one tab of the supervisor view shows, as last read from the store.
struct SupervisorPage: Sendable {
    /// The month the page is about.
    var month: YearMonth
    /// One or two lines above the table: state and counts.
    var heading: [String]
    /// The table (nil for the summary, which is text).
    var table: DataTable?
    /// The summary's text.
    var text: [String] = []
    /// The team's activity, kept to redraw the running stopwatches every second.
    var team: [TeamMemberActivity] = []
    /// The month's close record, when the page is about a month that can be closed.
    var close: MonthClose?
    /// Month-table facts close needs: patient-months that block it, and the billable count and payment.
    var closeFacts: CloseFacts?
    /// When it was read.
    var loadedAt: Date
    /// The patients the page names, by id (kept to name them again without reading).
    var patients: [PatientID: Patient] = [:]
    /// The program comparison's patients, by id (its rows' details).
    var comparisons: [PatientID: PatientProgramComparison] = [:]
}

/// What the month table knows about closing its month.
struct CloseFacts: Sendable {
    /// Patient-months that reach a code but fail a gate, as close would refuse them.
    var blocked: [MonthCloseBlocked.Blocker]
    /// Patient-months that will be billed.
    var billable: Int
    /// Their expected payment.
    var payment: Decimal
    /// Patient-months the month covers.
    var covered: Int
    /// Patient-months billing a code without a confirmed amount in the month's fee schedule.
    var unpriced = 0
}
