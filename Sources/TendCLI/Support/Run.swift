import ArgumentParser
import Foundation
import TendDomain
import TendServices
import TendStore

/// Runs a command body: opens the store and a session for the OS account, prints any error
/// as one clear line on stderr, and exits non-zero on failure. Data goes to stdout only.
enum Run {
    /// Opens the store named by the options and runs `body` with a session.
    static func withSession(_ options: StoreOptions, _ body: (Session) throws -> Void) throws {
        try guarded {
            let store = try options.open()
            // On a database the staff login is the database role, not the host's account name.
            try body(try Session(store: store, account: store.actingAccount(for: Account.current())))
        }
    }

    /// Runs `body`, turning any error into a message on stderr and exit status 1.
    static func guarded(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            Console.error(message(for: error))
            throw ExitCode(exitCode(for: error))
        }
    }

    static func message(for error: Error) -> String {
        switch error {
        case let error as StoreError: return error.description
        case let error as DomainError: return error.message
        case let error as CLIError: return error.message
        default: return "\(error)"
        }
    }

    /// 1 for refusals and bad input, 2 for a damaged or unreadable store, 3 for a conflict,
    /// 4 for a denial: scripts can tell them apart.
    static func exitCode(for error: Error) -> Int32 {
        switch error {
        case StoreError.damaged, StoreError.io, StoreError.tooNew, StoreError.unavailable, StoreError.needsMigration: return 2
        case StoreError.conflict: return 3
        case StoreError.denied: return 4
        default: return 1
        }
    }
}

/// A command-line usage problem found after parsing (e.g. an unknown patient reference).
struct CLIError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Where the program writes: data to stdout, messages to stderr, both sanitised. A message of
/// several lines (a refusal listing its items) prints as real lines, each sanitised.
enum Console {
    /// Whether stdout is a terminal (tables are fitted to it) rather than a pipe or a file.
    static let standardOutputIsTerminal = isatty(STDOUT_FILENO) == 1

    static func out(_ text: String) {
        write(text + "\n", to: .standardOutput)
    }

    static func error(_ text: String) {
        write("tend: error: " + TextSafety.printableLines(text, maxLineLength: 2000) + "\n", to: .standardError)
    }

    static func warn(_ text: String) {
        write("tend: " + TextSafety.printableLines(text, maxLineLength: 2000) + "\n", to: .standardError)
    }

    /// Writes if it still can: after an SSH drop, a lost terminal or a closed pipe the write
    /// fails (EIO, EPIPE), and `FileHandle.write(_:)` would trap on that.
    static func write(_ text: String, to handle: FileHandle) {
        try? handle.write(contentsOf: Data(text.utf8))
    }
}
