import Foundation
import TendDomain
import TendTerminal

/// Draws the supervisor view's body: the tabs, the heading, and the shown tab's table (or the
/// summary's text). Returns the table's rectangle, where the filter line goes.
enum SupervisorScreen {
    @discardableResult
    static func draw(_ painter: inout Painter, rect: Rect, screen: SupervisorScreenModel) -> Rect {
        let page = screen.page
        let rows = rect.split(.vertical, [.fixed(1), .fixed(2), .min(5)])
        drawTabs(&painter, rect: rows[0], current: screen.tab, glyphs: painter.glyphs)
        var heading = page?.heading ?? ["Not read: \(screen.message?.text ?? "Ctrl-R reads again.")"]
        heading.append(statusLine(screen))
        for (index, line) in heading.prefix(2).enumerated() {
            painter.line(line, in: rows[1], row: index, style: Style(index == 0 ? .header : .dim), indent: 1)
        }
        guard let page else { return rows[2] }
        if let table = page.table {
            drawTable(&painter, rect: rows[2], table: table, screen: screen)
        } else {
            let inside = painter.box(rows[2], title: screen.tab.title, focused: true)
            for (row, line) in page.text.prefix(inside.height).enumerated() {
                painter.line(line, in: inside, row: row, indent: 1)
            }
        }
        return rows[2]
    }

    static func drawTabs(_ painter: inout Painter, rect: Rect, current: SupervisorTab, glyphs: Glyphs) {
        var x = rect.x + 1
        x += painter.text("Supervisor ", x: x, y: rect.y, width: rect.maxX - x, style: Style(.header, attributes: .bold))
        for tab in SupervisorTab.allCases {
            let selected = tab == current
            let label = selected ? "\(glyphs.arrow) \(tab.title) " : " \(tab.title) "
            x += painter.text(label, x: x, y: rect.y, width: rect.maxX - x,
                              style: selected ? Style(.title, attributes: .reverse) : Style(.dim))
            x += painter.text(" ", x: x, y: rect.y, width: rect.maxX - x)
        }
    }

    /// The second heading line: sort, filter, marks.
    static func statusLine(_ screen: SupervisorScreenModel) -> String {
        guard let table = screen.page?.table else { return "" }
        let sort = screen.sort
        var parts = ["sorted by \(table.columns[sort.column].title) \(sort.descending ? "\u{2193}" : "\u{2191}")"]
        if !screen.filter.isEmpty, let error = screen.filterError {
            parts.append("filter NOT applied: \(error.message)")
        } else if !screen.filter.isEmpty {
            parts.append("filter \(screen.filter): \(screen.rows.count) of \(table.rows.count)")
        }
        if !screen.marks.isEmpty { parts.append("\(screen.marks.count) marked") }
        return parts.joined(separator: " \u{00B7} ")
    }

    static func drawTable(_ painter: inout Painter, rect: Rect, table: DataTable, screen: SupervisorScreenModel) {
        let rows = screen.rows
        let inside = painter.box(rect, title: "\(screen.tab.title) (\(rows.count))", focused: true)
        guard inside.height > 1, inside.width > 4 else { return }
        let marker = 2
        let layout = TableLayout(columns: table.columns, width: inside.width - marker)
        let sort = screen.sort
        for slot in layout.slots {
            let column = table.columns[slot.column]
            var title = column.title
            if slot.column == sort.column { title += sort.descending ? "\u{2193}" : "\u{2191}" }
            draw(&painter, title, x: inside.x + marker + slot.x, y: inside.y, width: slot.width,
                 right: column.numeric, style: Style(.header, attributes: .bold))
        }
        let height = inside.height - 1
        if rows.isEmpty {
            let text = screen.filter.isEmpty ? "Nothing to show." : "No row matches '\(screen.filter)'."
            painter.line(text, in: inside, row: 1, style: Style(.dim), indent: marker)
            return
        }
        let top = max(0, min(screen.selection - height / 2, rows.count - height))
        let glyphs = painter.glyphs
        for (offset, row) in rows[top...].prefix(height).enumerated() {
            let y = inside.y + 1 + offset
            let selected = top + offset == screen.selection
            let rowStyle = selected ? Style(.selection) : Style.normal
            if selected { painter.highlight(inside, row: 1 + offset, style: rowStyle) }
            let marked = row.patient.map { screen.marks.contains($0) } ?? false
            // Column 0 says marked, column 1 selected (the row is also in reverse video).
            let arrow = DisplayWidth.width(of: glyphs.arrow) == 1 ? glyphs.arrow : ">"
            painter.text((marked ? "*" : " ") + (selected ? arrow : " "), x: inside.x, y: y, width: marker, style: rowStyle)
            for slot in layout.slots {
                let column = table.columns[slot.column]
                let cell = row.cells[slot.column]
                let style = selected ? rowStyle : Style(cell.role ?? .normal)
                var x = inside.x + marker + slot.x
                var width = slot.width
                if let bar = cell.bar {
                    let barWidth = min(6, max(0, width - 7))
                    painter.bar(x: x, y: y, width: barWidth, value: bar.value, total: bar.total)
                    x += barWidth + 1
                    width -= barWidth + 1
                }
                draw(&painter, cell.text, x: x, y: y, width: width, right: column.numeric && cell.bar == nil, style: style)
            }
        }
    }

    /// Text in a column, right-aligned for numbers.
    static func draw(_ painter: inout Painter, _ text: String, x: Int, y: Int, width: Int, right: Bool, style: Style) {
        guard width > 0 else { return }
        let textWidth = DisplayWidth.width(of: text)
        let offset = right && textWidth < width ? width - textWidth : 0
        painter.text(text, x: x + offset, y: y, width: width - offset, style: style)
    }
}
