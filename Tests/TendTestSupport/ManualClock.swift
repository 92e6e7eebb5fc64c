import Foundation
import TendServices

/// A clock the test moves by hand: time passes only when the test says so, so that no assertion
/// depends on how fast the machine is.
public final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    /// A clock stopped at `start`.
    public init(_ start: Date) { instant = start }

    /// The clock's current instant.
    public var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return instant
    }

    /// Moves the clock forward (or back, with a negative count).
    public func advance(seconds: TimeInterval) {
        lock.lock()
        instant = instant.addingTimeInterval(seconds)
        lock.unlock()
    }

    /// The `Clock` that sessions and the workstation read: it answers this clock's instant.
    public var clock: Clock { Clock { [self] in now } }
}
