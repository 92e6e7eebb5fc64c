import Foundation
import Testing
import TendTerminal

/// The repository's `themes/` directory, found from this file's path.
let themesDirectory: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes").path

@Suite("Shipped themes")
struct ShippedThemeTests {
    let loader = ThemeLoader(directories: [themesDirectory])

    @Test("Every shipped theme parses and sets every role", arguments: ["default", "light", "high-contrast", "monochrome"])
    func parses(name: String) throws {
        let path = themesDirectory + "/\(name).theme"
        #expect(FileManager.default.fileExists(atPath: path), "\(path)")
        let theme = try loader.load(path: path, name: name)
        #expect(Set(theme.styles.keys) == Set(StyleRole.allCases))
    }

    @Test("The built-in default equals themes/default.theme")
    func builtinDefault() throws {
        #expect(try loader.load(named: "default") == BuiltinThemes.default)
    }

    @Test("The built-in monochrome equals themes/monochrome.theme and uses no colour")
    func builtinMonochrome() throws {
        let file = try loader.load(named: "monochrome")
        #expect(file == BuiltinThemes.monochrome)
        #expect(!file.usesColor)
    }

    @Test("Colour themes keep selection distinguishable from normal text")
    func selectionVisible() throws {
        for name in ["default", "light", "high-contrast", "monochrome"] {
            let theme = try loader.load(named: name)
            #expect(theme.style(for: .selection) != theme.style(for: .normal), "\(name)")
            #expect(theme.style(for: .selection) != theme.style(for: .selectionInactive), "\(name)")
        }
    }

    @Test("The loader lists the shipped themes")
    func lists() {
        let names = loader.availableThemes()
        for name in ["default", "light", "high-contrast", "monochrome"] { #expect(names.contains(name)) }
    }
}
