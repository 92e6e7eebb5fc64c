import CNcurses
import Foundation

/// The process-wide ncurses session: ncurses state is global, so at most one terminal is open.
final class CursesSession: @unchecked Sendable {
    /// The one session of the process.
    static let shared = CursesSession()

    private let lock = NSLock()
    private var isOpen = false
    private var isInProgramMode = false
    private var atExitInstalled = false

    /// Marks the session open; throws when it already is.
    func claim() throws(TerminalOpenError) {
        lock.lock()
        defer { lock.unlock() }
        guard !isOpen else { throw .alreadyOpen }
        isOpen = true
        isInProgramMode = false
        if !atExitInstalled {
            atExitInstalled = true
            atexit { CursesSession.shared.leaveProgramMode() }
        }
    }

    /// Marks the session closed.
    func release() {
        lock.lock()
        isOpen = false
        isInProgramMode = false
        lock.unlock()
    }

    /// Records that ncurses owns the screen (after start-up or `restore`).
    func enterProgramMode() {
        lock.lock()
        isInProgramMode = true
        lock.unlock()
    }

    /// Gives the terminal back (endwin) if ncurses owns it; safe to call more than once.
    func leaveProgramMode() {
        lock.lock()
        defer { lock.unlock() }
        guard isOpen, isInProgramMode else { return }
        isInProgramMode = false
        endwin()
    }
}

/// Puts the terminal back in its normal state from an emergency exit path.
///
/// `CursesTerminal` installs an `atexit` handler that does this, so `exit()` leaves a usable
/// shell. Call `restore()` yourself before aborting or from a signal-driven shutdown path.
public enum TerminalRestorer {
    /// Ends curses mode if it is active (`endwin`); does nothing otherwise, and can be repeated.
    public static func restore() {
        CursesSession.shared.leaveProgramMode()
    }
}
