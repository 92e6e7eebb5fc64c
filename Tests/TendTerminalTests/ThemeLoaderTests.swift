import Foundation
import Testing
import TendTerminal

@Suite("Theme loader")
struct ThemeLoaderTests {
    /// A fresh temporary directory holding `files` (name → contents).
    private func directory(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "tend-theme-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: false, encoding: .utf8)
        }
        return path
    }

    @Test("The first directory holding the theme wins")
    func order() throws {
        let first = try directory(["mine.theme": "normal = red"])
        let second = try directory(["mine.theme": "normal = blue", "other.theme": "normal = green"])
        defer { try? FileManager.default.removeItem(atPath: first); try? FileManager.default.removeItem(atPath: second) }
        let loader = ThemeLoader(directories: [first, second])
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
        defer { try? FileManager.default.removeItem(atPath: dir) }
        do {
            _ = try ThemeLoader(directories: [dir]).load(named: "bad")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix(dir + "/bad.theme:3: unknown colour 'purple'"))
        }
    }

    @Test("Oversized files are refused")
    func oversized() throws {
        let dir = try directory(["big.theme": String(repeating: "# padding\n", count: 10_000)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: ThemeLoadError.self) { try ThemeLoader(directories: [dir]).load(named: "big") }
    }

    @Test("NO_COLOR set and non-empty selects monochrome")
    func noColor() {
        let requested = BuiltinThemes.default
        #expect(effectiveTheme(requested: requested, environment: [:]) == requested)
        #expect(effectiveTheme(requested: requested, environment: ["NO_COLOR": ""]) == requested)
        #expect(effectiveTheme(requested: requested, environment: ["NO_COLOR": "1"]) == BuiltinThemes.monochrome)
    }
}
