import Foundation

/// The monthly minute thresholds a care manager works toward: 20 (99490), 40 and 60 (99439 add-ons).
public enum CallThresholds {
    /// The thresholds, ascending.
    public static let steps = [20, 40, 60]

    /// The first threshold above `totalMinutes`, or nil once the last is reached.
    public static func next(after totalMinutes: Int) -> Int? {
        steps.first { totalMinutes < $0 }
    }

    /// Minutes still needed to reach the next threshold (0 once the last is reached).
    public static func minutesToNext(after totalMinutes: Int) -> Int {
        next(after: totalMinutes).map { $0 - max(0, totalMinutes) } ?? 0
    }
}
