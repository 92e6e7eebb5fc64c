import Foundation

/// Writes a generated Bulk Data export (NDJSON per resource type) of fictional patients, for the
/// real-process import test; `scripts/fhir-bulk-gen` writes the same shape for the benchmark.
enum FHIRBulkExport {
    /// Writes `patients` patients, each with three conditions (one resolved), two office visits,
    /// and `observations` Observations that tend skips, into `directory`. Deterministic.
    static func write(to directory: URL, patients: Int, observations: Int) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let mr = #"{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"value":"#
        let clinical = #"{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"#
        var files: [String: FileHandle] = [:]
        for type in ["Patient", "Condition", "Encounter", "Observation"] {
            let url = directory.appendingPathComponent("\(type).ndjson")
            FileManager.default.createFile(atPath: url.path, contents: nil)
            files[type] = try FileHandle(forWritingTo: url)
        }
        defer { files.values.forEach { try? $0.close() } }
        let families = ["Okafor", "García", "Nguyen", "Kowalski", "Haddad", "Lefèvre", "Patel", "Mensah"]
        for n in 0..<patients {
            var patient = ""
            let dob = String(format: "19%02d-%02d-%02d", 30 + n % 40, 1 + n % 12, 1 + n % 28)
            patient += #"{"resourceType":"Patient","id":"g\#(n)","identifier":[\#(mr)"GEN\#(n)"}],"#
            patient += #""name":[{"use":"official","family":"\#(families[n % families.count])","given":["Pat\#(n)"]}],"birthDate":"\#(dob)"}"# + "\n"
            var conditions = ""
            for (c, (system, code, status)) in [("http://hl7.org/fhir/sid/icd-10-cm", "E11.9", "active"),
                                                ("http://snomed.info/sct", "38341003", "active"),
                                                ("http://hl7.org/fhir/sid/icd-10-cm", "J45.909", "resolved")].enumerated() {
                conditions += #"{"resourceType":"Condition","id":"g\#(n)c\#(c)","clinicalStatus":\#(clinical)"\#(status)"}]},"#
                conditions += #""code":{"coding":[{"system":"\#(system)","code":"\#(code)"}]},"subject":{"reference":"Patient/g\#(n)"}}"# + "\n"
            }
            var encounters = ""
            for (e, day) in ["2026-03-02", "2026-07-15"].enumerated() {
                encounters += #"{"resourceType":"Encounter","id":"g\#(n)e\#(e)","status":"finished","class":{"code":"AMB"},"#
                encounters += #""type":[{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"99213"}]}],"subject":{"reference":"Patient/g\#(n)"},"period":{"start":"\#(day)"}}"# + "\n"
            }
            var skipped = ""
            for o in 0..<observations {
                skipped += #"{"resourceType":"Observation","id":"g\#(n)o\#(o)","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"subject":{"reference":"Patient/g\#(n)"},"valueQuantity":{"value":\#(110 + o % 50),"unit":"mm[Hg]"}}"# + "\n"
            }
            files["Patient"]!.write(Data(patient.utf8))
            files["Condition"]!.write(Data(conditions.utf8))
            files["Encounter"]!.write(Data(encounters.utf8))
            files["Observation"]!.write(Data(skipped.utf8))
        }
    }
}

/// One run of the built `tend` as a child process, waited for with `wait4` so that its own peak
/// resident memory is known (Foundation's Process reaps its children itself).
enum MeasuredRun {
    struct Result {
        var exitStatus: Int32
        var peakMegabytes: Double
        var stdout: String
        var stderr: String
    }

    static func tend(_ arguments: [String], scratch: URL) throws -> Result {
        let out = scratch.appendingPathComponent("measured-stdout"), err = scratch.appendingPathComponent("measured-stderr")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var env = ProcessInfo.processInfo.environment
        env["TEND_STORE"] = nil
        let path = TendProcess.binary("tend").path
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw FixtureError(description: "posix_spawn failed: \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(child, &status, 0, &usage) < 0 && errno == EINTR {}
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(exitStatus: exit, peakMegabytes: Double(usage.ru_maxrss) / 1024,
                      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}
