import Foundation

/// A flag another thread (a signal handler's queue) sets and the app loop polls.
///
/// Safe to capture in a `@Sendable` closure: hand `Workstation.shutdownFlag` to the signal
/// source, never the workstation itself.
public final class ShutdownFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    /// Creates a flag that is not set.
    public init() {}

    /// Asks the loop to persist its state, restore nothing itself and return within one key
    /// timeout (about 200 ms). Callable from any thread, any number of times.
    public func request() {
        lock.lock()
        requested = true
        lock.unlock()
    }

    /// Whether a shutdown was requested.
    public var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }
}
