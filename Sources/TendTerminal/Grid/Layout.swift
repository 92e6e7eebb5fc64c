/// The size one part of a split asks for.
public enum SizeConstraint: Sendable, Hashable {
    /// Exactly this many cells, while there is room.
    case fixed(Int)
    /// This percentage of the whole length (rounded down).
    case percentage(Int)
    /// At least this many cells; leftover space is shared among `min` parts.
    case min(Int)
}

/// The direction of a split.
public enum Axis: Sendable, Hashable {
    /// Parts side by side, left to right (splits the width).
    case horizontal
    /// Parts stacked, top to bottom (splits the height).
    case vertical
}

extension Rect {
    /// Splits the rectangle into parts along `axis`, in order, with `spacing` cells between parts.
    ///
    /// Degrades gracefully: when the parts do not fit, `min` parts shrink first, then
    /// `percentage` parts, then `fixed` parts, each group from the last part backwards, down to
    /// zero. Parts never overlap and never leave the rectangle. Leftover space goes to `min`
    /// parts (the first ones get any remainder); without `min` parts it stays unused at the end.
    public func split(_ axis: Axis, _ constraints: [SizeConstraint], spacing: Int = 0) -> [Rect] {
        let total = axis == .horizontal ? width : height
        let lengths = Self.lengths(total: total, constraints: constraints, spacing: max(0, spacing))
        var rects: [Rect] = []
        var offset = 0
        for (index, length) in lengths.enumerated() {
            if index > 0 { offset = Swift.min(total, offset + Swift.max(0, spacing)) }
            let clamped = Swift.min(length, total - offset)
            switch axis {
            case .horizontal: rects.append(Rect(x: x + offset, y: y, width: clamped, height: height))
            case .vertical: rects.append(Rect(x: x, y: y + offset, width: width, height: clamped))
            }
            offset += clamped
        }
        return rects
    }

    /// The length of each part for a total length, as described in `split`.
    static func lengths(total: Int, constraints: [SizeConstraint], spacing: Int) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let available = Swift.max(0, total - spacing * (constraints.count - 1))
        var lengths = constraints.map { constraint -> Int in
            switch constraint {
            case .fixed(let n): return Swift.max(0, n)
            case .percentage(let p): return Swift.max(0, total * Swift.min(100, Swift.max(0, p)) / 100)
            case .min(let n): return Swift.max(0, n)
            }
        }
        var excess = lengths.reduce(0, +) - available
        if excess > 0 {
            let shrinkOrder: [(SizeConstraint) -> Bool] = [
                { if case .min = $0 { return true } else { return false } },
                { if case .percentage = $0 { return true } else { return false } },
                { if case .fixed = $0 { return true } else { return false } },
            ]
            for isInGroup in shrinkOrder where excess > 0 {
                for index in constraints.indices.reversed() where excess > 0 && isInGroup(constraints[index]) {
                    let cut = Swift.min(lengths[index], excess)
                    lengths[index] -= cut
                    excess -= cut
                }
            }
        } else if excess < 0 {
            let flexible = constraints.indices.filter {
                if case .min = constraints[$0] { return true } else { return false }
            }
            if !flexible.isEmpty {
                let spare = -excess
                for (rank, index) in flexible.enumerated() {
                    lengths[index] += spare / flexible.count + (rank < spare % flexible.count ? 1 : 0)
                }
            }
        }
        return lengths
    }
}
