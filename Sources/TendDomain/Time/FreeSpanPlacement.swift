import Foundation

/// Where `--minutes N` without exact times goes on today's date (issue 8 §3): it ends now when
/// that is free, otherwise it ends at the start of the staff member's latest busy span that it
/// would overlap, and so on backwards, never before the start of the day. Busy spans are the
/// staff member's active entries and the running stopwatch's stretches.
public enum FreeSpanPlacement {
    /// A span `[start, end)`.
    public struct Span: Equatable, Sendable {
        /// Start instant.
        public var start: Date
        /// End instant (exclusive).
        public var end: Date

        /// Creates a span.
        public init(start: Date, end: Date) {
            self.start = start
            self.end = end
        }
    }

    /// The latest free span of `seconds` ending at or before `latestEnd` and starting at or
    /// after `earliestStart`; nil when none fits.
    public static func latestFree(seconds: Int, endingBy latestEnd: Date, notBefore earliestStart: Date,
                                  busy: [Span]) -> Span? {
        let length = TimeInterval(max(1, seconds))
        var end = latestEnd.truncatedToSecond
        let sorted = busy.filter { $0.end > $0.start }.sorted { $0.start > $1.start }
        while end.addingTimeInterval(-length) >= earliestStart {
            let start = end.addingTimeInterval(-length)
            guard let clash = sorted.filter({ $0.start < end && start < $0.end }).min(by: { $0.start < $1.start }) else {
                return Span(start: start, end: end)
            }
            end = clash.start
        }
        return nil
    }
}
