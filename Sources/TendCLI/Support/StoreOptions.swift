import ArgumentParser
import Foundation

/// The global `--store DIR` option and how the store directory is found without it.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store: a directory, or a PostgreSQL database as postgresql://USER@HOST:PORT/DB (default: $TEND_STORE, else $XDG_DATA_HOME/tend, else ~/.local/share/tend).",
        valueName: "DIR|URL"))
    var store: String?

    /// The store directory, resolved in the documented order.
    func resolved(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let store, !store.isEmpty { return URL(fileURLWithPath: store) }
        if let env = environment["TEND_STORE"], !env.isEmpty { return URL(fileURLWithPath: env) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("tend")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/tend")
    }
}
