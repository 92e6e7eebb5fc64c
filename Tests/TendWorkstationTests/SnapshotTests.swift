import Foundation
import Testing
import TendDomain
import TendServices
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// Render snapshots with accented, CJK, right-to-left and hostile names, compared as text.
/// Re-record with `TEND_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests`.
@Suite(.serialized) struct SnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Plays `keys` on a fresh standard fixture at `size`; returns the screen text. Ids and the
    /// store's temporary path are replaced by stable placeholders.
    func screen(width: Int, height: Int, glyphs: Glyphs = .unicode, keys: [Key] = []) throws -> String {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal(width: width, height: height)
        let workstation = fixture.workstation(terminal, configuration: WorkstationConfiguration(glyphs: glyphs))
        terminal.press(.char("s"))
        terminal.then { fixture.clock.advance(seconds: 75) }
        for key in keys { terminal.press(key) }
        var text = ""
        terminal.then { text = terminal.text }
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
        return stabilise(text, fixture: fixture, width: width)
    }

    func stabilise(_ text: String, fixture: Fixture, width: Int) -> String {
        // Patient ids are random (and may be cut by an ellipsis); the store path is a random
        // temporary directory (or test database) shown at the right of the status line.
        let id = try! Regex(#"\bP[0-9A-Z]{7}\b|\bP[0-9A-Z]{1,6}(…|~)"#)
        // The store's place (a directory, or a database URL in the PostgreSQL run) with whatever
        // label the status line's left cut leaves before it.
        let path = try! Regex(#"(…\S*\s)?\S+$"#)
        let suffix = String(fixture.store.location.suffix(6))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line).replacing(id, with: "P-ID")
            if line.contains(suffix) { line = line.replacing(path, with: "<store>") }
            return line
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func check(_ name: String, _ actual: String) throws {
        let url = Self.directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["TEND_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            try? actual.write(to: FileManager.default.temporaryDirectory.appendingPathComponent(name + ".actual.txt"), atomically: true, encoding: .utf8)
        }
        #expect(actual == expected, "snapshot \(name) differs; re-record with TEND_RECORD_SNAPSHOTS=1 if the change is intended")
    }

    @Test func callList80x24() throws {
        try check("call-list-80x24", try screen(width: 80, height: 24))
    }

    @Test func callList160x48() throws {
        try check("call-list-160x48", try screen(width: 160, height: 48))
    }

    @Test func consentPaneASCII80x24() throws {
        try check("consent-ascii-80x24", try screen(width: 80, height: 24, glyphs: .ascii, keys: [.char("3")]))
    }

    @Test func planPane160x48() throws {
        try check("plan-160x48", try screen(width: 160, height: 48, keys: [.char("j"), .char("4")]))
    }

    @Test func stopDialog80x24() throws {
        try check("stop-dialog-80x24", try screen(width: 80, height: 24, keys: [.char("s")]))
    }

    @Test func supervisorMonth80x24() throws {
        try check("supervisor-month-80x24", try screen(width: 80, height: 24, keys: [.char("S")]))
    }

    @Test func supervisorAtRisk160x48() throws {
        try check("supervisor-at-risk-160x48", try screen(width: 160, height: 48, keys: [.char("S"), .tab, .tab]))
    }

    @Test func supervisorTimeReviewASCII80x24() throws {
        try check("supervisor-time-review-ascii-80x24", try screen(width: 80, height: 24, glyphs: .ascii, keys: [.char("S"), .backTab]))
    }

    @Test func hostileNamesNeverEscapeTheirColumns() throws {
        for (width, height, keys) in [(80, 24, []), (160, 48, []), (80, 24, [Key.char("S")]), (160, 48, [Key.char("S")]),
                                      (80, 24, [Key.char("S"), .tab, .tab]), (80, 24, [Key.char("S"), .backTab])] {
            let text = try screen(width: width, height: height, keys: keys)
            for line in text.split(separator: "\n") {
                #expect(DisplayWidth.width(of: line) <= width, "line wider than \(width): \(line)")
                #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || Sanitizer.isBidiControl($0) })
            }
        }
    }
}
