import TendTerminal

/// The status line: the latest message or error on the left, the store on the right.
enum StatusLine {
    /// Two rows when the message does not fit one (an error must be read whole), else one.
    static func height(_ workstation: Workstation, width: Int) -> Int {
        DisplayWidth.width(of: content(workstation).0) > width ? 2 : 1
    }

    static func draw(_ painter: inout Painter, rect: Rect, workstation: Workstation) {
        let store = "store: " + workstation.session.storeLocation
        let (text, role) = content(workstation)
        if rect.height > 1 {
            // A long message: wrapped over the rows, without the store's path.
            for (row, line) in DisplayWidth.wrap(text, width: rect.width).prefix(rect.height).enumerated() {
                painter.text(line, x: rect.x, y: rect.y + row, width: rect.width, style: Style(role))
            }
            return
        }
        // The message comes first; the store's path takes what is left, at most a third.
        let messageWidth = min(DisplayWidth.width(of: text), rect.width)
        var storeWidth = max(0, min(DisplayWidth.width(of: store), rect.width / 3, rect.width - messageWidth - 1))
        if storeWidth < 12 { storeWidth = 0 }
        painter.text(text, x: rect.x, y: rect.y, width: messageWidth, style: Style(role))
        // The path is cut at its start so its end (the store's own name) stays visible.
        guard storeWidth > 1 else { return }
        let shown = DisplayWidth.width(of: store) <= storeWidth ? store
            : workstation.configuration.glyphs.ellipsis + String(store.suffix(max(0, storeWidth - 1)))
        painter.text(shown, x: rect.x + rect.width - storeWidth, y: rect.y, width: storeWidth, style: Style(.dim))
    }

    /// The message with a word saying its kind (never colour alone), or the default hint.
    static func content(_ workstation: Workstation) -> (String, StyleRole) {
        guard let message = workstation.state.message else {
            return (defaultHint(workstation) ?? "", .dim)
        }
        switch message.kind {
        case .info: return (message.text, .normal)
        case .success: return ("\(workstation.configuration.glyphs.check) " + message.text, .statusOK)
        case .warning: return ("Warning: " + message.text, .statusWarn)
        case .error: return ("Error: " + message.text, .statusError)
        }
    }

    /// What the status line says when there is no message.
    static func defaultHint(_ workstation: Workstation) -> String? {
        if workstation.state.screen == .supervisor {
            if case .failure(let error) = workstation.supervisorFilter { return "Filter not applied: \(error.message)" }
            guard let page = workstation.supervisorPage else { return nil }
            return "Read \(LocalDateTimeText.full(page.loadedAt, in: workstation.session.timeZone)); Tab: next tab, ?: every key"
        }
        let filter = workstation.state.filter
        let count = workstation.visibleRows.count
        let list = workstation.state.listKind.title
        return filter.isEmpty ? "\(list): \(count) patient\(count == 1 ? "" : "s")"
            : "\(list): \(count) match\(count == 1 ? "" : "es") for '\(filter)' (Esc clears)"
    }
}
