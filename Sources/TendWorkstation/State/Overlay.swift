import TendDomain

/// What a form dialog is for, and so what confirming it does.
enum FormPurpose: Sendable, Equatable {
    /// Stop the running stopwatch and log its time.
    case stopTimer(PatientID)
    /// Confirm, with a reason, that a stop repeating an earlier entry is separate work; holds
    /// the stop form to return to.
    case separateStop(PatientID, Form)
    /// Log time spent without the stopwatch.
    case logTime(PatientID)
    /// Confirm, with a reason, that time logged by hand repeating an earlier entry is separate
    /// work; holds the log form to return to.
    case separateLog(PatientID, Form)
    /// Record the outcome of a call.
    case callOutcome(PatientID)
    /// Record a consent conversation.
    case recordConsent(PatientID)
    /// Record a hospital or SNF stay.
    case addStay(PatientID)
    /// Record a care transition's contact or visit (the stay's id).
    case recordTransition(PatientID, stay: String)
    /// Add a goal to the care plan (from the goals dialog: it comes back to that dialog).
    case addGoal(PatientID, fromGoals: Bool)
    /// Change a goal's text, target or due date.
    case editGoal(PatientID, goal: Int)
    /// Record a copy of the plan given to the patient.
    case sharePlan(PatientID)
    /// Move patients to another care manager.
    case reassign([PatientID])
    /// Mark a patient-month not billed, or clear the mark.
    case notBilled(PatientID, YearMonth)
    /// Mark several patient-months not billed with one reason, in one change.
    case notBilledMany([PatientID], YearMonth)
    /// Void a time entry (as an amendment when its month is closed).
    case voidEntry(EntryID, amend: Bool)
    /// Correct a time entry (as an amendment when its month is closed).
    case correctEntry(EntryID, amend: Bool)
    /// Reopen a closed month.
    case reopenMonth(YearMonth)
}

/// What a yes/no confirmation does when answered yes.
enum ConfirmAction: Sendable, Equatable {
    /// Throw the stopwatch away.
    case discardTimer
    /// Record a revocation of consent today.
    case revokeConsent(PatientID)
    /// Record the consent conversation reviewed in the form.
    case recordConsent(PatientID, ConsentDraft)
    /// Close the plan editor and drop its unsaved changes (the edit is the confirmation's `back`).
    case dropEdit
    /// Close a form and drop what was entered in it (the form is the confirmation's `back`).
    case dropForm
    /// Close a month.
    case closeMonth(YearMonth)
    /// Mark a goal met or discontinued, or reopen it.
    case setGoalStatus(PatientID, goal: Int, status: GoalStatus)
}

/// A consent conversation as filled in, before it is recorded.
struct ConsentDraft: Sendable, Equatable {
    var date: LocalDate
    var method: ConsentMethod
    var notGiven: Set<Disclosure>
    var declined: Bool
    /// The program the consent is for (the patient's program of the current month).
    var program: CareProgram = .ccm
}

/// A yes/no question: Enter is yes, Esc is no.
struct Confirmation: Sendable {
    /// The question, one or more lines.
    var lines: [String]
    /// What yes does.
    var action: ConfirmAction
    /// What no (Esc) goes back to: the form or editor the question was asked from, whole, so
    /// nothing typed is lost; nil goes back to the main screen.
    var back: Overlay? = nil
}

/// A scrollable page of text (help, the printed plan).
struct TextPage: Sendable, Equatable {
    /// The title.
    var title: String
    /// The lines.
    var lines: [String]
    /// The first line shown (of the lines as wrapped to the page's width).
    var scroll: Int = 0
    /// The column a wrapped line continues at (the help's summaries), when not the line's
    /// own indentation plus two.
    var hangingIndent: Int? = nil
}

/// What covers the main screen, if anything. Only one at a time; the lock screen is separate
/// and covers everything.
enum Overlay: Sendable {
    /// Nothing: the main screen has the keys.
    case none
    /// The filter line under the list.
    case filter(LineField)
    /// The `:` command line.
    case commandLine(LineField)
    /// A page of text (help or the patient's copy of the plan).
    case page(TextPage)
    /// A form.
    case form(Form, FormPurpose)
    /// A yes/no question (indirect: it keeps the overlay it interrupted, to go back to).
    indirect case confirm(Confirmation)
    /// The multi-line care-plan editor.
    case editor(PlanEdit)
    /// Someone else saved the element meanwhile: both versions side by side.
    case conflict(PlanConflict)
    /// The care plan's goals, their status and history.
    case goals(GoalsView)

    /// The binding context of keys while the overlay is open (nil for the main screen).
    var context: BindingContext? {
        switch self {
        case .none: return nil
        case .editor: return .editor
        case .goals: return .goals
        default: return .dialog
        }
    }
}
