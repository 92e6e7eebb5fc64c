extension KeyBindings {
    /// The key reference as Markdown: the content of `docs/keybindings.md`.
    public func markdown() -> String {
        var text = """
            # tend workstation: keys

            Generated from the workstation's binding table (`KeyBindings.defaults`); a test fails when
            this file is stale. Regenerate it with `TEND_RECORD_DOCS=1 swift test --filter KeyBindingsDocTests`.

            Keys can be changed in the configuration file (`$XDG_CONFIG_HOME/tend/config`, else
            `~/.config/tend/config`), one `key.<command> = <key>[, <key>…]` per line, for example
            `key.stopwatch = T`. Key names: a single character, `space`, `enter`, `esc`, `tab`, `S-tab`,
            `backspace`, `delete`, `up`, `down`, `left`, `right`, `home`, `end`, `pgup`, `pgdn`, `f1`…`f63`,
            `ctrl-x`.

            Everywhere, `ctrl-c` closes the workstation as SIGINT, SIGHUP and SIGTERM do: a running
            stopwatch keeps running in the store, and an unsaved care-plan edit or what was entered in an
            open dialog is kept as a draft, put back when you open it again. Esc in a dialog or the
            editor never drops what you typed without asking; Esc on that question goes back to it.

            """
        for context in BindingContext.allCases {
            let rows = bindings(in: context)
            guard !rows.isEmpty else { continue }
            text += "\n## \(context.title)\n\n| Keys | Command | What it does |\n|---|---|---|\n"
            for binding in rows {
                let keys = binding.keys.map { "`\(Self.escapeMarkdown($0.name))`" }.joined(separator: " ")
                text += "| \(keys) | `\(binding.command.rawValue)` | \(Self.escapeHTML(binding.summary)) |\n"
            }
        }
        return text
    }

    /// A summary made safe as Markdown text: `<` and `>` would otherwise open an HTML tag
    /// (`column<N, column>N`).
    static func escapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A key name made safe inside a Markdown table cell.
    static func escapeMarkdown(_ name: String) -> String {
        name == "|" ? "\\|" : name
    }
}
