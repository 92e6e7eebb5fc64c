import Foundation
import TendDomain

/// A time entry refused because it repeats an earlier one (`DuplicateEntryRule`): the caller
/// may confirm it is a second, separate piece of work by repeating with a reason.
public struct ProbableDuplicate: Error, CustomStringConvertible, Sendable {
    /// The earlier entry it repeats.
    public let first: TimeEntry
    /// Names the earlier entry.
    public let message: String

    /// Creates the refusal.
    public init(first: TimeEntry, message: String) {
        self.first = first
        self.message = message
    }

    /// The message with how to confirm separate work from the command line.
    public var description: String {
        "\(message); nothing was logged. If it is a second, separate piece of work, repeat with --separate \"REASON\""
    }
}
