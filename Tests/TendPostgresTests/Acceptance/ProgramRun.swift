import Foundation

/// Runs the built `tend` and `tend-stress` programs as separate processes, as people and other
/// hosts would, for the PostgreSQL acceptance tests.
enum ProgramRun {
    /// What a finished run printed and returned.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The directory holding the built products (next to the test bundle), or `TEND_PRODUCTS`.
    static let productsDirectory: URL = {
        if let override = ProcessInfo.processInfo.environment["TEND_PRODUCTS"] { return URL(fileURLWithPath: override) }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" {
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("tend").path)
                && !url.lastPathComponent.hasSuffix(".xctest") {
                return url
            }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug")
    }()

    /// This test process's environment without a store choice, with `changes` applied (a nil
    /// value removes the variable).
    static func environment(_ changes: [String: String?]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TEND_STORE"] = nil
        for (name, value) in changes { environment[name] = value }
        return environment
    }

    /// A process for `program` with `arguments`, not started.
    static func process(_ program: String, _ arguments: [String], environment changes: [String: String?] = [:]) -> Process {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent(program)
        process.arguments = arguments
        process.environment = environment(changes)
        process.standardInput = FileHandle.nullDevice
        return process
    }

    /// Runs `tend` with `arguments` to the end.
    @discardableResult
    static func tend(_ arguments: [String], environment changes: [String: String?] = [:]) throws -> Result {
        let process = process("tend", arguments, environment: changes)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes are drained at once, so that a full stderr pipe cannot stall the child.
        let errData = Drain(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.wait(), as: UTF8.self))
    }
}

/// Reads a pipe to its end on a thread of its own.
final class Drain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe carried, once its writer closed it.
    func wait() -> Data {
        done.wait()
        return data
    }
}

/// A fixture step that failed: fails the test that ran it, saying what failed.
struct AcceptanceStepFailed: Error, CustomStringConvertible {
    let description: String
}

/// Throws `AcceptanceStepFailed` with `message` unless the run succeeded.
@discardableResult
func succeeded(_ result: ProgramRun.Result, _ message: String) throws -> ProgramRun.Result {
    guard result.status == 0 else {
        throw AcceptanceStepFailed(description: "\(message) failed (status \(result.status)): \(result.stderr)")
    }
    return result
}

/// The entry ids a tend-stress run acknowledged ("ack ID" lines).
func acknowledgedIDs(_ output: String) -> [String] {
    output.split(separator: "\n").filter { $0.hasPrefix("ack ") }.map { String($0.dropFirst(4)) }
}
