import Foundation
import TendTerminal

/// Settings of one workstation run: theme, glyphs, idle lock and keys.
public struct WorkstationConfiguration: Sendable {
    /// The theme name asked for (`--theme` wins over the configuration file); nil means `default`.
    public var themeName: String?
    /// Minutes without a key before patient data is hidden behind the lock screen.
    public var idleLockMinutes: Int
    /// The key bindings in force.
    public var bindings: KeyBindings
    /// Glyphs for borders and states (ASCII when the locale is not UTF-8).
    public var glyphs: Glyphs
    /// Where unsaved care-plan edits are kept when the workstation is closed by a signal
    /// (nil: such edits are lost, and the workstation says so).
    public var draftDirectory: URL?
    /// The file the settings came from, for messages.
    public var sourcePath: String?

    /// Creates a configuration with defaults.
    public init(themeName: String? = nil, idleLockMinutes: Int = 15, bindings: KeyBindings = .defaults,
                glyphs: Glyphs = .unicode, draftDirectory: URL? = nil, sourcePath: String? = nil) {
        self.themeName = themeName
        self.idleLockMinutes = idleLockMinutes
        self.bindings = bindings
        self.glyphs = glyphs
        self.draftDirectory = draftDirectory
        self.sourcePath = sourcePath
    }

    /// The configuration file's path: `$XDG_CONFIG_HOME/tend/config`, else `~/.config/tend/config`.
    public static func configPath(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/tend/config" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/tend/config" }
        return nil
    }

    /// The draft directory: `$XDG_STATE_HOME/tend/drafts`, else `~/.local/state/tend/drafts`.
    public static func draftPath(environment: [String: String]) -> URL? {
        if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg + "/tend/drafts") }
        if let home = environment["HOME"], !home.isEmpty { return URL(fileURLWithPath: home + "/.local/state/tend/drafts") }
        return nil
    }

    /// Loads the configuration file named by the environment (a missing file gives defaults).
    ///
    /// Throws `ConfigurationError` naming the file and line of the first problem.
    public static func load(environment: [String: String], utf8: Bool = true) throws(ConfigurationError) -> WorkstationConfiguration {
        var configuration = WorkstationConfiguration(glyphs: .forTerminal(utf8: utf8),
                                                     draftDirectory: draftPath(environment: environment))
        guard let path = configPath(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return configuration
        }
        guard let data = FileManager.default.contents(atPath: path), data.count <= 64 * 1024 else {
            throw ConfigurationError(path: path, line: 0, message: "cannot read the file (or it is larger than 64 KiB)")
        }
        do {
            try configuration.apply(String(decoding: data, as: UTF8.self))
        } catch {
            throw ConfigurationError(path: path, line: error.line, message: error.message)
        }
        configuration.sourcePath = path
        return configuration
    }
}

/// A problem in the configuration file.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// The 1-based line (0 when the file as a whole is the problem).
    public let line: Int
    /// What is wrong.
    public let message: String

    /// `path:line: message`.
    public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
}
