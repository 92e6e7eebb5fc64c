extension ThemeColor {
    /// The colour a terminal with `colorCount` colours can show.
    ///
    /// 256 or more: unchanged. 16–255: palette colours above 15 become the nearest of the 16
    /// basic and bright colours. 8–15: bright colours fold to their basic colour (bright black,
    /// which would vanish on a black background, becomes the terminal default) and palette colours
    /// become the nearest basic colour. Fewer than 8: the terminal default.
    public func fitted(toColorCount colorCount: Int) -> ThemeColor {
        guard case .index(let value) = self else { return self }
        if colorCount >= 256 || Int(value) < min(colorCount, 8) { return self }
        if colorCount < 8 { return .terminalDefault }
        if colorCount >= 16 {
            return value < 16 ? self : .index(Self.nearest(to: Self.rgb(value), among: 0..<16))
        }
        if value == 8 { return .terminalDefault }
        if value < 16 { return .index(value - 8) }
        return .index(Self.nearest(to: Self.rgb(value), among: 0..<8))
    }

    /// Approximate RGB of xterm's default palette entry `index`.
    static func rgb(_ index: UInt8) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let value = Int(index)
        if value < 16 { return basic[value] }
        if value >= 232 {
            let level = 8 + (value - 232) * 10
            return (level, level, level)
        }
        let levels = [0, 95, 135, 175, 215, 255]
        let cube = value - 16
        return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    }

    private static func nearest(to color: (Int, Int, Int), among candidates: Range<UInt8>) -> UInt8 {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for candidate in candidates {
            let other = rgb(candidate)
            let distance = (color.0 - other.0) * (color.0 - other.0)
                + (color.1 - other.1) * (color.1 - other.1)
                + (color.2 - other.2) * (color.2 - other.2)
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }
}
