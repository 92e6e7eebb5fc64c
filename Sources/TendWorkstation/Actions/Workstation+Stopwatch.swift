import Foundation
import TendDomain
import TendServices
import TendTerminal

extension Workstation {
    /// Starts the stopwatch for the selected patient, or opens the stop dialog when one runs.
    func toggleStopwatch() {
        if let timer = view?.timer {
            openStopForm(timer)
            return
        }
        guard let row = selectedRow else { return }
        guard attempt({ try session.startTimer(row.patient.id, activity: nil) }) != nil else { return }
        reload(keepSelection: true)
        if let problem = (try? session.countingProblemsToday(for: row.patient.id))?.first {
            state.message = .warning("Stopwatch started for \(labels.full(row.patient)), but this time will NOT count: \(problem.sentence).")
        } else {
            state.message = .success("Stopwatch started for \(labels.full(row.patient)). \(bindings.keyName(.stopwatch)) stops it, \(bindings.keyName(.pause)) pauses.")
        }
    }

    /// The stop dialog: the activity, the conditions addressed and the required note.
    func openStopForm(_ timer: RunningTimer) {
        guard let patient = attempt({ try session.patient(timer.patientId) }) else { return }
        let activity = timer.activity ?? .call
        var fields: [FormField] = [
            .choice(.activity, label: "Activity", options: Activity.allCases.map(\.label),
                    selected: Activity.allCases.firstIndex(of: activity) ?? 0),
        ]
        for code in patient.conditions {
            let category = session.conditionTable.category(for: code)
            fields.append(.check(.condition(code), label: "\(code.rawValue) \(category?.label ?? "(not on the chronic list)")", checked: category != nil))
        }
        fields.append(.text(.note, label: "Note", field: LineField("", maxLength: 2_000)))
        let elapsed = DurationText.format(timer.elapsedSeconds(at: clock.now()))
        let problems = (try? session.countingProblemsToday(for: patient.id)) ?? []
        var form = Form(title: "Stop the stopwatch: \(labels.full(patient))",
                        intro: ["Ran \(elapsed)\(timer.isPaused ? " (paused)" : ""). Say what was done; the note is required."]
                            + CountingWarningLines.intro(problems),
                        fields: fields)
        form.focus = fields.count - 1
        openForm(form, .stopTimer(patient.id))
    }

    /// Stops the stopwatch with the form's answers and reports the new total, with a warning
    /// when the time will not count. A probable duplicate opens the separate-work question
    /// (the stop form is kept to come back to).
    func submitStop(_ form: Form, patient id: PatientID, separateReason: String? = nil) {
        guard let (note, codes) = noteAndConditions(form) else { return }
        let activity = Activity.allCases[form.selection(.activity)]
        let before = detailTotal(for: id)
        let logged: [TimeEntry]
        do {
            logged = try session.stopTimer(activity: activity, note: note, conditions: codes, separateReason: separateReason)
        } catch let duplicate as ProbableDuplicate {
            openSeparateWorkForm(duplicate, stopForm: form, patient: id)
            return
        } catch {
            state.message = .error(Format.errorText(error))
            return
        }
        state.overlay = .none
        reload(keepSelection: true)
        let after = detailTotal(for: id)
        let seconds = logged.reduce(0) { $0 + $1.seconds }
        let name = (try? session.patient(id)).map(labels.full) ?? "patient \(id)"
        let report = StopReport.text(loggedSeconds: seconds, activity: activity, patientName: name, before: before, after: after)
        state.message = CountingWarningLines.message(report: report) { try session.countingVerdicts(for: logged) }
    }

    /// Asks whether an entry identical to an earlier one is a second, separate piece of work,
    /// with the reason to record; Esc returns to the stop dialog with its answers intact.
    func openSeparateWorkForm(_ duplicate: ProbableDuplicate, stopForm: Form, patient id: PatientID) {
        state.overlay = .form(SeparateWorkForm.make(duplicate, what: "This stop",
                                                    back: "Esc goes back to the stop dialog; the stopwatch runs on."),
                              .separateStop(id, stopForm))
    }

    /// Logs the stop confirmed as separate work, with its reason.
    func submitSeparateStop(_ form: Form, stopForm: Form, patient id: PatientID) {
        guard let reason = separateWorkReason(form) else { return }
        state.overlay = .form(stopForm, .stopTimer(id))
        submitStop(stopForm, patient: id, separateReason: reason)
    }

    /// The patient's counted minutes this month, read fresh.
    func detailTotal(for id: PatientID) -> Int {
        guard let detail = try? StoreReader(session: session).detail(id, callEntry: nil) else { return 0 }
        return detail.totalMinutes
    }

    /// Pauses or resumes the running stopwatch.
    func pauseOrResume() {
        guard let timer = view?.timer else { return }
        guard attempt({ try session.pauseTimer(!timer.isPaused) }) != nil else { return }
        reload(keepSelection: true)
        state.message = .info(timer.isPaused ? "Stopwatch resumed." : "Stopwatch paused; \(bindings.keyName(.pause)) resumes it.")
    }

    /// Asks before throwing the stopwatch away.
    func askDiscard() {
        guard let timer = view?.timer else { return }
        let name = timerPatientText(timer)
        state.overlay = .confirm(Confirmation(lines: [
            "Discard the stopwatch for \(name)?",
            "\(DurationText.format(timer.elapsedSeconds(at: clock.now()))) will not be logged.",
        ], action: .discardTimer))
    }

    /// Throws the stopwatch away.
    func discardTimer() {
        guard let timer = attempt({ try session.discardTimer() }) else { return }
        reload(keepSelection: true)
        state.message = .info("Stopwatch discarded (\(DurationText.format(timer.elapsedSeconds(at: clock.now()))) not logged).")
    }
}

/// The message shown after a stop: what was logged, the new total and any threshold crossed.
enum StopReport {
    static func text(loggedSeconds: Int, activity: Activity, patientName: String, before: Int, after: Int) -> String {
        var text = "Logged \(DurationText.format(loggedSeconds)) \(activity.label) for \(patientName). Month total \(after) min"
        let crossed = CallThresholds.steps.filter { before < $0 && after >= $0 }
        if let last = crossed.last {
            text += "; crossed the \(last)-minute threshold"
        }
        if let next = CallThresholds.next(after: after) {
            text += "; \(next - after) min to \(next)."
        } else {
            text += "; every threshold reached."
        }
        return text
    }
}
