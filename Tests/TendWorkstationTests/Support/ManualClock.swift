import Foundation
import TendServices

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    init(_ start: Date) { instant = start }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return instant
    }

    func advance(seconds: TimeInterval) {
        lock.lock()
        instant = instant.addingTimeInterval(seconds)
        lock.unlock()
    }

    var clock: Clock { Clock { [self] in now } }
}
