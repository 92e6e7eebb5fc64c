import Foundation
import TendDomain

/// A time entry refused because it repeats an earlier one (`DuplicateEntryRule`): the caller
/// may confirm it is a second, separate piece of work by repeating with a reason.
public struct ProbableDuplicate: Error, CustomStringConvertible, Sendable {
    /// The earlier entry it repeats.
    public let first: TimeEntry
    /// The earlier entry named in full (`DuplicateEntryRule.describe`).
    public let firstDescribed: String

    /// Creates the refusal.
    public init(first: TimeEntry, firstDescribed: String) {
        self.first = first
        self.firstDescribed = firstDescribed
    }

    /// `this is probably a duplicate of entry T… (…)`.
    public var message: String { "this is probably a duplicate of \(firstDescribed)" }

    /// The message with how to confirm separate work from the command line.
    public var description: String {
        "\(message); nothing was logged. If it is a second, separate piece of work, repeat with --separate \"REASON\""
    }
}
