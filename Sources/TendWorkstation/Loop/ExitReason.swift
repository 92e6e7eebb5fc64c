/// Why `Workstation.run()` returned, with the message to print once the terminal is restored.
public enum ExitReason: Sendable, Equatable {
    /// The user quit. The message says whether a stopwatch keeps running in the store.
    case quit(message: String)
    /// `requestShutdown()` was called (SIGHUP, SIGTERM, Ctrl-C), or the terminal's input was lost
    /// (end-of-file, EIO, a hang-up without SIGHUP). The message says why and what was kept.
    case shutdown(message: String)
    /// The workstation ended the session by itself instead of locking the screen (the password
    /// cannot be checked, or too many wrong passwords). The message says why and what was kept.
    case loggedOff(message: String)
    /// The account is no longer an active staff member of the store. The message says what was kept.
    case accountInactive(message: String)

    /// The message to print after the terminal is restored.
    public var message: String {
        switch self {
        case .quit(let message), .shutdown(let message), .loggedOff(let message), .accountInactive(let message): return message
        }
    }
}
