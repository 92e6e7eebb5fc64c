import Foundation
import TendDomain
import TendServices
import TendTerminal

extension Workstation {
    /// The log-time dialog: minutes, date (today by default), activity, conditions, note; it
    /// says beforehand when the time will not count.
    func openLogForm() {
        guard let row = selectedRow, let patient = attempt({ try session.patient(row.patient.id) }) else { return }
        var fields: [FormField] = [
            .text(.minutes, label: "Minutes", field: LineField("", maxLength: 4)),
            .text(.date, label: "Date", field: LineField(session.today.description, maxLength: 10)),
            .choice(.activity, label: "Activity", options: Activity.allCases.map(\.label), selected: 0),
        ]
        for code in patient.conditions {
            let category = session.conditionTable.category(for: code)
            fields.append(.check(.condition(code), label: "\(code.rawValue) \(category?.label ?? "(not on the chronic list)")", checked: category != nil))
        }
        fields.append(.text(.note, label: "Note", field: LineField("", maxLength: 2_000)))
        let problems = (try? session.countingProblemsToday(for: patient.id)) ?? []
        let form = Form(title: "Log time by hand: \(labels.full(patient))",
                        intro: ["Time spent without the stopwatch. Today's minutes end now, or where your",
                                "later time starts; an earlier date's go after that day's entries."]
                            + CountingWarningLines.intro(problems),
                        fields: fields)
        openForm(form, .logTime(patient.id))
    }

    /// Logs the dialog's time; a probable duplicate asks whether it is separate work.
    func submitLog(_ form: Form, patient id: PatientID, separateReason: String? = nil) {
        let minutesText = form.text(.minutes).trimmingCharacters(in: .whitespaces)
        guard let minutes = Int(minutesText), (1...1440).contains(minutes) else {
            state.message = .error("Minutes must be a whole number from 1 to 1440.")
            return
        }
        guard let date = try? LocalDate.parse(form.text(.date).trimmingCharacters(in: .whitespaces)) else {
            state.message = .error("The date must be YYYY-MM-DD.")
            return
        }
        guard let (note, codes) = noteAndConditions(form) else { return }
        let activity = Activity.allCases[form.selection(.activity)]
        let request = TimeRequest(span: .minutes(minutes, on: date == session.today ? nil : date), activity: activity,
                                  note: note, conditions: codes, separateReason: separateReason)
        let logged: [TimeEntry]
        do {
            logged = try session.logTime(id, request)
        } catch let duplicate as ProbableDuplicate {
            state.overlay = .form(SeparateWorkForm.make(duplicate, what: "This time",
                                                        back: "Esc goes back to the log dialog."),
                                  .separateLog(id, form))
            return
        } catch {
            state.message = .error(Format.errorText(error))
            return
        }
        state.overlay = .none
        reload(keepSelection: true)
        let name = (try? session.patient(id)).map(labels.full) ?? "patient \(id)"
        let seconds = logged.reduce(0) { $0 + $1.seconds }
        var text = "Logged \(DurationText.format(seconds)) \(activity.label) for \(name)"
        if let first = logged.first, let last = logged.last {
            text += ", \(LocalTimeOfDay(first.start, in: session.timeZone).text(relativeTo: session.today))"
                + "-\(LocalTimeOfDay(last.end, in: session.timeZone).text(relativeTo: LocalDate(last.end, in: session.timeZone)))."
        }
        state.message = CountingWarningLines.message(report: text) { try session.countingVerdicts(for: logged) }
    }

    /// Logs the time confirmed as separate work, with its reason.
    func submitSeparateLog(_ form: Form, logForm: Form, patient id: PatientID) {
        guard let reason = separateWorkReason(form) else { return }
        state.overlay = .form(logForm, .logTime(id))
        submitLog(logForm, patient: id, separateReason: reason)
    }
}
