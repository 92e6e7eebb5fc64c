import TendDomain
import TendTerminal

/// The top line: the product, the practice, the user and role, and the stopwatch.
enum TitleBar {
    static func draw(_ painter: inout Painter, rect: Rect, title: TitleBarModel) {
        painter.grid.fill(rect, style: Style(.title, attributes: .reverse))
        var left = " tend \u{00B7} \(title.practice)"
        if let me = title.me {
            left += " \u{2502} \(me.name) (\(me.login), \(me.credential.rawValue); \(me.roles.sorted().map(\.rawValue).joined(separator: ", ")))"
        }
        let glyphs = painter.glyphs
        let timerWidth = min(DisplayWidth.width(of: stopwatchText(title, width: nil, glyphs: glyphs)), rect.width / 2)
        let timerText = stopwatchText(title, width: timerWidth, glyphs: glyphs)
        let leftWidth = rect.width - timerWidth - (timerWidth > 0 ? 1 : 0)
        painter.text(left, x: rect.x, y: rect.y, width: leftWidth, style: Style(.title, attributes: .reverse))
        if timerWidth > 0 {
            let running = title.stopwatch.map { !$0.isPaused } ?? false
            painter.text(timerText, x: rect.x + rect.width - timerWidth, y: rect.y, width: timerWidth,
                         style: Style(running ? .timerRunning : .timerPaused, attributes: .reverse))
        }
    }

    /// `● 12:03 running · Nguyễn, An 1950-03-04` or `‖ 12:03 paused · …`; empty without a
    /// stopwatch. In `width` columns the name is cut so that the date of birth always shows.
    static func stopwatchText(_ title: TitleBarModel, width: Int?, glyphs: Glyphs) -> String {
        guard let stopwatch = title.stopwatch else { return "" }
        let seconds = stopwatch.elapsedSeconds
        let symbol = stopwatch.isPaused ? glyphs.timerPaused : glyphs.timerRunning
        let word = stopwatch.isPaused ? "paused" : "running"
        let over = seconds >= 3600 ? " OVER 1 H" : ""
        let head = "\(symbol) \(DurationText.format(seconds)) \(word)\(over) \u{00B7} "
        guard let patient = stopwatch.patient else { return head + "patient \(stopwatch.patientId) " }
        let room = (width ?? Int.max / 2) - DisplayWidth.width(of: head) - 1
        let labels = title.labels
        let whole = labels.nameAndBirthDate(patient)
        let name = DisplayWidth.width(of: whole) <= room ? whole
            : labels.fitted(patient, width: room, ellipsis: glyphs.ellipsis)
        return head + Sanitizer.singleLine.sanitize(name) + " "
    }
}
