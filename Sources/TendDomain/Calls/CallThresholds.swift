import Foundation

/// The monthly minute thresholds a care manager works toward: for CCM 20 (99490), 40 and 60
/// (99439 add-ons); for PCM 30 (99426), 60 and 90 (99427 add-ons); APCM has none (its month
/// needs one documented service, not minutes).
public enum CallThresholds {
    /// CCM's thresholds, ascending.
    public static let steps = [20, 40, 60]

    /// The thresholds of `program`, ascending (empty for APCM).
    public static func steps(for program: CareProgram) -> [Int] {
        switch program {
        case .ccm: return steps
        case .pcm: return [30, 60, 90]
        case .apcm: return []
        }
    }

    /// The first threshold of `program` above `totalMinutes`, or nil once the last is reached
    /// (always nil for APCM).
    public static func next(after totalMinutes: Int, program: CareProgram = .ccm) -> Int? {
        steps(for: program).first { totalMinutes < $0 }
    }

    /// Minutes still needed to reach the next threshold (0 once the last is reached, and for APCM).
    public static func minutesToNext(after totalMinutes: Int, program: CareProgram = .ccm) -> Int {
        next(after: totalMinutes, program: program).map { $0 - max(0, totalMinutes) } ?? 0
    }
}
