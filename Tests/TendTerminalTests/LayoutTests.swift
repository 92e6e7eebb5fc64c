import Testing
import TendTerminal

@Suite("Rect and layout")
struct LayoutTests {
    private func widths(_ rects: [Rect]) -> [Int] { rects.map(\.width) }
    private func heights(_ rects: [Rect]) -> [Int] { rects.map(\.height) }

    @Test("Fixed, percentage and min parts at 80 columns")
    func horizontal() {
        let parts = Rect(x: 0, y: 0, width: 80, height: 24).split(.horizontal, [.fixed(20), .percentage(25), .min(10)])
        #expect(widths(parts) == [20, 20, 40])
        #expect(parts.map(\.x) == [0, 20, 40])
        #expect(parts.allSatisfy { $0.height == 24 })
    }

    @Test("Header, body and footer at 24 rows")
    func vertical() {
        let parts = Rect(x: 0, y: 0, width: 80, height: 24).split(.vertical, [.fixed(1), .min(3), .fixed(1)])
        #expect(heights(parts) == [1, 22, 1])
        #expect(parts.map(\.y) == [0, 1, 23])
    }

    @Test("Leftover space is shared among min parts, remainder to the first")
    func sharing() {
        let parts = Rect(x: 0, y: 0, width: 11, height: 1).split(.horizontal, [.min(1), .min(1)])
        #expect(widths(parts) == [6, 5])
    }

    @Test("Spacing separates parts")
    func spacing() {
        let parts = Rect(x: 2, y: 0, width: 21, height: 5).split(.horizontal, [.min(0), .min(0)], spacing: 1)
        #expect(parts.map(\.x) == [2, 13])
        #expect(widths(parts) == [10, 10])
    }

    @Test("When space runs out, min parts shrink first, then percentages, then fixed from the end")
    func degrades() {
        let rows = Rect(x: 0, y: 0, width: 20, height: 5).split(.vertical, [.fixed(1), .min(6), .fixed(1)])
        #expect(heights(rows) == [1, 3, 1])
        let tiny = Rect(x: 0, y: 0, width: 20, height: 1).split(.vertical, [.fixed(1), .min(6), .fixed(1)])
        #expect(heights(tiny) == [1, 0, 0])
        let columns = Rect(x: 0, y: 0, width: 20, height: 5).split(.horizontal, [.fixed(30), .percentage(50), .min(5)])
        #expect(widths(columns) == [20, 0, 0])
    }

    @Test("Parts never overlap or leave the parent at any size")
    func bounded() {
        let constraints: [SizeConstraint] = [.fixed(3), .percentage(40), .min(4), .fixed(2), .percentage(120), .fixed(-5)]
        for width in 0...90 {
            let parent = Rect(x: 5, y: 7, width: width, height: 3)
            let parts = parent.split(.horizontal, constraints, spacing: 1)
            #expect(parts.count == constraints.count)
            var end = parent.x
            for part in parts {
                #expect(part.x >= end)
                #expect(part.maxX <= parent.maxX)
                #expect(part.width >= 0)
                end = part.maxX
            }
        }
    }

    @Test("Inset, intersection and contains")
    func helpers() {
        let rect = Rect(x: 1, y: 1, width: 10, height: 4)
        #expect(rect.inset(by: 1) == Rect(x: 2, y: 2, width: 8, height: 2))
        #expect(rect.inset(by: 5).isEmpty)
        #expect(rect.intersection(Rect(x: 8, y: 0, width: 10, height: 2)) == Rect(x: 8, y: 1, width: 3, height: 1))
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(rect.contains(Position(x: 10, y: 4)))
        #expect(!rect.contains(Position(x: 11, y: 4)))
        #expect(rect.row(2) == Rect(x: 1, y: 3, width: 10, height: 1))
        #expect(rect.row(4).isEmpty)
    }
}
