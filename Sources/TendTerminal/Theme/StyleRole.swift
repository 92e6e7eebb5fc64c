/// The semantic role of drawn text; a theme maps each role to colours and attributes.
///
/// The raw value is the key used in theme files.
public enum StyleRole: String, Sendable, Hashable, CaseIterable {
    /// Ordinary text.
    case normal
    /// Secondary, less important text.
    case dim
    /// A screen or pane title.
    case title
    /// Table and section headers.
    case header
    /// The selected row of the focused list.
    case selection
    /// The selected row of a list that does not have focus.
    case selectionInactive = "selection-inactive"
    /// Pane borders.
    case border
    /// A key name in the footer ("q").
    case footerKey = "footer-key"
    /// The action next to a key in the footer ("quit").
    case footerText = "footer-text"
    /// A state that is fine.
    case statusOK = "status-ok"
    /// A state that needs attention soon.
    case statusWarn = "status-warn"
    /// A state that is wrong or blocking.
    case statusError = "status-error"
    /// A running timer.
    case timerRunning = "timer-running"
    /// A paused timer.
    case timerPaused = "timer-paused"
    /// The filled part of a progress bar.
    case barFilled = "bar-filled"
    /// The empty part of a progress bar.
    case barEmpty = "bar-empty"
    /// A badge for something present or done.
    case badgeOK = "badge-ok"
    /// A badge for something missing.
    case badgeMissing = "badge-missing"
    /// Dialog boxes.
    case dialog
    /// Text input fields.
    case input
    /// The lock screen.
    case lockScreen = "lock-screen"
}
