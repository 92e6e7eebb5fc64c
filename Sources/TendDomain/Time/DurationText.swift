import Foundation

/// The one way a length of time is written for people, never clock-like (`00:28` reads as
/// 28 minutes or 28 seconds): `28 s`, `1 min 05 s`, `45 min`, `1 h 05 min 10 s`, `2 h`.
/// Minutes and seconds after a larger unit have two digits, so a ticking display keeps its width
/// within a unit.
public enum DurationText {
    /// The length of `seconds` (negative counts as 0).
    public static func format(_ seconds: Int) -> String {
        let total = max(0, seconds)
        let hours = total / 3600, minutes = total % 3600 / 60, rest = total % 60
        if hours == 0 && minutes == 0 { return "\(rest) s" }
        var parts: [String] = []
        if hours > 0 { parts.append("\(hours) h") }
        if minutes > 0 || (hours > 0 && rest > 0) { parts.append("\(hours > 0 ? pad(minutes, 2) : String(minutes)) min") }
        if rest > 0 { parts.append("\(pad(rest, 2)) s") }
        return parts.joined(separator: " ")
    }

    /// Whole minutes, e.g. `45 min` (a count of minutes the engine decided on).
    public static func minutes(_ minutes: Int) -> String { "\(minutes) min" }
}
