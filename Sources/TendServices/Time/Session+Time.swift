import Foundation
import TendDomain
import TendStore

extension Session {
    /// Logs time by hand (rules §4): validates, splits at month ends, refuses an overlap with
    /// the staff member's other entries or running stopwatch, refuses a probable duplicate
    /// (`ProbableDuplicate`) unless `request.separateReason` says why it is separate work, and
    /// commits every part at once. Time in a closed month
    /// is refused unless `amendReason` is given (supervisor or admin): it is then recorded as an
    /// amendment of that month.
    @discardableResult
    public func logTime(_ id: PatientID, _ request: TimeRequest, amendReason: String? = nil) throws -> [TimeEntry] {
        let me = try require(.timeLog, patient: id, doing: "logging time")
        try checkAmendment(amendReason, action: .timeLog, patient: id)
        var worker = me
        if let other = request.onBehalfOf, other != me.login {
            try requireActingForAnother(.timeLog, me: me, patient: id) { roles in
                "recording time for another staff member (--as \(TextSafety.printable(other))) needs the \(roles) role"
            }
            guard let member = try store.roster().member(other), member.active else {
                throw StoreError.notFound(what: "staff member '\(TextSafety.printable(other))'")
            }
            worker = member
        }
        if let minutes = Self.requestedMinutes(request), !(1...1440).contains(minutes) {
            throw DomainError("--minutes must be between 1 and 1440 (got \(minutes))")
        }
        try checkSeparateReason(request.separateReason)
        var logged: [TimeEntry] = []
        try store.write(account, action: .timeLog, patient: id.rawValue, at: now) { change in
            let patient = try store.patient(id)
            let (start, end) = try place(request.span, staff: worker.login)
            if case .interval = request.span { try checkStopwatchOverlap(staff: worker.login, start: start, end: end) }
            let draft = TimeEntryDraft(
                patient: patient, staff: worker.login, credential: worker.credential, start: start, end: end,
                activity: request.activity, note: request.note,
                conditions: try conditions(request.conditions, for: patient),
                source: .manual(reason: request.reason), recordedBy: me.login)
            logged = try TimeEntryRules.makeEntries(draft, now: now, timeZone: timeZone)
            try stage(entries: logged, separateReason: request.separateReason, in: change)
            try guardClosedMonths(Set(logged.map(month(of:))), patient: id, action: .timeLog,
                                  summary: "logged \(DurationText.format(logged.reduce(0) { $0 + $1.seconds })) \(request.activity.rawValue) by \(worker.login)",
                                  reason: amendReason, entries: logged.map(\.id), in: change)
            change.summary = "logged \(DurationText.format(logged.reduce(0) { $0 + $1.seconds })) \(request.activity.rawValue) for \(id) by \(worker.login)"
                + (worker.login == me.login ? "" : " (recorded by \(me.login))")
                + Self.separateNote(request.separateReason)
            change.describe(logged)
        }
        return logged
    }

    private static func requestedMinutes(_ request: TimeRequest) -> Int? {
        if case .minutes(let minutes, _) = request.span { return minutes }
        return nil
    }

    /// The conditions named, or the patient's chronic-list conditions when none are named.
    func conditions(_ texts: [String], for patient: Patient) throws -> [ICD10Code] {
        if texts.isEmpty {
            let chronic = patient.conditions.filter { conditionTable.category(for: $0) != nil }
            return chronic.isEmpty ? patient.conditions : chronic
        }
        return try texts.map { try ICD10Code(validating: $0) }
    }

    /// Turns a span into instants. Minutes today take the latest free stretch ending now or
    /// earlier (`FreeSpanPlacement`: before the staff member's entries and running stopwatch
    /// that would overlap); minutes on an earlier day are placed after the staff member's last
    /// entry that day, from 09:00 local time.
    private func place(_ span: TimeRequest.Span, staff: String) throws -> (Date, Date) {
        switch span {
        case .interval(let start, let end):
            return (start, end)
        case .minutes(let minutes, let date):
            let day = date ?? today
            guard day <= today else { throw DomainError("the date \(day) is in the future") }
            let seconds = TimeInterval(minutes * 60)
            if day == today {
                let busy = try busySpans(staff: staff, day: day)
                guard let free = FreeSpanPlacement.latestFree(seconds: minutes * 60, endingBy: now,
                                                              notBefore: day.startInstant(in: timeZone), busy: busy) else {
                    throw DomainError("no free \(minutes) minutes today before now between this staff member's other entries and stopwatch; give the exact times with --start and --end")
                }
                return (free.start, free.end)
            }
            let dayStart = day.startInstant(in: timeZone)
            let nextDay = day.adding(days: 1).startInstant(in: timeZone)
            var start = dayStart.addingTimeInterval(9 * 3600)
            for entry in try store.staffMonthLog(staff, month: day.yearMonth).entries
            where !entry.isVoided && entry.end > start && entry.start < nextDay {
                start = max(start, entry.end)
            }
            guard start.addingTimeInterval(seconds) <= nextDay else {
                throw DomainError("no free \(minutes) minutes left on \(day) after this staff member's other entries; use --start and --end")
            }
            return (start, start.addingTimeInterval(seconds))
        }
    }

