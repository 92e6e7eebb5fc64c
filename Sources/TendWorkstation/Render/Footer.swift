import TendTerminal

/// The footer: the keys that work here and now (`Workstation.footerItems`, from the binding
/// table); when they do not fit, the last non-essential ones are left out.
enum Footer {
    static func draw(_ painter: inout Painter, rect: Rect, items: [FooterItem]) {
        var items = items
        func width(_ list: [FooterItem]) -> Int {
            list.reduce(0) { $0 + DisplayWidth.width(of: $1.key) + 1 + DisplayWidth.width(of: $1.hint) + 2 }
        }
        while width(items) > rect.width, let index = items.lastIndex(where: { !$0.essential }) {
            items.remove(at: index)
        }
        var x = rect.x
        for item in items {
            x += painter.text(item.key, x: x, y: rect.y, width: rect.x + rect.width - x, style: Style(.footerKey))
            x += painter.text(" " + item.hint + "  ", x: x, y: rect.y, width: rect.x + rect.width - x, style: Style(.footerText))
        }
    }
}
