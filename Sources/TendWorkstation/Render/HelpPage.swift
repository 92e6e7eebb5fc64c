import Foundation

/// The `?` overlay: every binding of the table, grouped by where it works.
enum HelpPage {
    /// The page; without `supervisor`, the supervisor view's keys are left out (a nurse never
    /// sees controls she cannot use).
    static func make(bindings: KeyBindings, supervisor: Bool = true) -> TextPage {
        var lines: [String] = []
        for context in BindingContext.allCases where supervisor || context != .supervisor {
            let rows = bindings.bindings(in: context).filter { supervisor || $0.command != .supervisor }
            guard !rows.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(context.title)
            for binding in rows {
                let keys = binding.keys.map(\.name).joined(separator: " ")
                lines.append("  " + keys.padding(toLength: max(keys.count, 14), withPad: " ", startingAt: 0) + "  " + binding.summary)
            }
        }
        lines.append("")
        lines.append("Ctrl-C, SIGHUP and SIGTERM close the workstation: the stopwatch keeps running in the store, and an unsaved plan edit or what was entered in an open dialog is kept as a draft, put back when you open it again. Esc in a dialog never drops what you typed without asking; Esc on that question goes back to it.")
        return TextPage(title: "Keys (? or Esc closes)", lines: lines, hangingIndent: 18)
    }
}
