import TendDomain
import TendTerminal

/// The top line: the product, the practice, the user and role, and the stopwatch.
enum TitleBar {
    static func draw(_ painter: inout Painter, rect: Rect, workstation: Workstation) {
        painter.grid.fill(rect, style: Style(.title, attributes: .reverse))
        var left = " tend \u{00B7} \(workstation.session.store.settings.practice)"
        if let me = workstation.view?.me {
            left += " \u{2502} \(me.name) (\(me.login), \(me.credential.rawValue); \(me.roles.sorted().map(\.rawValue).joined(separator: ", ")))"
        }
        let timerText = stopwatchText(workstation)
        let timerWidth = min(DisplayWidth.width(of: timerText), rect.width / 2)
        let leftWidth = rect.width - timerWidth - (timerWidth > 0 ? 1 : 0)
        painter.text(left, x: rect.x, y: rect.y, width: leftWidth, style: Style(.title, attributes: .reverse))
        if timerWidth > 0 {
            let running = workstation.view?.timer.map { !$0.isPaused } ?? false
            painter.text(timerText, x: rect.x + rect.width - timerWidth, y: rect.y, width: timerWidth,
                         style: Style(running ? .timerRunning : .timerPaused, attributes: .reverse))
        }
    }

    /// `● 12:03 running · Nguyễn, An` or `‖ 12:03 paused · …`; empty without a stopwatch.
    static func stopwatchText(_ workstation: Workstation) -> String {
        guard let timer = workstation.view?.timer else { return "" }
        let glyphs = workstation.configuration.glyphs
        let seconds = timer.elapsedSeconds(at: workstation.clock.now())
        let symbol = timer.isPaused ? glyphs.timerPaused : glyphs.timerRunning
        let word = timer.isPaused ? "paused" : "running"
        let over = seconds >= 3600 ? " OVER 1 H" : ""
        let name = workstation.view?.timerPatientName ?? timer.patientId.rawValue
        return "\(symbol) \(DurationText.format(seconds)) \(word)\(over) \u{00B7} \(Sanitizer.singleLine.sanitize(name)) "
    }
}
