import Foundation
import TendTestSupport

/// The built `tend` started in a new session on a pseudo-terminal it inherits but never opens,
/// so the pty is not its controlling terminal and closing the master side sends no SIGHUP.
final class PtyChild {
    /// What `waitForExit` found.
    struct Exit {
        /// The raw wait status (0 for a normal exit with status 0).
        var status: Int32
        /// User plus system CPU time over the whole run, from `wait4`'s resource usage.
        var cpuSeconds: TimeInterval
    }

    let pid: pid_t
    private var master: Int32
    private var output = [UInt8]()
    private var reaped = false

    /// Starts `tend arguments` with the test process's environment plus `environment`.
    init(arguments: [String], environment: [String: String]) throws {
        guard let pair = PtyCalls.openPair() else { throw FixtureError(description: "cannot open a pseudo-terminal") }
        master = pair.master
        let slave = open(pair.slavePath, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw FixtureError(description: "cannot open \(pair.slavePath)") }
        var size = winsize(ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        defer { close(slave) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_adddup2(&actions, slave, target)
        }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session with no controlling terminal (POSIX_SPAWN_SETSID, 0x80 in glibc), and
        // no signal blocked or ignored as the test runner's threads may have them.
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(0x80 | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var env = ProcessInfo.processInfo.environment
        env["TEND_STORE"] = nil
        for (key, value) in environment { env[key] = value }
        let path = TendProcess.binary("tend").path
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard result == 0 else { throw FixtureError(description: "posix_spawn failed: \(result)") }
        pid = child
    }

    deinit {
        killIfRunning()
        closeMaster()
    }

    /// Sends `text` as typed keys.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = write(master, $0.baseAddress, $0.count) }
    }

    /// Changes the terminal's size and tells the child (the pty is not its controlling
    /// terminal, so the kernel sends it no SIGWINCH): it redraws every cell.
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        kill(pid, SIGWINCH)
    }

    /// Reads the child's output until it contains `text`; whether it did within `seconds`.
    func waitForOutput(_ text: String, seconds: TimeInterval) -> Bool {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            drain(milliseconds: 100)
            if output.count >= needle.count, (0...(output.count - needle.count)).contains(where: { output[$0..<$0 + needle.count].elementsEqual(needle) }) {
                return true
            }
        }
        return false
    }

    /// The last output, printable, for failure messages.
    var outputTail: String {
        String(decoding: output.suffix(600), as: UTF8.self).replacingOccurrences(of: "\u{1B}", with: "^[")
    }

    /// Closes the master side, as a killed multiplexer or terminal emulator would.
    func closeMaster() {
        guard master >= 0 else { return }
        close(master)
        master = -1
    }

    /// User plus system CPU seconds so far, from /proc/PID/stat (while the child runs).
    func cpuSeconds() -> TimeInterval? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after "pid (comm)": state is field 3; utime and stime are fields 14 and 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Waits up to `seconds` for the child to exit; its status and CPU time, or `nil` if it still runs.
    func waitForExit(seconds: TimeInterval) -> Exit? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            var status: Int32 = 0
            var usage = rusage()
            if wait4(pid, &status, WNOHANG, &usage) == pid {
                reaped = true
                let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
                    + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
                return Exit(status: status, cpuSeconds: cpu)
            }
            usleep(10_000)
        } while Date() < deadline
        return nil
    }

    /// Kills and reaps the child if it has not been reaped.
    func killIfRunning() {
        guard !reaped else { return }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        reaped = true
    }

    private func drain(milliseconds: Int32) {
        guard master >= 0 else { return }
        var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        if count > 0 { output.append(contentsOf: buffer.prefix(count)) }
    }
}
