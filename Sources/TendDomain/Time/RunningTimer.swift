import Foundation

/// A staff member's stopwatch, persisted the moment it starts so that it survives a crash, an
/// SSH drop or kill -9. One per staff member. Pausing closes a segment; stopping turns every
/// segment into a time entry.
public struct RunningTimer: Codable, Equatable, Sendable {
    /// A closed stretch of running time.
    public struct Segment: Codable, Equatable, Sendable {
        /// When the stretch started.
        public var start: Date
        /// When it was paused.
        public var end: Date

        /// Creates a segment.
        public init(start: Date, end: Date) {
            self.start = start
            self.end = end
        }
    }

    /// Login of the staff member whose timer this is.
    public var staff: String
    /// The patient being worked on.
    public var patientId: PatientID
    /// When the timer was first started.
    public var startedAt: Date
    /// The activity chosen at start, if any.
    public var activity: Activity?
    /// Stretches closed by a pause.
    public var segments: [Segment]
    /// Start of the current stretch; nil while paused.
    public var runningSince: Date?
    /// Incremented on every change.
    public var version: Int

    /// Starts a timer at an instant (truncated to the second).
    public init(staff: String, patientId: PatientID, startedAt: Date, activity: Activity?) {
        let start = startedAt.truncatedToSecond
        self.staff = staff
        self.patientId = patientId
        self.startedAt = start
        self.activity = activity
        self.segments = []
        self.runningSince = start
        self.version = 1
    }

    /// Whether the timer is paused.
    public var isPaused: Bool { runningSince == nil }

    /// Whole seconds run so far, up to `now`.
    public func elapsedSeconds(at now: Date) -> Int {
        let closed = segments.reduce(0) { $0 + Int($1.end.timeIntervalSince($1.start)) }
        let open = runningSince.map { max(0, Int(now.truncatedToSecond.timeIntervalSince($0))) } ?? 0
        return closed + open
    }

    /// Pauses at `now` (no effect when already paused).
    public mutating func pause(at now: Date) {
        guard let since = runningSince else { return }
        let end = max(since, now.truncatedToSecond)
        if end > since { segments.append(Segment(start: since, end: end)) }
        runningSince = nil
        version += 1
    }

    /// Resumes at `now` (no effect when running).
    public mutating func resume(at now: Date) {
        guard runningSince == nil else { return }
        runningSince = now.truncatedToSecond
        version += 1
    }

    /// Every stretch of running time up to `now`, the open one closed at `now`.
    public func spans(at now: Date) -> [Segment] {
        var all = segments
        if let since = runningSince, now.truncatedToSecond > since {
            all.append(Segment(start: since, end: now.truncatedToSecond))
        }
        return all
    }
}
