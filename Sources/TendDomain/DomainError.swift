import Foundation

/// A validation or rule failure, carrying a message a person can act on.
///
/// Every validation in `TendDomain` throws one of these instead of crashing on bad input.
public struct DomainError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The human-readable explanation, e.g. `'2026-02-30' is not a valid date (YYYY-MM-DD)`.
    public let message: String

    /// Creates an error with the given human-readable message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message itself.
    public var description: String { message }
}
