import Foundation
import TendDomain
import TendServices

/// What the workstation last read from the store: the acting user, the list and the timer.
struct StoreView: Sendable {
    /// The acting staff member.
    var me: StaffMember
    /// The rows of the current list, unfiltered, in rank order.
    var rows: [ListRow]
    /// The acting user's running stopwatch, if any.
    var timer: RunningTimer?
    /// The stopwatch's patient (named with the date of birth wherever it is shown).
    var timerPatient: Patient?
    /// Staff display names by login.
    var staffNames: [String: String]
}

/// What the panes show about the selected patient.
struct PatientDetail: Sendable {
    /// The patient.
    var patient: Patient
    /// The eligibility result.
    var eligibility: EligibilityResult
    /// The care plan.
    var plan: CarePlan
    /// Minutes this month, counted as the billing engine counts them.
    var tally: MinuteTally
    /// This month's time entries for the patient, newest first.
    var entries: [TimeEntry]
    /// Days left in the month, today included.
    var daysLeft: Int
    /// The call-list facts, when the patient is on a call list.
    var callEntry: CallListEntry?

    /// Total counting minutes.
    var totalMinutes: Int { tally.clinical + tally.practitioner }
}
