import Foundation
import TendDomain
import TendServices

extension Workstation {
    /// The call-outcome dialog for the selected patient.
    func openCallOutcome() {
        guard let row = selectedRow else { return }
        let form = Form(title: "Call outcome: \(labels.full(row.patient))",
                        intro: ["Phone: \(row.patient.phone?.rawValue ?? "none on file")",
                                "Space or Left/Right chooses the result; a call back needs a time."],
                        fields: [
                            .choice(.result, label: "Result", options: CallResult.allCases.map(\.label), selected: 0),
                            .text(.callBackAt, label: "Call back at", field: LineField("", maxLength: 16)),
                            .text(.note, label: "Note", field: LineField("", maxLength: CallAttempt.maxNoteLength)),
                        ])
        openForm(form, .callOutcome(row.patient.id))
    }

    /// Records the call with the dialog's answers.
    func submitCallOutcome(_ form: Form, patient id: PatientID) {
        let result = CallResult.allCases[form.selection(.result)]
        let timeText = form.text(.callBackAt).trimmingCharacters(in: .whitespaces)
        var callBackAt: Date?
        if result == .callBack {
            guard let parsed = CallBackTime.parse(timeText, now: session.now, timeZone: session.timeZone) else {
                state.message = .error("Give the call-back time as HH:MM (next such time) or YYYY-MM-DD HH:MM.")
                return
            }
            callBackAt = parsed
        } else if !timeText.isEmpty {
            state.message = .error("Only a call back takes a time; clear the field or choose 'call back'.")
            return
        }
        let note = form.text(.note).trimmingCharacters(in: .whitespaces)
        guard attempt({ try session.recordCall(id, result: result, callBackAt: callBackAt, note: note.isEmpty ? nil : note) }) != nil else { return }
        state.overlay = .none
        reload(keepSelection: true)
        let when = callBackAt.map { " for \(Format.instant($0, session: session))" } ?? ""
        state.message = .success("Recorded: \(result.label)\(when).")
    }
}

/// Reads the time typed for a call back.
enum CallBackTime {
    /// `HH:MM` is the next such local time; `YYYY-MM-DD HH:MM` is that local time.
    static func parse(_ text: String, now: Date, timeZone: TimeZone) -> Date? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        let day: LocalDate
        let clock: Substring
        switch parts.count {
        case 1:
            day = LocalDate(now, in: timeZone)
            clock = parts[0]
        case 2:
            guard let date = try? LocalDate.parse(String(parts[0])) else { return nil }
            day = date
            clock = parts[1]
        default:
            return nil
        }
        guard let time = LocalDateTimeText.readClock(clock) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        func instant(on date: LocalDate) -> Date? {
            calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute))
        }
        guard let candidate = instant(on: day) else { return nil }
        if parts.count == 1, candidate <= now { return instant(on: day.adding(days: 1)) }
        return candidate
    }
}
