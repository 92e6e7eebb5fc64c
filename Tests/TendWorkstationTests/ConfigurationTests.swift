import Foundation
import Testing
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

@Suite struct ConfigurationTests {
    func load(_ text: String) throws(ConfigurationError) -> WorkstationConfiguration {
        let dir = TempDirectory("config")
        try? FileManager.default.createDirectory(at: dir.appending("tend"), withIntermediateDirectories: true)
        try? text.write(to: dir.appending("tend/config"), atomically: true, encoding: .utf8)
        return try WorkstationConfiguration.load(environment: ["XDG_CONFIG_HOME": dir.path, "HOME": "/nonexistent"])
    }

    @Test func missingFileGivesDefaults() throws {
        let configuration = try WorkstationConfiguration.load(environment: ["XDG_CONFIG_HOME": "/nonexistent-\(UUID())"])
        #expect(configuration.idleLockMinutes == 15)
        #expect(configuration.bindings == .defaults)
        #expect(configuration.themeName == nil)
    }

    @Test func readsThemeIdleLockAndKeyOverrides() throws {
        let configuration = try load("""
            # my settings
            theme = monochrome
            idle-lock-minutes = 5
            key.stopwatch = T
              # an indented comment
            key.filter = #, f
            """)
        #expect(configuration.themeName == "monochrome")
        #expect(configuration.idleLockMinutes == 5)
        #expect(configuration.bindings.command(for: .char("T"), in: .global) == .stopwatch)
        #expect(configuration.bindings.command(for: .char("#"), in: .list) == .filter)
        #expect(configuration.bindings.command(for: .char("f"), in: .list) == .filter)
    }

    @Test(arguments: [
        ("theme = ../etc", 1, "invalid theme name"),
        ("\n\nidle-lock-minutes = 0", 3, "idle-lock-minutes must be"),
        ("key.stopwatch = ctrl-1", 1, "unknown key name"),
        ("key.fly = x", 1, "unknown command 'fly'"),
        ("key.stopwatch = q", 1, "would run both"),
        ("colour = red", 1, "unknown setting"),
        ("theme", 1, "expected 'name = value'"),
        ("theme = a\ntheme = b", 2, "set twice"),
    ])
    func errorsNameTheLine(text: String, line: Int, fragment: String) {
        do {
            _ = try load(text)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.description.contains("tend/config:\(line): "))
            #expect(error.message.contains(fragment), "\(error.message)")
        }
    }
}
