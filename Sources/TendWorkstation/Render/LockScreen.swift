import TendDomain
import TendTerminal

/// The lock screen: no patient data, only that the screen is locked and whether a stopwatch runs.
enum LockScreen {
    static func draw(_ painter: inout Painter, workstation: Workstation) {
        let bounds = painter.grid.bounds
        painter.grid.fill(bounds, style: Style(.lockScreen))
        var lines = ["tend is locked",
                     "Patient data is hidden after \(workstation.configuration.idleLockMinutes) idle minutes or on request."]
        if let timer = workstation.view?.timer {
            lines.append("A stopwatch keeps \(timer.isPaused ? "paused" : "running"): \(DurationText.format(timer.elapsedSeconds(at: workstation.clock.now())))")
        }
        let key = workstation.bindings.binding(.confirm, in: .dialog)?.keys.first?.name ?? "enter"
        lines.append("Press \(key) to unlock.")
        let top = max(0, bounds.height / 2 - lines.count)
        for (index, line) in lines.enumerated() {
            let width = min(bounds.width, DisplayWidth.width(of: line))
            painter.text(line, x: max(0, (bounds.width - width) / 2), y: top + index * 2, width: bounds.width, style: Style(.lockScreen))
        }
    }
}
