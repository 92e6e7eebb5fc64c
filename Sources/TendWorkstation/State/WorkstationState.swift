import Foundation
import TendDomain

/// Everything the screen shows that is not read from the store: focus, selection, filter,
/// overlays and the status message.
struct WorkstationState: Sendable {
    /// The care screen or the supervisor view.
    var screen: Screen = .care
    /// The supervisor view's tab, month, sorts, filters and marks (nil until first opened).
    var supervisor: SupervisorState?
    /// A supervisor tab the loop reads after drawing the frame that says it is being read.
    var pendingTabRead: PendingTabRead?
    /// The pane with focus.
    var focus: Pane = .list
    /// The detail pane shown beside the list (summary, consent or plan).
    var detailPane: Pane = .summary
    /// Which patients the list shows.
    var listKind: ListKind = .myCallList
    /// The filter typed with `/` (applied as typed).
    var filter: String = ""
    /// The selected row of the filtered list.
    var selection: Int = 0
    /// The selected element of the care-plan pane.
    var planSelection: Int = 0
    /// The overlay, if any.
    var overlay: Overlay = .none
    /// Whether the lock screen hides patient data.
    var locked = false
    /// The status-line message.
    var message: StatusMessage?
    /// When a key was last pressed (for the idle lock).
    var lastActivity: Date
    /// Whether the one-hour warning for the running stopwatch was shown.
    var warnedLongTimer = false

    init(now: Date) {
        lastActivity = now
    }
}

/// A message in the status line.
struct StatusMessage: Sendable, Equatable {
    /// How it is shown.
    enum Kind: Sendable { case info, success, warning, error }
    /// The kind.
    var kind: Kind
    /// The text.
    var text: String

    static func info(_ text: String) -> StatusMessage { StatusMessage(kind: .info, text: text) }
    static func success(_ text: String) -> StatusMessage { StatusMessage(kind: .success, text: text) }
    static func warning(_ text: String) -> StatusMessage { StatusMessage(kind: .warning, text: text) }
    static func error(_ text: String) -> StatusMessage { StatusMessage(kind: .error, text: text) }
}