    /// The staff member's active entries touching `day` and the stretches of their running
    /// stopwatch, as busy spans.
    private func busySpans(staff: String, day: LocalDate) throws -> [FreeSpanPlacement.Span] {
        let dayStart = day.startInstant(in: timeZone), nextDay = day.adding(days: 1).startInstant(in: timeZone)
        var busy = try store.staffMonthLog(staff, month: day.yearMonth).entries
            .filter { !$0.isVoided && $0.end > dayStart && $0.start < nextDay }
            .map { FreeSpanPlacement.Span(start: $0.start, end: $0.end) }
        if let timer = try store.timer(staff) {
            busy += timer.spans(at: now).map { FreeSpanPlacement.Span(start: $0.start, end: $0.end) }
        }
        return busy
    }

    /// Refuses exact times that overlap the staff member's running stopwatch: its stop would
    /// then be refused for the overlap.
    private func checkStopwatchOverlap(staff: String, start: Date, end: Date) throws {
        guard let timer = try store.timer(staff) else { return }
        let overlaps = timer.spans(at: now).contains { $0.start < end && start < $0.end }
            || (timer.runningSince.map { $0 < end } ?? false)
        if overlaps {
            throw DomainError("this time overlaps the stopwatch running since \(LocalDateTimeText.fullWithZone(timer.startedAt, in: timeZone)) for patient \(timer.patientId); one person cannot be counted twice for the same minutes (stop the stopwatch first, or give other times)")
        }
    }

    /// Checks a `--separate` reason before any write.
    func checkSeparateReason(_ reason: String?) throws {
        guard let reason else { return }
        try TextValidation.checkRequiredText(reason, field: "separate-work reason", maxLength: 500)
    }

    /// The audit summary's mention of a confirmed separate piece of work.
    static func separateNote(_ reason: String?) -> String {
        reason.map { "; confirmed separate from an identical entry: \($0)" } ?? ""
    }

    /// Adds entries to their staff-month logs, refusing any overlap with the same staff
    /// member's other entries, and any probable duplicate of one of them unless
    /// `separateReason` says why it is a second, separate piece of work.
    func stage(entries: [TimeEntry], separateReason: String? = nil, in change: any ChangeSet) throws {
        try change.indexTimeEntries(entries)
        for (month, parts) in Dictionary(grouping: entries, by: { LocalDate($0.start, in: timeZone).yearMonth }) {
            guard let login = parts.first?.staff else { continue }
            var log = try store.staffMonthLog(login, month: month)
            if let conflict = TimeEntryRules.overlaps(parts, existing: log.entries).first {
                throw DomainError("this time \(TimeEntryRules.conflictMessage(conflict, in: timeZone, patient: try? store.patient(conflict.patientId).identity)); one person cannot be counted twice for the same minutes")
            }
            if separateReason == nil, let first = DuplicateEntryRule.firstDuplicate(of: parts, existing: log.entries, timeZone: timeZone) {
                let patient = try? store.patient(first.patientId).identity.nameAndBirthDate
                throw ProbableDuplicate(first: first, firstDescribed: DuplicateEntryRule.describe(first, patient: patient, timeZone: timeZone))
            }
            log.entries.append(contentsOf: parts)
            log.version += 1
            try change.put(log)
        }
    }

    /// Time entries of a month, optionally of one patient, oldest first. A nurse sees the
    /// whole team's entries for her patients (time is cumulative across staff).
    public func entries(month: YearMonth, patient: PatientID? = nil) throws -> [TimeEntry] {
        try require(.timeList, patient: patient, doing: "listing time")
        if patient != nil { try ensureIndexes() }
        let all = try store.read {
            try patient.map { try store.timeEntries(month: month, patients: [$0]) } ?? store.timeEntries(month: month)
        }
        return all.filter { patient == nil || $0.patientId == patient }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
    }
}
