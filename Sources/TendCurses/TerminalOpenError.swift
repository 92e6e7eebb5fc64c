/// Why the ncurses terminal could not start; each message says what to do about it.
public enum TerminalOpenError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `TERM` is unset or empty.
    case terminalTypeNotSet
    /// `TERM=dumb`, which cannot move the cursor.
    case dumbTerminal
    /// terminfo has no entry for this `TERM`.
    case unknownTerminalType(String)
    /// Standard input or output is not a terminal.
    case notATerminal
    /// Another `CursesTerminal` is still open; ncurses state is global.
    case alreadyOpen
    /// ncurses failed in another way.
    case initializationFailed(String)

    /// A message for the user.
    public var description: String {
        switch self {
        case .terminalTypeNotSet:
            return "TERM is not set, so the terminal type is unknown; run with TERM=xterm-256color"
        case .dumbTerminal:
            return "TERM=dumb cannot position the cursor; run in a full terminal, e.g. with TERM=xterm-256color"
        case .unknownTerminalType(let name):
            return "unknown terminal type '\(name)' (no terminfo entry); try TERM=xterm-256color"
        case .notATerminal:
            return "standard input and output must be a terminal for the full-screen workstation"
        case .alreadyOpen:
            return "the terminal is already open in this process"
        case .initializationFailed(let reason):
            return "could not start the terminal: \(reason)"
        }
    }
}
