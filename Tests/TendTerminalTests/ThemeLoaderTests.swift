import Foundation
import Testing
import TendTerminal
import TendTestSupport

@Suite("Theme loader")
struct ThemeLoaderTests {
    /// A fresh temporary directory holding `files` (name → contents), removed with the value.
    private func directory(_ files: [String: String]) throws -> TempDirectory {
        let directory = try TempDirectory("theme").created()
        for (name, text) in files {
            try text.write(to: directory.appending(name), atomically: false, encoding: .utf8)
        }
        return directory
    }

    @Test("The first directory holding the theme wins")
    func order() throws {
        let first = try directory(["mine.theme": "normal = red"])
        let second = try directory(["mine.theme": "normal = blue", "other.theme": "normal = green"])
        let loader = ThemeLoader(directories: [first.path, second.path])
        #expect(try loader.load(named: "mine").style(for: .normal).foreground == .index(1))
        #expect(try loader.load(named: "other").style(for: .normal).foreground == .index(2))
        #expect(loader.availableThemes() == ["mine", "other"])
    }

    @Test("Built-in default and monochrome are used when no file exists")
    func fallback() throws {
        let loader = ThemeLoader(directories: ["/nonexistent-tend-dir"])
        #expect(try loader.load(named: "default") == BuiltinThemes.default)
        #expect(try loader.load(named: "monochrome") == BuiltinThemes.monochrome)
    }

    @Test("A missing theme names the directories searched")
    func notFound() {
        let loader = ThemeLoader(directories: ["/nonexistent-tend-dir"])
        #expect(throws: ThemeLoadError.notFound(name: "solarized", searched: ["/nonexistent-tend-dir"])) {
            try loader.load(named: "solarized")
        }
    }

    @Test("Names that could escape the directory are refused", arguments: ["../etc/passwd", "a/b", "", ".hidden", "x y"])
    func invalidNames(name: String) {
        #expect(throws: ThemeLoadError.invalidName(name)) { try ThemeLoader(directories: ["/tmp"]).load(named: name) }
    }

    @Test("A parse error reports file and line")
    func parseError() throws {
        let dir = try directory(["bad.theme": "normal = none\n\nselection = purple"])
        do {
            _ = try ThemeLoader(directories: [dir.path]).load(named: "bad")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix(dir.path + "/bad.theme:3: unknown colour 'purple'"))
        }
    }

    @Test("Oversized files are refused")
    func oversized() throws {
        let dir = try directory(["big.theme": String(repeating: "# padding\n", count: 10_000)])
        #expect(throws: ThemeLoadError.self) { try ThemeLoader(directories: [dir.path]).load(named: "big") }
    }

    @Test("NO_COLOR set and non-empty selects monochrome")
    func noColor() {
        let requested = BuiltinThemes.default
        #expect(effectiveTheme(requested: requested, environment: [:]) == requested)
        #expect(effectiveTheme(requested: requested, environment: ["NO_COLOR": ""]) == requested)
        #expect(effectiveTheme(requested: requested, environment: ["NO_COLOR": "1"]) == BuiltinThemes.monochrome)
    }
}
