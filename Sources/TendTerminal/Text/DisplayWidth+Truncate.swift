extension DisplayWidth {
    /// Shortens `string` to at most `width` columns, ending with `ellipsis` when anything was cut.
    ///
    /// A two-column character that would straddle the limit is replaced by a space, so the result
    /// of a cut is exactly `width` columns wide and never splits a wide character. Pass `"~"` as
    /// the ellipsis in ASCII mode, or `""` for a hard cut.
    public static func truncate(_ string: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if self.width(of: string) <= width { return string }
        var ellipsis = ellipsis
        var ellipsisWidth = self.width(of: ellipsis)
        if ellipsisWidth > width {
            ellipsis = ""
            ellipsisWidth = 0
        }
        let (kept, keptWidth) = prefix(of: string, width: width - ellipsisWidth)
        let padding = String(repeating: " ", count: width - ellipsisWidth - keptWidth)
        return kept + padding + ellipsis
    }

    /// Returns `string` made exactly `width` columns wide: padded with spaces, or truncated.
    public static func pad(
        _ string: String,
        toWidth width: Int,
        alignment: TextAlignment = .left,
        ellipsis: String = "…"
    ) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(string, toWidth: width, ellipsis: ellipsis)
        let missing = width - self.width(of: fitted)
        guard missing > 0 else { return fitted }
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + fitted
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + fitted
                + String(repeating: " ", count: missing - before)
        }
    }

    /// The longest prefix of `string` that fits in `width` columns, and its width.
    static func prefix(of string: String, width: Int) -> (String, Int) {
        var used = 0
        var end = string.startIndex
        for index in string.indices {
            let characterWidth = self.width(of: string[index])
            if used + characterWidth > width { break }
            used += characterWidth
            end = string.index(after: index)
        }
        return (String(string[..<end]), used)
    }
}
