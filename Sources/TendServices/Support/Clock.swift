import Foundation

/// Where "now" comes from: the system clock in the program, a manual clock in tests.
public struct Clock: Sendable {
    /// The current instant.
    public var now: @Sendable () -> Date

    /// Creates a clock from a closure.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The system's wall clock.
    public static let system = Clock { Date() }

    /// A clock stopped at one instant.
    public static func fixed(_ instant: Date) -> Clock { Clock { instant } }
}
