import TendTerminal

/// The options of a choice field laid out on one row of a given width, so the chosen option is
/// always shown whole (when it fits at all): all options when they fit, else a window around
/// the chosen one, with a marker on each side where options are hidden.
enum ChoiceStrip {
    /// The row's text: `[chosen]` in brackets, the others padded; `< ` and ` >` where options
    /// are hidden to the left or right; `ellipsis` ends a chosen option too wide for the row.
    static func text(options: [String], selected: Int, width: Int, ellipsis: String) -> String {
        guard width > 0, options.indices.contains(selected) else { return "" }
        let cells = options.enumerated().map { $0.offset == selected ? "[\($0.element)]" : " \($0.element) " }
        func joined(_ range: ClosedRange<Int>) -> String {
            (range.lowerBound > 0 ? "< " : "")
                + cells[range].joined(separator: " ")
                + (range.upperBound < cells.count - 1 ? " >" : "")
        }
        var range = selected...selected
        var grew = true
        while grew {
            grew = false
            // Prefer showing what comes next, then what came before.
            if range.upperBound < cells.count - 1, DisplayWidth.width(of: joined(range.lowerBound...(range.upperBound + 1))) <= width {
                range = range.lowerBound...(range.upperBound + 1)
                grew = true
            }
            if range.lowerBound > 0, DisplayWidth.width(of: joined((range.lowerBound - 1)...range.upperBound)) <= width {
                range = (range.lowerBound - 1)...range.upperBound
                grew = true
            }
        }
        let text = joined(range)
        return DisplayWidth.width(of: text) <= width ? text : DisplayWidth.truncate(text, toWidth: width, ellipsis: ellipsis)
    }
}
