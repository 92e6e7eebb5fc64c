import Foundation

/// A counter shared by the tests of one process, for fixtures that need distinct values (entry
/// ids, say): each call answers the next number, whichever thread asks, never a random one.
public final class FixtureCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var last = 0

    /// A counter whose first value is 1.
    public init() {}

    /// The next number: 1, 2, 3, ...
    public func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        last += 1
        return last
    }
}
