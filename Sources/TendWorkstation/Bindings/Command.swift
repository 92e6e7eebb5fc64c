/// Everything a user can ask the workstation to do with a key.
///
/// The raw value is the stable name used in the configuration file (`key.<name> = …`), on the
/// `:` command line and in `docs/keybindings.md`.
public enum Command: String, CaseIterable, Sendable, Hashable {
    /// Move the selection down one row.
    case down
    /// Move the selection up one row.
    case up
    /// Move the selection down one page.
    case pageDown = "page-down"
    /// Move the selection up one page.
    case pageUp = "page-up"
    /// Select the first row.
    case top
    /// Select the last row.
    case bottom
    /// Open the selected patient or plan element.
    case open
    /// Focus the next pane.
    case nextPane = "next-pane"
    /// Focus the previous pane.
    case previousPane = "previous-pane"
    /// Focus the patient list.
    case paneList = "pane-list"
    /// Focus the patient summary.
    case paneSummary = "pane-summary"
    /// Focus the consent pane.
    case paneConsent = "pane-consent"
    /// Focus the care-plan pane.
    case panePlan = "pane-plan"
    /// Switch between my call list and all patients.
    case allPatients = "all-patients"
    /// Switch between the call list and the enrollment candidates.
    case candidates
    /// Switch between the call list and every patient in the store, whatever the status.
    case everyone = "every-patient"
    /// Filter the list by the one search rule (name ignoring case and accents, MRN, MBI, date of birth, phone digits).
    case filter
    /// Open the command line.
    case commandLine = "command"
    /// Show every key.
    case help
    /// Leave the workstation (a running stopwatch keeps running).
    case quit
    /// Start the stopwatch for the selected patient, or stop the running one.
    case stopwatch
    /// Pause or resume the running stopwatch.
    case pause
    /// Throw the running stopwatch away (asks first).
    case discard
    /// Log time spent without the stopwatch for the selected patient.
    case logTime = "time-log"
    /// Record the outcome of a call to the selected patient.
    case callOutcome = "call-outcome"
    /// Record a consent conversation for the selected patient.
    case recordConsent = "consent-record"
    /// Record that the selected patient revoked consent (asks first).
    case revokeConsent = "consent-revoke"
    /// Record a hospital or SNF stay for the selected patient.
    case addStay = "stay-add"
    /// Record the contact or visit of the selected patient's open care transition.
    case recordTransition = "transition-record"
    /// Edit the selected care-plan element.
    case editElement = "plan-edit"
    /// Add a measurable goal to the care plan.
    case addGoal = "goal-add"
    /// Edit the selected goal's text, target and due date.
    case editGoal = "goal-edit"
    /// Mark the selected goal met.
    case goalMet = "goal-met"
    /// Discontinue the selected goal.
    case goalDiscontinue = "goal-discontinue"
    /// Reopen a met or discontinued goal.
    case goalReopen = "goal-reopen"
    /// Record that a copy of the care plan was given to the patient.
    case sharePlan = "plan-copy"
    /// Show the care plan as text for the patient.
    case printPlan = "plan-print"
    /// Reload everything from the store now.
    case refresh
    /// Hide patient data behind the lock screen.
    case lock
    /// Close the overlay, clear the filter or go back to the list.
    case back
    /// Open the supervisor view, or go back to the care screen (supervisors and admins).
    case supervisor
    /// Sort the supervisor table by the next column.
    case sortNext = "sort-next"
    /// Sort the supervisor table by the previous column.
    case sortPrevious = "sort-previous"
    /// Reverse the supervisor table's order.
    case sortReverse = "sort-reverse"
    /// Show the month before.
    case previousMonth = "month-previous"
    /// Show the month after.
    case nextMonth = "month-next"
    /// Mark or unmark the selected patient for a bulk action.
    case mark
    /// Mark every patient the filter shows, or unmark them.
    case markAll = "mark-all"
    /// Move the marked (or selected) patients to another care manager.
    case reassign
    /// Mark the selected patient-month not billed with a reason, or clear the mark.
    case notBilled = "not-billed"
    /// Close the shown month.
    case closeMonth = "month-close"
    /// Reopen the shown closed month with a reason (admin).
    case reopenMonth = "month-reopen"
    /// Show the selected patient's audit packet for the month.
    case auditPacket = "audit-packet"
    /// Void the selected time entry with a reason.
    case voidEntry = "time-void"
    /// Correct the selected time entry's start, end or note with a reason.
    case correctEntry = "time-correct"

    /// Confirm the dialog (or move on to its next step).
    case confirm
    /// Close the dialog or editor without saving.
    case cancel
    /// Move to the next field of a form.
    case nextField = "next-field"
    /// Move to the previous field of a form.
    case previousField = "previous-field"
    /// Tick or untick a checkbox, or cycle a choice.
    case toggle
    /// Save the text being edited as a new care-plan revision.
    case save
}
