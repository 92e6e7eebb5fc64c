import Foundation
import Testing

/// Plain-table output: columns line up by display width whatever the names hold.
@Suite(.serialized) struct TableOutputCLITests {
    /// Columns a string takes on a terminal, for the scripts these tests use (CJK is two wide).
    static func columns(_ text: Substring) -> Int {
        text.reduce(0) { sum, character in
            let wide = character.unicodeScalars.contains { (0x2E80...0xA4CF).contains($0.value) || (0xAC00...0xD7A3).contains($0.value) }
            return sum + (wide ? 2 : 1)
        }
    }

    /// The display column at which `needle` starts in `line`.
    static func column(of needle: String, in line: String) -> Int? {
        line.range(of: needle).map { columns(line[..<$0.lowerBound]) }
    }

    @Test func monthTablesAlignAccentedWideAndOverlongNames() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let long = "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnop, Bartholomew"
        var ids: [String] = []
        for (offset, name) in ["Ramírez, José", "李, 小龙", long, "Lee, Ann"].enumerated() {
            let id = try s.addPatient(name: name, mrn: "M\(offset + 1)")
            let r = try s.tend("time", "log", id, "--start", StoreFixture.ago(minutes: 100 + Double(offset) * 30),
                               "--end", StoreFixture.ago(minutes: 90 + Double(offset) * 30), "--activity", "call", "--note", "n")
            #expect(r.status == 0, "\(r.stderr)")
            ids.append(id)
        }
        for command in [["report", "month", StoreFixture.thisMonth], ["supervisor", "table", StoreFixture.thisMonth]] {
            let r = try s.tend(arguments: command)
            #expect(r.status == 0, "\(r.stderr)")
            let header = try #require(r.lines.first { $0.hasPrefix("id ") })
            let rows = ids.compactMap { id in r.lines.first { $0.hasPrefix(id) } }
            #expect(rows.count == 4)
            // The care manager's column starts at the same place on every line.
            let expected = Self.column(of: "care manager", in: header)
            #expect(expected != nil)
            for row in rows { #expect(Self.column(of: "nurse1", in: row) == expected, "\(command): \(row)") }
            // Into a pipe, a name longer than 40 columns is printed whole (nothing is cut).
            #expect(r.stdout.contains(long + "  "), "\(command): \(r.stdout)")
            #expect(!r.stdout.contains("…"))
            #expect(r.stdout.contains("李, 小龙"))
        }
    }

    /// Runs tend on a pseudo-terminal (`script`), as a person at a terminal does.
    static func onTerminal(_ arguments: [String]) throws -> TendProcess.Result {
        let quoted = ([TendProcess.binary("tend").path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", quoted.joined(separator: " "), "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["TEND_STORE"] = nil
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return TendProcess.Result(status: process.terminationStatus,
                                  stdout: String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n"), stderr: "")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func onATerminalLongCellsAreFittedAndIntoAFileTheyAreWhole() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let long = "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnop, Bartholomew"
        _ = try s.addPatient(name: long, mrn: "M1")
        let terminal = try Self.onTerminal(["--store", s.path, "patient", "list"])
        #expect(terminal.status == 0, "\(terminal.stdout)")
        // On a terminal a name longer than 40 columns is cut to 40 with an ellipsis, as before.
        #expect(terminal.stdout.contains(String(long.prefix(39)) + "…  "), "\(terminal.stdout)")
        #expect(!terminal.stdout.contains(long))
        // Redirected to a file, the same listing keeps the whole name.
        let file = try s.scratchFile("list.txt")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "\"$0\" --store \"$1\" patient list > \"$2\"", TendProcess.binary("tend").path, s.path, file.path]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.contains(long + "  "), "\(written)")
    }
}
