import TendDomain
import TendTerminal

/// The lock screen: no patient data, only that the screen is locked, whether a stopwatch runs,
/// and how to unlock. The password being typed is never drawn, not even as stars or a moving
/// cursor, so nobody watching learns its length.
enum LockScreen {
    static func draw(_ painter: inout Painter, lock: LockScreenModel) {
        let bounds = painter.grid.bounds
        painter.grid.fill(bounds, style: Style(.lockScreen))
        let minutes = lock.idleLockMinutes
        var lines = ["tend is locked",
                     "Patient data is hidden after \(plural(minutes, "idle minute")) or on request."]
        if let stopwatch = lock.stopwatch {
            lines.append("A stopwatch keeps \(stopwatch.isPaused ? "paused" : "running"): \(DurationText.format(stopwatch.elapsedSeconds))")
        }
        lines.append("Type the password of '\(lock.login)', then Enter (nothing is shown as you type).")
        if let message = lock.message { lines.append(message) }
        lines.append("Esc clears. Ctrl-C closes tend (drafts and the stopwatch are kept).")
        // Each line is wrapped to the screen; lines are a blank row apart.
        let rows = lines.map { DisplayWidth.wrap($0, width: max(1, bounds.width - 2)) }
        var y = max(0, (bounds.height - rows.reduce(0) { $0 + $1.count + 1 }) / 2)
        for part in rows {
            for line in part {
                let width = min(bounds.width, DisplayWidth.width(of: line))
                painter.text(line, x: max(0, (bounds.width - width) / 2), y: y, width: bounds.width, style: Style(.lockScreen))
                y += 1
            }
            y += 1
        }
    }
}
