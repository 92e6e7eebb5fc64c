import Foundation
import TendDomain

/// The warning printed when logged (or about to be logged) time will not count toward a claim:
/// how much, why, and what would make it count, one line each.
enum CountingWarningText {
    /// Lines for the verdicts of the entries just logged; empty when every second counts.
    static func lines(_ verdicts: [EntryCountingVerdict]) -> [String] {
        let summary = NotCountedTime(verdicts)
        guard !summary.isEmpty else { return [] }
        return ["warning: \(DurationText.format(summary.seconds)) of this time will not count toward a claim:"]
            + reasons(summary.problems)
    }

    /// Lines for time not logged yet (`time start`); empty when nothing stops it counting.
    static func lines(beforeStart problems: [CountingProblem]) -> [String] {
        guard !problems.isEmpty else { return [] }
        return ["warning: time for this patient today will not count toward a claim:"] + reasons(problems)
    }

    /// Prints the lines `check` returns; the time is already logged, so a failed check is a
    /// warning that says so, never an error exit.
    static func print(_ check: () throws -> [String]) {
        do {
            for line in try check() { Console.warn(line) }
        } catch {
            Console.warn("warning: could not check whether this time counts toward a claim: \(Run.message(for: error))")
        }
    }

    private static func reasons(_ problems: [CountingProblem]) -> [String] {
        problems.map { "  \($0.reason.rawValue): \($0.sentence)" }
    }
}
