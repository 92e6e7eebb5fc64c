import TendDomain
import TendTerminal

/// The acting user's stopwatch as a frame shows it.
struct StopwatchModel: Sendable {
    /// Whether it is paused.
    var isPaused: Bool
    /// Seconds counted at the frame's instant.
    var elapsedSeconds: Int
    /// Its patient's id (shown when the record could not be read).
    var patientId: PatientID
    /// Its patient, named with the date of birth wherever shown.
    var patient: Patient?
}

/// The top line: the practice, the acting user and the stopwatch.
struct TitleBarModel: Sendable {
    /// The practice's name.
    var practice: String
    /// The acting user, once read.
    var me: StaffMember?
    /// The stopwatch, if one runs or is paused.
    var stopwatch: StopwatchModel?
    /// How patients are named on this terminal.
    var labels: PatientLabel
}

/// The status line: a message (or the default hint) and the store's path.
struct StatusLineModel: Sendable {
    /// The message shown, if any.
    var message: StatusMessage?
    /// What is shown when there is no message.
    var hint: String?
    /// The store's path, shown on the right when there is room.
    var storePath: String
}

/// One key the footer offers.
struct FooterItem: Sendable, Equatable {
    /// The key's name (`F5`, `q`).
    var key: String
    /// What it does here, in a word or two.
    var hint: String
    /// Whether it stays when the footer is too narrow (help, quit, confirm, cancel, save).
    var essential: Bool
}

/// The lock screen: no patient data, only the stopwatch's state and how to unlock.
struct LockScreenModel: Sendable {
    /// The idle minutes after which the screen locks.
    var idleLockMinutes: Int
    /// The stopwatch, if one runs or is paused (its patient is not shown).
    var stopwatch: StopwatchModel?
    /// The account whose password unlocks.
    var login: String
    /// What the lock screen says about the last attempt.
    var message: String?
}
