import Foundation

/// Two active entries of one staff member that overlap: the same minutes counted twice, to be
/// decided by a supervisor (void or correct one of them).
public struct OverlapPair: Codable, Equatable, Sendable {
    /// The staff member.
    public var staff: String
    /// The entry that starts first (ties: lower id).
    public var first: TimeEntry
    /// The other entry.
    public var second: TimeEntry
    /// Seconds the two share.
    public var overlapSeconds: Int

    /// Creates a pair.
    public init(staff: String, first: TimeEntry, second: TimeEntry, overlapSeconds: Int) {
        self.staff = staff
        self.first = first
        self.second = second
        self.overlapSeconds = overlapSeconds
    }
}

/// Finds overlapping entries of the same staff member (rules §4: no double counting).
public enum TimeOverlaps {
    /// Every pair of active entries of one staff member that overlap (touching ends do not),
    /// sorted by staff member, then start.
    public static func pairs(in entries: [TimeEntry]) -> [OverlapPair] {
        var result: [OverlapPair] = []
        for (staff, own) in Dictionary(grouping: entries.filter { !$0.isVoided }, by: \.staff) {
            let sorted = own.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] {
                    if b.start >= a.end { break }
                    let shared = Int(min(a.end, b.end).timeIntervalSince(max(a.start, b.start)))
                    result.append(OverlapPair(staff: staff, first: a, second: b, overlapSeconds: shared))
                }
            }
        }
        return result.sorted { ($0.staff, $0.first.start, $0.first.id, $0.second.id) < ($1.staff, $1.first.start, $1.first.id, $1.second.id) }
    }
}
