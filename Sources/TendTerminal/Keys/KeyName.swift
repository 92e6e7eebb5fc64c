/// Why a key name from a configuration file could not be read.
public struct KeyNameError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name as written.
    public let name: String
    /// What is wrong with it.
    public let reason: String

    /// A message for the user, naming the offending text and the accepted forms.
    public var description: String {
        "unknown key name '\(Sanitizer.singleLine.sanitize(name))': \(reason) (examples: j, G, space, enter, esc, tab, S-tab, "
            + "backspace, delete, up, down, left, right, home, end, pgup, pgdn, f1…f63, ctrl-c)"
    }
}

extension Key {
    /// Named keys: canonical name first, then accepted aliases (all matched case-insensitively).
    static let namedKeys: [(names: [String], key: Key)] = [
        (["space"], .char(" ")),
        (["up"], .up),
        (["down"], .down),
        (["left"], .left),
        (["right"], .right),
        (["home"], .home),
        (["end"], .end),
        (["pgup", "pageup", "page-up"], .pageUp),
        (["pgdn", "pagedown", "page-down"], .pageDown),
        (["enter", "return", "ret"], .enter),
        (["tab"], .tab),
        (["S-tab", "shift-tab", "backtab"], .backTab),
        (["backspace", "bs"], .backspace),
        (["delete", "del"], .delete),
        (["esc", "escape"], .escape),
        (["resize"], .resize),
    ]

    /// Punctuation allowed after `ctrl-`.
    static let ctrlPunctuation: Set<Character> = ["@", "[", "\\", "]", "^", "_"]

    /// The canonical name used in configuration files ("j", "ctrl-c", "enter", "f1", "pgdn", "S-tab").
    public var name: String {
        switch self {
        case .char(let character):
            return character == " " ? "space" : String(character)
        case .ctrl(let character):
            return character == " " ? "ctrl-space" : "ctrl-\(character)"
        case .function(let number):
            return "f\(number)"
        default:
            return Self.namedKeys.first { $0.key == self }?.names[0] ?? "?"
        }
    }

    /// Reads a key name as written in a configuration file.
    ///
    /// Accepts one printable character ("j", "G", "?"), the names in `namedKeys`,
    /// "f1"…"f63", and "ctrl-x" / "C-x" / "ctrl+x" for a letter or `space @ [ \ ] ^ _`.
    public init(name raw: String) throws(KeyNameError) {
        let name = raw.trimmingWhitespace()
        guard !name.isEmpty else { throw KeyNameError(name: raw, reason: "the name is empty") }
        if name.count == 1, let character = name.first {
            guard DisplayWidth.width(of: character) > 0,
                  !character.unicodeScalars.contains(where: { Sanitizer.isBidiControl($0) }) else {
                throw KeyNameError(name: raw, reason: "a single character key must be printable")
            }
            self = .char(character)
            return
        }
        let lower = name.lowercased()
        if let entry = Self.namedKeys.first(where: { $0.names.contains { $0.lowercased() == lower } }) {
            self = entry.key
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), String(number) == String(lower.dropFirst()) {
            guard (1...63).contains(number) else {
                throw KeyNameError(name: raw, reason: "function keys go from f1 to f63")
            }
            self = .function(number)
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-"] where lower.hasPrefix(prefix) {
            let rest = String(name.dropFirst(prefix.count))
            if rest.lowercased() == "space" {
                self = .ctrl(" ")
                return
            }
            guard rest.count == 1, let character = rest.lowercased().first,
                  (character.isASCII && character.isLetter) || Self.ctrlPunctuation.contains(character) else {
                throw KeyNameError(name: raw, reason: "ctrl- takes one letter, space, or one of @ [ \\ ] ^ _")
            }
            self = .ctrl(character)
            return
        }
        throw KeyNameError(name: raw, reason: "not a single character or a known key")
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
