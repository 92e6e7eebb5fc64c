import TendDomain
import TendTerminal

/// The workstation's wording of `EntryCounting`: time that will not count, why, and what
/// would make it count.
enum CountingWarningLines {
    /// Lines for a dialog's intro (wrapped to fit an 80-column dialog); empty when it counts.
    static func intro(_ problems: [CountingProblem]) -> [String] {
        guard !problems.isEmpty else { return [] }
        return ["This time will NOT count toward a claim:"]
            + problems.flatMap { DisplayWidth.wrap("- \($0.sentence).", width: 72) }
    }

    /// The status message after logging `report`: the not-counted warning first when some time
    /// will not count, a warning that the check failed when it could not be made.
    static func message(report: String, verdicts check: () throws -> [EntryCountingVerdict]) -> StatusMessage {
        do {
            if let warning = afterLogging(try check()) { return .warning("\(warning) \(report)") }
            return .success(report)
        } catch {
            return .warning("\(report) Could not check whether it counts: \(Format.errorText(error))")
        }
    }

    /// The status line's lead after logging (the warning first, so that 80 columns show it);
    /// nil when every second counts.
    static func afterLogging(_ verdicts: [EntryCountingVerdict]) -> String? {
        let time = NotCountedTime(verdicts)
        guard let first = time.problems.first else { return nil }
        return "\(DurationText.format(time.seconds)) will NOT count: \(first.sentence)."
            + (time.problems.count > 1 ? " Also: \(time.problems.dropFirst().map(\.reason.rawValue).joined(separator: ", "))." : "")
    }
}
