import TendDomain
import TendTerminal

/// The top line: the product, the practice, the user and role, and the stopwatch.
enum TitleBar {
    static func draw(_ painter: inout Painter, rect: Rect, workstation: Workstation) {
        painter.grid.fill(rect, style: Style(.title, attributes: .reverse))
        var left = " tend \u{00B7} \(workstation.session.practiceName)"
        if let me = workstation.view?.me {
            left += " \u{2502} \(me.name) (\(me.login), \(me.credential.rawValue); \(me.roles.sorted().map(\.rawValue).joined(separator: ", ")))"
        }
        let timerWidth = min(DisplayWidth.width(of: stopwatchText(workstation, width: nil)), rect.width / 2)
        let timerText = stopwatchText(workstation, width: timerWidth)
        let leftWidth = rect.width - timerWidth - (timerWidth > 0 ? 1 : 0)
        painter.text(left, x: rect.x, y: rect.y, width: leftWidth, style: Style(.title, attributes: .reverse))
        if timerWidth > 0 {
            let running = workstation.view?.timer.map { !$0.isPaused } ?? false
            painter.text(timerText, x: rect.x + rect.width - timerWidth, y: rect.y, width: timerWidth,
                         style: Style(running ? .timerRunning : .timerPaused, attributes: .reverse))
        }
    }

    /// `● 12:03 running · Nguyễn, An 1950-03-04` or `‖ 12:03 paused · …`; empty without a
    /// stopwatch. In `width` columns the name is cut so that the date of birth always shows.
    static func stopwatchText(_ workstation: Workstation, width: Int?) -> String {
        guard let timer = workstation.view?.timer else { return "" }
        let glyphs = workstation.configuration.glyphs
        let seconds = timer.elapsedSeconds(at: workstation.clock.now())
        let symbol = timer.isPaused ? glyphs.timerPaused : glyphs.timerRunning
        let word = timer.isPaused ? "paused" : "running"
        let over = seconds >= 3600 ? " OVER 1 H" : ""
        let head = "\(symbol) \(DurationText.format(seconds)) \(word)\(over) \u{00B7} "
        guard let patient = workstation.view?.timerPatient else { return head + "patient \(timer.patientId) " }
        let room = (width ?? Int.max / 2) - DisplayWidth.width(of: head) - 1
        let labels = workstation.labels
        let whole = labels.nameAndBirthDate(patient)
        let name = DisplayWidth.width(of: whole) <= room ? whole
            : labels.fitted(patient, width: room, ellipsis: workstation.configuration.glyphs.ellipsis)
        return head + Sanitizer.singleLine.sanitize(name) + " "
    }
}
