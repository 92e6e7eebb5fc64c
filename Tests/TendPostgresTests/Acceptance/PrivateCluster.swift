import Foundation

/// A throwaway PostgreSQL cluster of one test, in a temporary directory, on a loopback port of
/// its own: stopping it (even with `pg_ctl stop -m immediate`) touches no other test's server.
/// Host connections need a password (scram-sha-256), kept in a pgpass file beside it.
final class PrivateCluster: @unchecked Sendable {
    /// The server's programs: `TEND_TEST_PG_BIN`, else the newest /usr/lib/postgresql/N/bin.
    static let binDirectory: String? = {
        let fileManager = FileManager.default
        let isServer = { (dir: String) in ["initdb", "pg_ctl", "postgres"].allSatisfy { fileManager.isExecutableFile(atPath: "\(dir)/\($0)") } }
        if let bin = ProcessInfo.processInfo.environment["TEND_TEST_PG_BIN"], isServer(bin) { return bin }
        let versions = (try? fileManager.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        return versions.compactMap(Int.init).sorted().reversed().map { "/usr/lib/postgresql/\($0)/bin" }.first(where: isServer)
    }()

    /// Whether a cluster can be made here (a server installation, and an OS user to run it).
    static var possible: Bool {
        binDirectory != nil && (getuid() != 0 || getpwnam("postgres") != nil)
    }

    let directory: URL
    let port: Int
    let password: String
    private let bin: String
    private let data: String
    private let log: String
    /// The pgpass file tend reads the password from.
    var pgpass: String { directory.appendingPathComponent("pgpass").path }

    /// The server, as the acceptance tests reach it.
    var server: AcceptanceServer {
        AcceptanceServer(host: "127.0.0.1", port: port, superuser: "postgres", password: password,
                         environment: ["PGPASSFILE": pgpass, "PGPASSWORD": nil])
    }

    /// initdb and start, on the first port from 54340 that is free.
    init() throws {
        guard let bin = Self.binDirectory else { throw AcceptanceStepFailed(description: "no PostgreSQL server installation") }
        self.bin = bin
        // Short: the server's unix socket lives in it too (a socket path has at most 107 bytes).
        let path = "/tmp/tend-pgc-\(UUID().uuidString.prefix(8))"
        directory = URL(fileURLWithPath: path)
        data = path + "/data"
        log = path + "/server.log"
        password = UUID().uuidString.replacingOccurrences(of: "-", with: "")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        if getuid() == 0, let owner = getpwnam("postgres") { chown(path, owner.pointee.pw_uid, owner.pointee.pw_gid) }
        let pwfile = directory.appendingPathComponent("pwfile").path
        try Self.writePrivately(password + "\n", to: pwfile, serverOwned: true)
        try Self.asServer(bin + "/initdb", ["-D", data, "-U", "postgres", "--pwfile=\(pwfile)", "--auth-local=scram-sha-256",
                                            "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C"], what: "initdb")
        try? FileManager.default.removeItem(atPath: pwfile)
        var chosen: Int?
        for candidate in 54340...54399 where Self.portIsFree(candidate) {
            let settings = "\nlisten_addresses = '127.0.0.1'\nport = \(candidate)\nunix_socket_directories = '\(path)'\nmax_connections = 50\n"
            try Self.asServer("/bin/sh", ["-c", "printf '%s' \"$1\" >> \"$2\"", "sh", settings, data + "/postgresql.conf"], what: "configure")
            if (try? Self.asServer(bin + "/pg_ctl", ["-D", data, "-l", log, "-w", "-t", "120", "start"], what: "start")) != nil {
                chosen = candidate
                break
            }
        }
        guard let chosen else {
            try? FileManager.default.removeItem(at: directory)
            throw AcceptanceStepFailed(description: "no free port for a private cluster in 54340-54399")
        }
        port = chosen
        try Self.writePrivately("127.0.0.1:\(port):*:*:\(password)\n", to: pgpass, serverOwned: false)
    }

    /// `pg_ctl stop -m MODE` (immediate: no checkpoint, as a power cut leaves the disk).
    func stop(mode: String) throws {
        try Self.asServer(bin + "/pg_ctl", ["-D", data, "-w", "-t", "120", "stop", "-m", mode], what: "stop -m \(mode)")
    }

    /// Starts the stopped server again (crash recovery replays its write-ahead log).
    func start() throws {
        try Self.asServer(bin + "/pg_ctl", ["-D", data, "-l", log, "-w", "-t", "120", "start"], what: "start")
    }

    /// Stops the server if it runs and removes its directory.
    func remove() {
        try? Self.asServer(bin + "/pg_ctl", ["-D", data, "-w", "-t", "60", "stop", "-m", "immediate"], what: "stop")
        try? FileManager.default.removeItem(at: directory)
    }

    private static func writePrivately(_ text: String, to path: String, serverOwned: Bool) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw AcceptanceStepFailed(description: "cannot write \(path)")
        }
        if serverOwned, getuid() == 0, let owner = getpwnam("postgres") { chown(path, owner.pointee.pw_uid, owner.pointee.pw_gid) }
    }

    /// Whether nothing listens on 127.0.0.1:`port`.
    private static func portIsFree(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } != 0
    }

    /// Runs a server program: as the OS user postgres when we are root (the server refuses root).
    /// Spawned directly rather than with Foundation's `Process`, whose end-of-process detection
    /// waits for every descendant to close a descriptor it hands down, and the server that
    /// `pg_ctl start` leaves running never would: every descriptor above stderr is closed in the
    /// child, and its output goes to a file.
    private static func asServer(_ program: String, _ arguments: [String], what: String) throws {
        let command = getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--", program] + arguments : [program] + arguments
        let argv = ["/bin/sh", "-c", "cd / && exec \"$@\"", "sh"] + command
        let outputPath = NSTemporaryDirectory() + "tend-pgc-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let inherited = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap(Int32.init)
        for descriptor in inherited where descriptor > 2 { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else {
            throw AcceptanceStepFailed(description: "private cluster: \(what): cannot run \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw AcceptanceStepFailed(description: "private cluster: \(what) failed (wait status \(status)): \(text)")
        }
    }
}
