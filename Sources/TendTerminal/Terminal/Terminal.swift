/// The terminal the application loop draws to and reads keys from.
///
/// Implemented by the ncurses backend and by `VirtualTerminal` for tests. A terminal is owned by
/// one thread (the loop), so implementations are classes that are not `Sendable`.
public protocol Terminal: AnyObject {
    /// The current size in columns and rows.
    var size: Size { get }
    /// Shows `grid`, drawing only what changed since the last call.
    func present(_ grid: CellGrid)
    /// Shows the text cursor at `position`, or hides it for `nil`.
    func setCursor(_ position: Position?)
    /// Waits up to `timeout` milliseconds for a key; `nil` when none arrived.
    func readKey(timeout: Int) -> Key?
    /// Gives the terminal back to the shell (for a subprocess or Ctrl-Z).
    func suspend()
    /// Takes the terminal again after `suspend()` and redraws everything on the next `present`.
    func restore()
    /// Whether the terminal's input is gone for good (end-of-file, EIO, a hang-up without a
    /// SIGHUP): no key will ever come, so the loop keeps what it can and exits.
    var isInputLost: Bool { get }
}

extension Terminal {
    /// A terminal that never loses its input (the in-memory ones) says so by default.
    public var isInputLost: Bool { false }
}
