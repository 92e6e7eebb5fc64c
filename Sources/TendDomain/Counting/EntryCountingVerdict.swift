import Foundation

/// Whether one time entry (one month's part of it) counts toward the practice's claim, and if
/// not, why and what would make it count.
public struct EntryCountingVerdict: Equatable, Sendable {
    /// The entry.
    public var entryID: EntryID
    /// Seconds of the entry inside its month.
    public var seconds: Int
    /// Seconds that will not count (all of them when a month-wide problem applies).
    public var notCountedSeconds: Int
    /// Every reason, in `NotCountedReason` order; empty when the entry counts in full.
    public var problems: [CountingProblem]

    /// Creates a verdict.
    public init(entryID: EntryID, seconds: Int, notCountedSeconds: Int, problems: [CountingProblem]) {
        self.entryID = entryID
        self.seconds = seconds
        self.notCountedSeconds = notCountedSeconds
        self.problems = problems
    }

    /// Whether every second of the entry counts.
    public var counts: Bool { problems.isEmpty }
}

/// The minutes of a patient-month that do not count toward the practice's claim, and why: what
/// the month report and the supervisor's month table show instead of a silent 0.
public struct NotCountedTime: Codable, Equatable, Sendable {
    /// Seconds that do not count (each second once, whatever the number of reasons).
    public var seconds: Int
    /// The entries concerned, in start order.
    public var entryIDs: [EntryID]
    /// The reasons, each once, in `NotCountedReason` order.
    public var problems: [CountingProblem]

    /// Creates a summary.
    public init(seconds: Int, entryIDs: [EntryID], problems: [CountingProblem]) {
        self.seconds = seconds
        self.entryIDs = entryIDs
        self.problems = problems
    }

    /// Nothing failed to count.
    public static let none = NotCountedTime(seconds: 0, entryIDs: [], problems: [])

    /// Whether some time did not count.
    public var isEmpty: Bool { seconds == 0 && problems.isEmpty }

    /// The reason identifiers, e.g. `before-consent no-consent`.
    public var reasonList: String { problems.map(\.reason.rawValue).joined(separator: " ") }

    /// Sums the verdicts of a patient-month's entries.
    public init(_ verdicts: [EntryCountingVerdict]) {
        let concerned = verdicts.filter { !$0.counts }
        var problems: [CountingProblem] = []
        for reason in NotCountedReason.allCases {
            if let first = concerned.lazy.flatMap(\.problems).first(where: { $0.reason == reason }) { problems.append(first) }
        }
        self.init(seconds: concerned.reduce(0) { $0 + $1.notCountedSeconds }, entryIDs: concerned.map(\.entryID),
                  problems: problems)
    }
}
