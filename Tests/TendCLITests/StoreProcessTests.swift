import Foundation
import Testing

/// The store under real processes: many writers at once, kill -9 mid-commit, damaged files.
@Suite(.serialized) struct StoreProcessTests {
    func writers(_ s: StoreFixture, count: Int) throws -> String {
        let id = try s.addPatient()
        for i in 1...count {
            #expect(try s.tend("staff", "add", "w\(i)", "--name", "Writer \(i)", "--credential", "RN").status == 0)
        }
        return id
    }

    func stress(_ s: StoreFixture, patient: String, count: Int, login: String) throws -> Process {
        let p = Process()
        p.executableURL = TendProcess.binary("tend-stress")
        p.arguments = [s.path, patient, String(count), login]
        return p
    }

    @Test func eightWritersLoggingFiveHundredEntriesEachLoseNothing() throws {
        let s = try StoreFixture.initialized()
        let id = try writers(s, count: 8)
        let perWriter = Int(ProcessInfo.processInfo.environment["TEND_STRESS_ENTRIES"] ?? "500")!
        var processes: [(Process, Pipe)] = []
        for i in 1...8 {
            let p = try stress(s, patient: id, count: perWriter, login: "w\(i)")
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            processes.append((p, out))
        }
        var acknowledged: Set<String> = []
        for (p, out) in processes {
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            for line in text.split(separator: "\n") where line.hasPrefix("ack ") { acknowledged.insert(String(line.dropFirst(4))) }
        }
        #expect(acknowledged.count == 8 * perWriter)
        var stored: [String] = []
        let months = try TendProcess.run(["--store", s.path, "audit", "log", "--format", "json"]).stdout
        _ = months
        // Every month a writer could have used, read through the command line.
        for offset in 0...11 {
            let month = Calendar(identifier: .gregorian).date(byAdding: .month, value: -offset, to: Date())!
            let m = String(format: "%04d-%02d", Calendar(identifier: .gregorian).component(.year, from: month), Calendar(identifier: .gregorian).component(.month, from: month))
            let list = try s.json("time", "list", "--month", m, "--format", "json") as! [[String: Any]]
            stored += list.compactMap { $0["id"] as? String }
        }
        #expect(stored.count == 8 * perWriter, "exactly the acknowledged entries, none duplicated")
        #expect(Set(stored) == acknowledged)
        let verify = try s.tend("audit", "verify")
        #expect(verify.status == 0, "\(verify.stdout)")
    }

    @Test func killNineDuringWritesLosesNoAcknowledgedEntry() throws {
        let s = try StoreFixture.initialized()
        let id = try writers(s, count: 1)
        var acknowledged: Set<String> = []
        let rounds = Int(ProcessInfo.processInfo.environment["TEND_KILL_ROUNDS"] ?? "12")!
        for round in 0..<rounds {
            let p = try stress(s, patient: id, count: 10_000, login: "w1")
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(useconds_t(150_000 + (round * 37_000) % 250_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            for line in text.split(separator: "\n") where line.hasPrefix("ack ") { acknowledged.insert(String(line.dropFirst(4))) }
            // The next process (any tend command) finds a store that loads.
            let verify = try s.tend("audit", "verify")
            #expect(verify.status == 0 || verify.stdout.contains("not yet anchored"), "round \(round): \(verify.stdout)")
        }
        #expect(!acknowledged.isEmpty)
        // Read every entry (the writer's lanes are within the last year).
        var stored: Set<String> = []
        for offset in 0...11 {
            let date = Calendar(identifier: .gregorian).date(byAdding: .month, value: -offset, to: Date())!
            let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "America/New_York")!, from: date)
            let list = try s.json("time", "list", "--month", String(format: "%04d-%02d", c.year!, c.month!), "--format", "json") as! [[String: Any]]
            stored.formUnion(list.compactMap { $0["id"] as? String })
        }
        #expect(acknowledged.isSubset(of: stored), "acknowledged but lost: \(acknowledged.subtracting(stored).count)")
        #expect(try s.tend("audit", "verify").status == 0)
    }

    @Test func truncatedStoreFilesGiveAClearErrorAndAreLeftUntouched() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        try s.makeReady(id)
        let month = StoreFixture.thisMonth
        #expect(try s.tend("time", "log", id, "--start", StoreFixture.ago(minutes: 60), "--end", StoreFixture.ago(minutes: 35), "--activity", "call", "--note", "n").status == 0)
        let login = String(cString: getpwuid(getuid())!.pointee.pw_name)
        let files: [(String, [String])] = [
            ("patients/\(id).json", ["patient", "show", id]),
            ("staff.json", ["staff", "list"]),
            ("time/\(month)/\(login).json", ["report", "month", month]),
            ("fee-schedules/2025.json", ["report", "month", "2025-06"]),
            ("plans/\(id).json", ["plan", "show", id]),
        ]
        for (file, command) in files {
            let url = s.root.appendingPathComponent(file)
            let original = try Data(contentsOf: url)
            // A spread of offsets across the file, always including 0 and the last byte.
            let offsets = Set([0, 1, original.count / 2, original.count - 1] + stride(from: 0, to: original.count, by: max(1, original.count / 12)))
            for offset in offsets.sorted() {
                try original.prefix(offset).write(to: url)
                let r = try s.tend(arguments: command)
                #expect(r.status == 2, "\(file) cut at \(offset): \(r.status) \(r.stderr)")
                #expect(r.stderr.contains(file), "\(file) cut at \(offset): \(r.stderr)")
                #expect(try Data(contentsOf: url) == original.prefix(offset), "the damaged file was modified")
            }
            try original.write(to: url)
        }
        #expect(try s.tend("report", "month", month).status == 0)
    }

    @Test func editedAuditTrailIsNamedByVerify() throws {
        let s = try StoreFixture.initialized()
        _ = try s.addPatient()
        let trail = s.root.appendingPathComponent("audit/trail.jsonl")
        var lines = String(decoding: try Data(contentsOf: trail), as: UTF8.self).split(separator: "\n").map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: "Eleanor Lawson", with: "Eleanor Lawsen")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: trail)
        let r = try s.tend("audit", "verify")
        #expect(r.status == 2)
        #expect(r.stdout.contains("record 2 (line 2) was edited"))
    }
}
