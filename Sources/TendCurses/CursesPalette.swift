import CNcurses
import TendTerminal

/// Turns cell styles into ncurses attributes and colour pairs, allocating pairs on demand.
struct CursesPalette {
    /// Colours the terminal can show (0 when it has none).
    let colorCount: Int
    /// Whether `use_default_colors` worked, so -1 means the terminal's own colour.
    let hasDefaultColors: Bool
    /// The highest usable pair number.
    let maxPair: Int
    /// The theme whose roles are resolved.
    private(set) var theme: Theme
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int16 = 1
    private var cache: [Style: (attr_t, Int16)] = [:]

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// Creates a palette; with fewer than 8 colours the theme is replaced by `monochrome`.
    init(theme: Theme, colorCount: Int, hasDefaultColors: Bool, maxPair: Int) {
        self.colorCount = colorCount
        self.hasDefaultColors = hasDefaultColors
        self.maxPair = min(maxPair, Int(Int16.max))
        self.theme = colorCount >= 8 ? theme : BuiltinThemes.monochrome
    }

    /// Uses `theme` from now on; pairs are reallocated as needed.
    mutating func setTheme(_ theme: Theme) {
        self.theme = colorCount >= 8 ? theme : BuiltinThemes.monochrome
        cache.removeAll()
        pairs.removeAll()
        nextPair = 1
    }

    /// The attributes and colour pair for `style`.
    mutating func resolve(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        if let hit = cache[style] { return hit }
        let roleStyle = theme.style(for: style.role)
        let attributes = Self.cursesAttributes(roleStyle.attributes.union(style.attributes))
        var pair: Int16 = 0
        if colorCount >= 8 {
            pair = self.pair(
                foreground: number(roleStyle.foreground, isForeground: true),
                background: number(roleStyle.background, isForeground: false)
            )
        }
        cache[style] = (attributes, pair)
        return (attributes, pair)
    }

    /// The ncurses attribute bits for `attributes`.
    static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var bits = tend_attr_normal()
        if attributes.contains(.bold) { bits |= tend_attr_bold() }
        if attributes.contains(.underline) { bits |= tend_attr_underline() }
        if attributes.contains(.reverse) { bits |= tend_attr_reverse() }
        if attributes.contains(.dim) { bits |= tend_attr_dim() }
        return bits
    }

    private func number(_ color: ThemeColor, isForeground: Bool) -> Int16 {
        switch color.fitted(toColorCount: colorCount) {
        case .terminalDefault:
            if hasDefaultColors { return -1 }
            return isForeground ? Int16(COLOR_WHITE) : Int16(COLOR_BLACK)
        case .index(let value):
            return Int16(value)
        }
    }

    private mutating func pair(foreground: Int16, background: Int16) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        let key = PairKey(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        guard Int(nextPair) <= maxPair else { return 0 }
        let pair = nextPair
        nextPair += 1
        init_pair(pair, foreground, background)
        pairs[key] = pair
        return pair
    }
}
