import Foundation
import TendDomain
import TendTerminal

/// Lays out and draws one frame from its model: title bar, list, patient header, the detail
/// pane, status line, footer, and any overlay on top. A pure function of the model, the size
/// and the glyphs: nothing here reads the workstation, the session or the store.
struct ScreenRenderer {
    /// Borders and state symbols.
    let glyphs: Glyphs

    /// The smallest size the screen is laid out for.
    static let minimum = Size(width: 80, height: 24)

    /// Draws `model` in a frame of `size`; returns it and where the text cursor goes (nil: hidden).
    func render(_ model: ScreenModel, size: Size) -> (CellGrid, Position?) {
        var painter = Painter(grid: CellGrid(size: size), glyphs: glyphs)
        guard size.width >= Self.minimum.width, size.height >= Self.minimum.height else {
            drawTooSmall(&painter, size: size)
            return (painter.grid, nil)
        }
        if let lock = model.lock {
            LockScreen.draw(&painter, lock: lock)
            return (painter.grid, nil)
        }
        let statusHeight = StatusLine.height(model.status, width: size.width, glyphs: glyphs)
        let rows = painter.grid.bounds.split(.vertical, [.fixed(1), .min(10), .fixed(statusHeight), .fixed(1)])
        TitleBar.draw(&painter, rect: rows[0], title: model.title)
        var filterRect = listRect(in: rows[1])
        switch model.body {
        case .supervisor(let supervisor):
            filterRect = SupervisorScreen.draw(&painter, rect: rows[1], screen: supervisor)
        case .care(let care):
            drawBody(&painter, rect: rows[1], care: care)
        }
        StatusLine.draw(&painter, rect: rows[2], status: model.status)
        Footer.draw(&painter, rect: rows[3], items: model.footer)
        let cursor = OverlayRenderer(model: model.overlay, glyphs: glyphs).draw(&painter, body: rows[1], listRect: filterRect)
        return (painter.grid, cursor)
    }

    /// The list's rectangle within the body.
    func listRect(in body: Rect) -> Rect {
        body.split(.horizontal, [.fixed(Self.listWidth(body.width)), .min(40)])[0]
    }

    /// The list's width: 40% of the screen, between 38 and 64 columns (at 80 columns a row
    /// still shows 16 columns of name beside the date of birth and the minutes).
    static func listWidth(_ total: Int) -> Int { max(38, min(64, total * 40 / 100)) }

    func drawBody(_ painter: inout Painter, rect: Rect, care: CareScreenModel) {
        let columns = rect.split(.horizontal, [.fixed(Self.listWidth(rect.width)), .min(40)])
        ListPane.draw(&painter, rect: columns[0], care: care)
        let headerHeight = rect.height >= 40 ? 9 : 7
        let right = columns[1].split(.vertical, [.fixed(headerHeight), .min(5)])
        HeaderPane.draw(&painter, rect: right[0], care: care)
        let focused = care.focus == care.detailPane
        switch care.detailPane {
        case .consent: ConsentPane.draw(&painter, rect: right[1], care: care, focused: focused)
        case .plan: PlanPane.draw(&painter, rect: right[1], care: care, focused: focused)
        default: SummaryPane.draw(&painter, rect: right[1], care: care, focused: care.focus == .summary)
        }
    }

    func drawTooSmall(_ painter: inout Painter, size: Size) {
        let lines = ["tend needs at least \(Self.minimum.width)×\(Self.minimum.height);",
                     "this terminal is \(size.width)×\(size.height).", "Enlarge the window; q quits."]
        for (index, line) in lines.enumerated() {
            painter.text(line, x: 0, y: index, width: size.width)
        }
    }
}
