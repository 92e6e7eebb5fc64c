import Foundation
import TendDomain
import TendServices

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
        state.message = .success("Stopwatch started for \(row.patient.name.displayName). \(bindings.keyName(.stopwatch)) stops it, \(bindings.keyName(.pause)) pauses.")
    }

    /// The stop dialog: the activity, the conditions addressed and the required note.
    func openStopForm(_ timer: RunningTimer) {
        guard let patient = attempt({ try session.patient(timer.patientId) }) else { return }
        let activity = timer.activity ?? .call
        var fields: [FormField] = [
            .choice(label: "Activity", options: Activity.allCases.map(\.label),
                    selected: Activity.allCases.firstIndex(of: activity) ?? 0),
        ]
        for code in patient.conditions {
            let category = session.conditionTable.category(for: code)
            fields.append(.check(label: "\(code.rawValue) \(category?.label ?? "(not on the chronic list)")", checked: category != nil))
        }
        fields.append(.text(label: "Note", field: LineField("", maxLength: 2_000)))
        let elapsed = Format.elapsed(timer.elapsedSeconds(at: clock.now()))
        var form = Form(title: "Stop the stopwatch: \(patient.name.displayName)",
                        intro: ["Ran \(elapsed)\(timer.isPaused ? " (paused)" : ""). Say what was done; the note is required."],
                        fields: fields)
        form.focus = fields.count - 1
        openForm(form, .stopTimer(patient.id))
    }

    /// Stops the stopwatch with the form's answers and reports the new total.
    func submitStop(_ form: Form, patient id: PatientID) {
        let note = form.text("Note").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else {
            state.message = .error("A note is required: say what was done and said.")
            return
        }
        let activity = Activity.allCases[form.selection("Activity")]
        var codes: [String] = []
        for case .check(let label, true) in form.fields {
            if let code = label.split(separator: " ").first { codes.append(String(code)) }
        }
        guard !codes.isEmpty else {
            state.message = .error("Tick at least one condition addressed.")
            return
        }
        let before = detailTotal(for: id)
        guard let logged = attempt({ try session.stopTimer(activity: activity, note: note, conditions: codes) }) else { return }
        state.overlay = .none
        reload(keepSelection: true)
        let after = detailTotal(for: id)
        let seconds = logged.reduce(0) { $0 + $1.seconds }
        let name = (try? session.patient(id))?.name.displayName ?? id.rawValue
        state.message = .success(StopReport.text(loggedSeconds: seconds, activity: activity, patientName: name,
                                                 before: before, after: after))
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
        let name = view?.timerPatientName ?? timer.patientId.rawValue
        state.overlay = .confirm(Confirmation(lines: [
            "Discard the stopwatch for \(name)?",
            "\(Format.elapsed(timer.elapsedSeconds(at: clock.now()))) will not be logged.",
        ], action: .discardTimer))
    }

    /// Throws the stopwatch away.
    func discardTimer() {
        guard let timer = attempt({ try session.discardTimer() }) else { return }
        reload(keepSelection: true)
        state.message = .info("Stopwatch discarded (\(Format.elapsed(timer.elapsedSeconds(at: clock.now()))) not logged).")
    }
}

/// The message shown after a stop: what was logged, the new total and any threshold crossed.
enum StopReport {
    static func text(loggedSeconds: Int, activity: Activity, patientName: String, before: Int, after: Int) -> String {
        var text = "Logged \(Format.elapsed(loggedSeconds)) \(activity.label) for \(patientName). Month total \(after) min"
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
