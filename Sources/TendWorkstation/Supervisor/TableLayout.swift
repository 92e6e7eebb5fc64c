/// Where each shown column of a table goes in a given width: low-priority columns are dropped
/// until the rest fit, then the flexible ones share what is left.
struct TableLayout: Equatable {
    /// A shown column: its index in the table, its x offset and width.
    struct Slot: Equatable {
        var column: Int
        var x: Int
        var width: Int
    }
    /// The shown columns, left to right.
    var slots: [Slot]

    /// One space between columns.
    static let gap = 1

    init(columns: [TableColumn], width: Int) {
        var shown = Array(columns.indices)
        func needed(_ indices: [Int]) -> Int {
            indices.reduce(0) { $0 + columns[$1].width } + max(0, indices.count - 1) * Self.gap
        }
        while needed(shown) > width,
              let drop = shown.filter({ columns[$0].priority > 0 }).max(by: { columns[$0].priority < columns[$1].priority }) {
            shown.removeAll { $0 == drop }
        }
        var widths = Dictionary(uniqueKeysWithValues: shown.map { ($0, columns[$0].width) })
        let flexible = shown.filter { columns[$0].flexible }
        var spare = width - needed(shown)
        if spare > 0, !flexible.isEmpty {
            for (n, index) in flexible.enumerated() {
                let share = spare / (flexible.count - n)
                widths[index]! += share
                spare -= share
            }
        } else if spare < 0 {
            // Still too wide with every droppable column gone: shrink the widest.
            while spare < 0, let widest = shown.max(by: { widths[$0]! < widths[$1]! }), widths[widest]! > 3 {
                widths[widest]! -= 1
                spare += 1
            }
        }
        var x = 0
        slots = shown.map { index in
            defer { x += widths[index]! + Self.gap }
            return Slot(column: index, x: x, width: widths[index]!)
        }
    }
}
