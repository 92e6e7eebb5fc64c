import Foundation
import Testing
import TendTerminal
@testable import TendWorkstation

/// docs/keybindings.md is generated from the binding table; this fails when it is stale.
/// Regenerate with `TEND_RECORD_DOCS=1 swift test --filter KeyBindingsDocTests`.
@Suite struct KeyBindingsDocTests {
    static let docURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/keybindings.md").standardized

    @Test func docsMatchTheTable() throws {
        let expected = KeyBindings.defaults.markdown()
        if ProcessInfo.processInfo.environment["TEND_RECORD_DOCS"] == "1" {
            try expected.write(to: Self.docURL, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOf: Self.docURL, encoding: .utf8)
        #expect(onDisk == expected, "docs/keybindings.md is stale: run TEND_RECORD_DOCS=1 swift test --filter KeyBindingsDocTests")
    }

    @Test func everyCommandWithAKeyIsDocumentedAndInHelp() {
        let markdown = KeyBindings.defaults.markdown()
        let help = HelpPage.make(bindings: .defaults).lines.joined(separator: "\n")
        for binding in KeyBindings.defaults.bindings {
            #expect(markdown.contains("`\(binding.command.rawValue)`"))
            #expect(help.contains(binding.summary))
        }
        // No summary opens an HTML tag in the Markdown.
        #expect(markdown.contains("column&lt;N, column&gt;N"))
        #expect(!markdown.contains("column<N"))
    }

    @Test func defaultTableHasNoConflicts() throws {
        try KeyBindings.defaults.checkConflicts()
    }

    @Test func overridingAKeyChangesFooterHelpAndDocs() throws {
        let table = try KeyBindings.defaults.overriding(.stopwatch, with: [.char("T")])
        #expect(table.command(for: .char("T"), in: .global) == .stopwatch)
        #expect(table.command(for: .char("s"), in: .global) == nil)
        #expect(table.markdown().contains("| `T` | `stopwatch` |"))
        #expect(HelpPage.make(bindings: table).lines.contains { $0.hasPrefix("  T ") && $0.contains("stopwatch") })
    }

    @Test func overrideThatCollidesIsRefused() {
        #expect(throws: BindingError.self) { try KeyBindings.defaults.overriding(.stopwatch, with: [.char("q")]) }
        // The supervisor view's keys are live with the global ones: S opens the view.
        #expect(throws: BindingError("key 'S' would run both 'stopwatch' and 'supervisor'")) {
            try KeyBindings.defaults.overriding(.stopwatch, with: [.char("S")])
        }
        // A supervisor-view key may repeat a key of a pane never live with it: r records consent.
        #expect(KeyBindings.defaults.command(for: .char("r"), in: .consent) == .recordConsent)
        #expect(KeyBindings.defaults.command(for: .char("r"), in: .supervisor) == .sortReverse)
        // Same key in places never live together is fine: Enter opens in the list and confirms in dialogs.
        #expect(KeyBindings.defaults.command(for: .enter, in: .list) == .open)
        #expect(KeyBindings.defaults.command(for: .enter, in: .dialog) == .confirm)
    }
}
