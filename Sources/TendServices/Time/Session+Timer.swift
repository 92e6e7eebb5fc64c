import Foundation
import TendDomain
import TendStore

extension Session {
    /// The acting user's running timer, if any.
    public func myTimer() throws -> RunningTimer? {
        let me = try require(.timeStatus, doing: "reading the stopwatch")
        return try store.timer(me.login)
    }

    /// Starts the acting user's stopwatch for a patient; persisted at once.
    @discardableResult
    public func startTimer(_ id: PatientID, activity: Activity?) throws -> RunningTimer {
        let me = try require(.timerStart, patient: id, doing: "timing work")
        return try store.commit(account, action: .timerStart, patient: id.rawValue, at: now) { change in
            _ = try store.patient(id)
            if let running = try store.timer(me.login) {
                let other = (try? store.patient(running.patientId)).map(\.messageText)
                    ?? "patient \(running.patientId)"
                throw DomainError("your stopwatch already runs for \(other) since \(LocalDateTimeText.fullWithZone(running.startedAt, in: timeZone)); stop it first (`tend time stop --note ...`)")
            }
            let timer = RunningTimer(staff: me.login, patientId: id, startedAt: now, activity: activity)
            try change.put(timer)
            change.summary = "started the stopwatch for \(id)"
            change.describe(timer)
            return timer
        }
    }

    /// Pauses or resumes the acting user's stopwatch.
    @discardableResult
    public func pauseTimer(_ pause: Bool) throws -> RunningTimer {
        let me = try require(pause ? .timerPause : .timerResume, doing: pause ? "pausing the stopwatch" : "resuming the stopwatch")
        return try store.commit(account, action: pause ? .timerPause : .timerResume, at: now) { change in
            guard var timer = try store.timer(me.login) else { throw DomainError("no stopwatch is running") }
            change.patient = timer.patientId.rawValue
            if pause { timer.pause(at: now) } else { timer.resume(at: now) }
            try change.put(timer)
            change.summary = "\(pause ? "paused" : "resumed") the stopwatch for \(timer.patientId)"
            change.describe(timer)
            return timer
        }
    }

    /// Stops the stopwatch: every stretch it ran becomes a time entry with the note; the timer
    /// file is removed in the same commit, so no minute is lost or counted twice. An entry
    /// identical to an existing one is refused as a probable duplicate (`ProbableDuplicate`,
    /// the stopwatch keeps running) unless `separateReason` says why it is separate work.
    @discardableResult
    public func stopTimer(activity: Activity?, note: String, conditions: [String],
                          separateReason: String? = nil) throws -> [TimeEntry] {
        let me = try require(.timerStop, doing: "stopping the stopwatch")
        try checkSeparateReason(separateReason)
        var logged: [TimeEntry] = []
        try store.write(account, action: .timerStop, at: now) { change in
            guard let timer = try store.timer(me.login) else { throw DomainError("no stopwatch is running") }
            change.patient = timer.patientId.rawValue
            let patient = try store.patient(timer.patientId)
            guard let activity = activity ?? timer.activity else {
                throw DomainError("say what was done: --activity call|plan-review|medication|coordination|transition|education|other")
            }
            let codes = try self.conditions(conditions, for: patient)
            let spans = timer.spans(at: now)
            guard !spans.isEmpty else { throw DomainError("the stopwatch ran for less than a second; discard it instead") }
            for span in spans {
                let draft = TimeEntryDraft(patient: patient, staff: me.login, credential: me.credential,
                                           start: span.start, end: span.end, activity: activity, note: note,
                                           conditions: codes, source: .stopwatch, recordedBy: me.login)
                logged += try TimeEntryRules.makeEntries(draft, now: now, timeZone: timeZone)
            }
            try stage(entries: logged, separateReason: separateReason, in: change)
            for month in Set(logged.map(month(of:))).sorted() where try store.monthClose(month).isClosed {
                throw DomainError("the stopwatch ran into \(month), which is closed; discard it (`tend time discard --yes`) and ask a supervisor to log the time as an amendment (`tend time log ... --amend --reason TEXT`)")
            }
            change.removeTimer(of: me.login)
            change.summary = "stopped the stopwatch: \(DurationText.format(logged.reduce(0) { $0 + $1.seconds })) \(activity.rawValue) for \(timer.patientId)"
                + Self.separateNote(separateReason)
            change.describe(logged)
        }
        return logged
    }

    /// Throws the stopwatch away without logging anything.
    public func discardTimer() throws -> RunningTimer {
        let me = try require(.timerDiscard, doing: "discarding the stopwatch")
        return try store.commit(account, action: .timerDiscard, at: now) { change in
            guard let timer = try store.timer(me.login) else { throw DomainError("no stopwatch is running") }
            change.patient = timer.patientId.rawValue
            change.removeTimer(of: me.login)
            change.summary = "discarded the stopwatch for \(timer.patientId) after \(DurationText.format(timer.elapsedSeconds(at: now)))"
            change.describe(timer)
            return timer
        }
    }
}
