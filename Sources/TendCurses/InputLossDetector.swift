import Foundation

/// Tells a quiet terminal from a lost one after `wget_wch` returned no key.
///
/// When the other side of the terminal goes away without a SIGHUP reaching us (the pty is not
/// our controlling terminal, as under `su`, or a multiplexer was killed), ncurses' read gets
/// end-of-file or EIO and `wget_wch` returns ERR at once, every time: without this check the
/// loop spins at full CPU forever. The input is taken as lost when `poll` reports a hang-up,
/// an error or a closed descriptor, when a terminal's attributes can no longer be read, or when
/// `wget_wch` keeps returning no key although `poll` says the input is readable (end-of-file).
struct InputLossDetector {
    /// How many no-key reads in a row on readable input mean end-of-file. ncurses consumes any
    /// real byte it can read, so even one such read is unusual; three rule out a race with a
    /// key arriving just as the wait timed out.
    static let readableWithoutKeyLimit = 3

    /// The descriptor ncurses reads keys from.
    let descriptor: Int32
    /// Whether the descriptor was a terminal at the start (then `tcgetattr` must keep working).
    let wasTerminal: Bool
    /// Whether the input is gone for good.
    private(set) var isLost = false
    /// Why the input was taken as lost, for the exit message and tests.
    private(set) var reason: String?
    private var readableWithoutKey = 0

    /// Watches `descriptor`.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        wasTerminal = isatty(descriptor) == 1
    }

    /// A key arrived: the input is alive.
    mutating func keyArrived() {
        readableWithoutKey = 0
    }

    /// `wget_wch` returned no key: checks the descriptor, and returns whether the input is lost.
    mutating func noKeyArrived() -> Bool {
        guard !isLost else { return true }
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&entry, 1, 0)
        let events = Int32(entry.revents)
        if ready < 0 && errno != EINTR && errno != EAGAIN {
            return lose("poll failed: \(String(cString: strerror(errno)))")
        }
        if events & Int32(POLLNVAL) != 0 { return lose("the input descriptor is closed") }
        if events & Int32(POLLERR) != 0 { return lose("an error on the input (POLLERR)") }
        if events & Int32(POLLHUP) != 0 && events & Int32(POLLIN) == 0 {
            return lose("the terminal hung up (POLLHUP)")
        }
        if wasTerminal {
            var attributes = termios()
            if tcgetattr(descriptor, &attributes) != 0 && errno != EINTR {
                return lose("the terminal is gone (\(String(cString: strerror(errno))))")
            }
        }
        if events & Int32(POLLIN | POLLHUP) != 0 {
            readableWithoutKey += 1
            if readableWithoutKey >= Self.readableWithoutKeyLimit {
                return lose(events & Int32(POLLHUP) != 0 ? "the terminal hung up (POLLHUP)" : "end of input (EOF or EIO)")
            }
        } else {
            readableWithoutKey = 0
        }
        return false
    }

    private mutating func lose(_ why: String) -> Bool {
        isLost = true
        reason = why
        return true
    }
}
