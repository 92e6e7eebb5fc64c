import Dispatch
import ArgumentParser
import Foundation
import TendCurses
import TendPAM
import TendPostgres
import TendServices
import TendStore
import TendTerminal
import TendWorkstation

/// Opens the workstation on a store in the real terminal: checks everything that can fail
/// before the screen is taken over (store, staff membership, configuration, theme, TERM), turns
/// SIGHUP, SIGTERM and SIGINT into an orderly shutdown that persists the stopwatch state and any
/// unsaved edit, and always gives the terminal back.
enum WorkstationLauncher {
    /// How long a signal-driven shutdown may take before the terminal is restored and the
    /// process exits regardless.
    static let shutdownDeadline: TimeInterval = 1.8

    static func open(store: any RecordStore, theme requested: String?) throws {
        if let message = store.recoveryMessage { Console.warn(message) }
        let environment = ProcessInfo.processInfo.environment
        let session = try Session(store: store, account: store.actingAccount(for: Account.current()))
        // A database store hears of other sessions' commits from the server (LISTEN/NOTIFY).
        try (store as? PostgresStore)?.startChangeFeed()
        _ = try session.require(.workstationOpen, doing: "opening the workstation")
        setlocale(LC_ALL, "")
        let utf8 = String(cString: nl_langinfo(nl_item(CODESET))).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        var configuration: WorkstationConfiguration
        do {
            configuration = try WorkstationConfiguration.load(environment: environment, utf8: utf8)
        } catch {
            throw CLIError("\(error)")
        }
        if let requested { configuration.themeName = requested }
        let theme = try ThemeChoice.resolve(requested: configuration.themeName, environment: environment)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open(environment: environment, theme: theme)
        } catch {
            throw CLIError("\(error)")
        }
        let workstation = Workstation(session: session, terminal: terminal, clock: .system, configuration: configuration,
                                      authenticator: PAMAuthenticator())
        let flag = workstation.shutdownFlag
        let signals = SignalShutdown { flag.request() }
        defer { signals.cancel() }
        let reason: ExitReason
        do {
            reason = try workstation.run()
        } catch {
            terminal.close()
            throw error
        }
        terminal.close()
        writeToStandardError(TextSafety.printable(reason.message, maxLength: 2000) + "\n")
        // An account that may no longer work exits as a denial does (status 4, see `Run.exitCode`).
        if case .accountInactive = reason { throw ExitCode(4) }
    }
}

/// Writes `text` to standard error if it still can (see `Console.write`).
func writeToStandardError(_ text: String) {
    Console.write(text, to: .standardError)
}

/// Turns SIGHUP (an SSH drop), SIGTERM and SIGINT into a shutdown request polled by the app
/// loop, with a deadline after which the terminal is restored and the process exits anyway.
final class SignalShutdown: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []

    init(_ request: @escaping @Sendable () -> Void) {
        let queue = DispatchQueue(label: "tend.signals")
        for number in [SIGHUP, SIGTERM, SIGINT] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { @Sendable in
                request()
                queue.asyncAfter(deadline: .now() + WorkstationLauncher.shutdownDeadline) { @Sendable in
                    TerminalRestorer.restore()
                    writeToStandardError("tend: the workstation did not stop in time; exiting (the stopwatch, if any, keeps running in the store)\n")
                    exit(128 + number)
                }
            }
            source.resume()
            sources.append(source)
        }
    }

    func cancel() {
        sources.forEach { $0.cancel() }
        sources.removeAll()
    }
}
