import TendTerminal

/// How a page of text (help, the printed plan, supervisor pages) is laid out: the box it gets
/// and its lines wrapped by display width to the box, so no word is cut at the edge.
enum PageLayout {
    /// The page's box in the body (most of the body's width, all of its height).
    static func rect(in body: Rect) -> Rect {
        OverlayRenderer.dialogRect(in: body, width: max(60, body.width * 9 / 10), height: body.height)
    }

    /// The width of the text inside the page's box on a terminal `width` columns wide.
    static func textWidth(terminalWidth width: Int) -> Int {
        max(1, rect(in: Rect(x: 0, y: 0, width: width, height: 1)).width - 2)
    }

    /// The page's lines wrapped to `width` columns. A continued line is indented to the page's
    /// hanging indent when it has one that leaves room, else two more than the line's own
    /// leading spaces.
    static func lines(of page: TextPage, width: Int) -> [String] {
        var wrapped: [String] = []
        for line in page.lines {
            guard DisplayWidth.width(of: line) > width else {
                wrapped.append(line)
                continue
            }
            let lead = line.prefix { $0 == " " }.count
            var hanging = lead + 2
            if let indent = page.hangingIndent, indent > lead, indent < width / 2 { hanging = indent }
            let first = DisplayWidth.wrap(String(line.dropFirst(lead)), width: max(1, width - lead))
            guard let head = first.first else {
                wrapped.append(line)
                continue
            }
            wrapped.append(String(repeating: " ", count: lead) + head)
            let rest = first.dropFirst().joined(separator: " ")
            guard !rest.isEmpty else { continue }
            for part in DisplayWidth.wrap(rest, width: max(1, width - hanging)) {
                wrapped.append(String(repeating: " ", count: hanging) + part)
            }
        }
        return wrapped
    }
}
