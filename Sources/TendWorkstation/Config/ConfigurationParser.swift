import Foundation
import TendTerminal

/// A configuration problem before the file name is known.
struct ConfigurationLineError: Error {
    var line: Int
    var message: String
}

extension WorkstationConfiguration {
    /// Applies configuration text: one `name = value` per line; lines starting with `#` are
    /// comments (so `key.filter = #` binds the `#` key); blank lines are ignored. The rule is
    /// `SettingLine`'s, shared with theme files.
    ///
    /// Settings: `theme = NAME`, `idle-lock-minutes = N` (1–480), `key.<command> = KEY[, KEY…]`.
    mutating func apply(_ text: String) throws(ConfigurationLineError) {
        var seen: Set<String> = []
        for line in SettingLine.lines(of: text) {
            let number = line.number
            guard let writtenName = line.name, let value = line.value else {
                throw ConfigurationLineError(line: number, message: "expected 'name = value', found '\(Self.clip(line.text))'")
            }
            let name = writtenName.lowercased()
            guard seen.insert(name).inserted else {
                throw ConfigurationLineError(line: number, message: "'\(Self.clip(name))' is set twice")
            }
            guard !value.isEmpty else { throw ConfigurationLineError(line: number, message: "missing value after '='") }
            switch name {
            case "theme":
                guard ThemeLoader.isValidName(value) else {
                    throw ConfigurationLineError(line: number, message: "invalid theme name '\(Self.clip(value))': use letters, digits, '-' and '_'")
                }
                themeName = value
            case "idle-lock-minutes":
                guard let minutes = Int(value), (1...480).contains(minutes) else {
                    throw ConfigurationLineError(line: number, message: "idle-lock-minutes must be a whole number from 1 to 480, found '\(Self.clip(value))'")
                }
                idleLockMinutes = minutes
            default:
                guard name.hasPrefix("key.") else {
                    throw ConfigurationLineError(line: number, message: "unknown setting '\(Self.clip(name))' (known: theme, idle-lock-minutes, key.<command>)")
                }
                let commandName = String(name.dropFirst(4))
                guard let command = Command(rawValue: commandName) else {
                    let known = Command.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ConfigurationLineError(line: number, message: "unknown command '\(Self.clip(commandName))' (commands: \(known))")
                }
                var keys: [Key] = []
                for item in Self.keyItems(value) {
                    do {
                        keys.append(try Key(name: item))
                    } catch {
                        throw ConfigurationLineError(line: number, message: error.description)
                    }
                }
                do {
                    bindings = try bindings.overriding(command, with: keys)
                } catch {
                    throw ConfigurationLineError(line: number, message: error.message)
                }
            }
        }
    }

    /// The key names of a value: split at commas, except that a lone `,` is the comma key.
    static func keyItems(_ value: String) -> [String] {
        if value == "," { return [","] }
        return value.split(separator: ",", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func clip(_ text: String) -> String {
        SettingLine.clip(text)
    }
}
