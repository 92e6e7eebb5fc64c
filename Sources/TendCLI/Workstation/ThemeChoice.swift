import Foundation
import TendTerminal

/// Which theme the workstation uses: `--theme`, else the configuration file, else `default`;
/// monochrome whenever `NO_COLOR` is set. Theme files are looked up in
/// `$XDG_CONFIG_HOME/tend/themes` (or `~/.config/tend/themes`), then in the `themes/` directory
/// shipped beside the program, then the built-in copies of `default` and `monochrome`.
enum ThemeChoice {
    static func directories(environment: [String: String]) -> [String] {
        var dirs: [String] = []
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { dirs.append(xdg + "/tend/themes") }
        else if let home = environment["HOME"], !home.isEmpty { dirs.append(home + "/.config/tend/themes") }
        // The program's own themes: <prefix>/share/tend/themes for an installed binary, or the
        // repository's themes/ for .build/<config>/tend.
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        dirs.append(exe.deletingLastPathComponent().appendingPathComponent("share/tend/themes").path)
        var up = exe
        for _ in 0..<4 {
            up.deleteLastPathComponent()
            dirs.append(up.appendingPathComponent("themes").path)
        }
        return dirs
    }

    /// The theme to use, or an error naming the theme and where it was looked for.
    static func resolve(requested: String?, environment: [String: String]) throws -> Theme {
        let name = requested ?? "default"
        let theme: Theme
        switch name {
        case "default" where !ThemeLoader(directories: directories(environment: environment)).availableThemes().contains("default"):
            theme = BuiltinThemes.default
        case "monochrome" where !ThemeLoader(directories: directories(environment: environment)).availableThemes().contains("monochrome"):
            theme = BuiltinThemes.monochrome
        default:
            let loader = ThemeLoader(directories: directories(environment: environment))
            do {
                theme = try loader.load(named: name)
            } catch {
                let known = Set(loader.availableThemes() + ["default", "monochrome"]).sorted().joined(separator: ", ")
                throw CLIError("theme '\(name)': \(error) (available: \(known))")
            }
        }
        return effectiveTheme(requested: theme, environment: environment)
    }
}
