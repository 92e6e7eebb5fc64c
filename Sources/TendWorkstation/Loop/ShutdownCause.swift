/// Why the loop shuts down (and persists) instead of the user quitting.
enum ShutdownCause {
    /// `requestShutdown()`: SIGHUP, SIGTERM or Ctrl-C.
    case requested
    /// The terminal's input is gone (end-of-file, EIO, a hang-up that sent no SIGHUP).
    case terminalLost

    /// The words after "closed the workstation" in the exit message.
    var explanation: String {
        switch self {
        case .requested: return "on request"
        case .terminalLost: return "because the terminal was lost (its input closed)"
        }
    }
}
