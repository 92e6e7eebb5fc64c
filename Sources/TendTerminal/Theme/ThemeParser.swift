/// A problem in theme-file text, with the 1-based line it is on.
public struct ThemeParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line number.
    public let line: Int
    /// What is wrong.
    public let message: String

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}

/// Reads theme files.
///
/// Format, one setting per line; a line starting with `#` is a comment (a `#` after a value is
/// not, as in every settings file, see `SettingLine`); blank lines are ignored:
///
///     # role = [FOREGROUND] [on BACKGROUND] [, ATTRIBUTE]...
///     selection = black on cyan, bold
///     dim = bright-black
///     border = on blue
///     lock-screen = reverse, bold
///     normal = none
///
/// Roles are `StyleRole` raw values (`selection-inactive`, `footer-key`, …). Colours are `default`,
/// `black red green yellow blue magenta cyan white`, `bright-<colour>`, `gray`, or 0–255.
/// Attributes are `bold underline reverse dim`; `none` means no colour and no attribute.
/// Each role may appear once; roles left out use `normal`.
public enum ThemeParser {
    /// Parses theme-file `text` into a theme called `name`.
    public static func parse(_ text: String, name: String) throws(ThemeParseError) -> Theme {
        var styles: [StyleRole: RoleStyle] = [:]
        for line in SettingLine.lines(of: text) {
            let lineNumber = line.number
            guard let key = line.name, let value = line.value?.replacingTabs() else {
                throw ThemeParseError(line: lineNumber, message: "expected 'role = style', found '\(clip(line.text))'")
            }
            guard let role = StyleRole(rawValue: key.lowercased()) else {
                let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeParseError(line: lineNumber, message: "unknown role '\(clip(key))' (known roles: \(known))")
            }
            guard styles[role] == nil else {
                throw ThemeParseError(line: lineNumber, message: "role '\(role.rawValue)' is set twice")
            }
            do {
                styles[role] = try parseStyle(value)
            } catch let message {
                let hint = value.contains("#") ? " ('#' starts a comment only at the start of a line)" : ""
                throw ThemeParseError(line: lineNumber, message: message.text + hint)
            }
        }
        return Theme(name: name, styles: styles)
    }

    /// An error message without a line number yet.
    struct Message: Error {
        var text: String
    }

    /// Parses one value: an optional colour clause and attributes, separated by commas.
    static func parseStyle(_ value: String) throws(Message) -> RoleStyle {
        guard !value.isEmpty else { throw Message(text: "missing style after '=' (use 'none' for plain text)") }
        var style = RoleStyle()
        var sawColor = false
        var sawNone = false
        for rawItem in value.split(separator: ",", omittingEmptySubsequences: false) {
            let item = String(rawItem).trimmingWhitespace().lowercased()
            guard !item.isEmpty else { throw Message(text: "empty item in '\(clip(value))'") }
            if item == "none" {
                sawNone = true
                continue
            }
            if let attribute = TextAttributes.named.first(where: { $0.name == item })?.attribute {
                style.attributes.insert(attribute)
                continue
            }
            guard !sawColor else {
                throw Message(text: "unknown attribute '\(clip(item))' (attributes: bold, underline, reverse, dim)")
            }
            sawColor = true
            try parseColors(item, into: &style)
        }
        if sawNone && style != .plain {
            throw Message(text: "'none' cannot be combined with colours or attributes")
        }
        return style
    }

    private static func parseColors(_ item: String, into style: inout RoleStyle) throws(Message) {
        let words = item.split(separator: " ").map(String.init)
        let foregroundWords: ArraySlice<String>
        var backgroundWords: ArraySlice<String> = []
        if let on = words.firstIndex(of: "on") {
            foregroundWords = words[..<on]
            backgroundWords = words[(on + 1)...]
            guard backgroundWords.count == 1 else {
                throw Message(text: "expected one colour after 'on' in '\(clip(item))'")
            }
        } else {
            foregroundWords = words[...]
        }
        guard foregroundWords.count <= 1 else {
            throw Message(text: "expected 'FOREGROUND on BACKGROUND' or an attribute, found '\(clip(item))'")
        }
        if let word = foregroundWords.first { style.foreground = try color(word) }
        if let word = backgroundWords.first { style.background = try color(word) }
    }

    private static func color(_ word: String) throws(Message) -> ThemeColor {
        guard let color = ThemeColor(name: word) else {
            throw Message(text: "unknown colour '\(clip(word))' (expected default, black, red, green, yellow, "
                + "blue, magenta, cyan, white, bright-<colour>, gray, or 0-255)")
        }
        return color
    }

    /// User text quoted in a message: sanitised and kept short.
    static func clip(_ text: String) -> String {
        SettingLine.clip(text)
    }
}

extension String {
    /// The string with tabs turned into spaces.
    func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
