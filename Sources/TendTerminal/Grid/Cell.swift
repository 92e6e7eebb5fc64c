/// One column of a `CellGrid`.
///
/// A narrow character occupies one cell of width 1. A wide character occupies a cell of width 2
/// followed by a continuation cell (width 0, empty grapheme) that only marks the second column.
public struct Cell: Sendable, Hashable {
    /// The grapheme cluster drawn in this cell; empty for a continuation cell.
    public var grapheme: String
    /// Columns taken: 1 or 2 for a drawn cell, 0 for the continuation of a wide cell.
    public var width: Int
    /// How the cell is drawn.
    public var style: Style

    /// Creates a cell; `width` should be the grapheme's display width (1 or 2).
    public init(_ grapheme: String, width: Int = 1, style: Style = .normal) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A space.
    public static func blank(_ style: Style = .normal) -> Cell { Cell(" ", width: 1, style: style) }

    /// The second column of a wide cell.
    public static func continuation(_ style: Style = .normal) -> Cell { Cell("", width: 0, style: style) }

    /// Whether this cell is the second column of a wide cell.
    public var isContinuation: Bool { width == 0 }
}
