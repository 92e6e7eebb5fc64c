import Foundation

/// One meaningful line of a settings file (a theme file, the workstation configuration).
///
/// The one rule for these files: one `name = value` per line; a line whose first non-blank
/// character is `#` is a comment; blank lines are ignored. A `#` anywhere else is part of the
/// value, so `key.filter = #` binds the `#` key and there are no trailing comments.
public struct SettingLine: Sendable, Hashable {
    /// The 1-based line number in the file.
    public let number: Int
    /// The line without surrounding blanks, as written.
    public let text: String
    /// The text before the first `=`, without surrounding blanks, as written; nil when the line
    /// has no `=`.
    public let name: String?
    /// The text after the first `=`, without surrounding blanks; nil when the line has no `=`.
    public let value: String?

    /// The lines of `text` that are neither blank nor comments, in order.
    public static func lines(of text: String) -> [SettingLine] {
        var lines: [SettingLine] = []
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            let content = String(raw).trimmingCharacters(in: .whitespaces)
            if content.isEmpty || content.hasPrefix("#") { continue }
            lines.append(SettingLine(number: number, text: content))
        }
        return lines
    }

    init(number: Int, text: String) {
        self.number = number
        self.text = text
        if let equals = text.firstIndex(of: "=") {
            name = text[..<equals].trimmingCharacters(in: .whitespaces)
            value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        } else {
            name = nil
            value = nil
        }
    }

    /// User text quoted in a message: sanitised to one line and kept to 40 columns.
    public static func clip(_ text: String) -> String {
        DisplayWidth.truncate(Sanitizer.singleLine.sanitize(text), toWidth: 40)
    }
}
