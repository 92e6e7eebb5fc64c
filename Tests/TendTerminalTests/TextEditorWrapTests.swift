import Testing
@testable import TendTerminal

@Suite("Text editor: soft wrap")
struct TextEditorWrapTests {
    func rows(_ text: String, _ width: Int) -> [String] {
        TextEditor(text: text, cursor: .atStart).layout(width: width).map(\.text)
    }

    @Test func wordsWrapAtSpacesWithGraphemeOffsets() {
        let layout = TextEditor(text: "the quick brown fox", cursor: .atStart).layout(width: 10)
        #expect(layout.map(\.text) == ["the quick ", "brown fox"])
        #expect(layout.map(\.startColumn) == [0, 10])
        #expect(layout.map(\.length) == [10, 9])
        #expect(layout.map(\.lineIndex) == [0, 0])
        #expect(layout.map(\.endsLine) == [false, true])
    }

    @Test func longWordsBreakHard() {
        #expect(rows("abcdefghij", 4) == ["abcd", "efgh", "ij"])
        #expect(rows("ab abcdefghij", 4) == ["ab ", "abcd", "efgh", "ij"])
    }

    @Test func cjkNeverSplitsAtOddWidths() {
        #expect(rows("你好世界和平", 5) == ["你好", "世界", "和平"])
        #expect(rows("你好世界和平", 3) == ["你", "好", "世", "界", "和", "平"])
        #expect(rows("ab你好", 3) == ["ab", "你", "好"])
        #expect(rows("ab你好", 4) == ["ab你", "好"])
        let text = "Patient 王小明 called 😀 about 한국어 forms, e\u{301}tat stable; 血糖値は安定"
        for width in 2...21 {
            for row in TextEditor(text: text, cursor: .atStart).layout(width: width) {
                #expect(DisplayWidth.width(of: row.text) <= width, "width \(width): '\(row.text)'")
            }
        }
    }

    @Test func rowsCoverEveryCharacterExactlyOnce() {
        let text = "Patient 王小明 called   😀 about 한국어\n\nforms, e\u{301}tat stable;    血糖値は安定 averylongwordthatneedsbreaking"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        for width in 1...25 {
            let layout = TextEditor(text: text, cursor: .atStart).layout(width: width)
            for (index, line) in lines.enumerated() {
                let rows = layout.filter { $0.lineIndex == index }
                #expect(rows.first?.startColumn == 0)
                #expect(rows.last?.endColumn == line.count)
                #expect(rows.last?.endsLine == true)
                for (row, next) in zip(rows, rows.dropFirst()) {
                    #expect(row.endColumn == next.startColumn)
                    #expect(row.length > 0)
                }
                for row in rows {
                    #expect(String(line[row.startColumn..<row.endColumn]).hasPrefix(row.text), "width \(width)")
                }
            }
        }
    }

    @Test func visibleRowsMatchTheSharedWordWrap() {
        let samples = ["the quick brown fox jumps over the lazy dog", "ab中文 字符测试 of mixed text",
                       "metformin 500 mg twice daily with meals; recheck A1c in 3 months"]
        for sample in samples {
            for width in 4...30 {
                let trimmed = rows(sample, width).map { row in
                    var row = row
                    while row.last == " " { row.removeLast() }
                    return row
                }
                #expect(trimmed == DisplayWidth.wrap(sample, width: width), "width \(width): \(sample)")
            }
        }
    }

    @Test func spacesAtABreakHangOnTheRowTheyFollow() {
        let layout = TextEditor(text: "hello     world", cursor: .atStart).layout(width: 8)
        #expect(layout.map(\.text) == ["hello   ", "world"])
        #expect(layout.map(\.startColumn) == [0, 10])
    }

    @Test func emptyLinesAndLineIndexes() {
        let layout = TextEditor(text: "one\n\ntwo three", cursor: .atStart).layout(width: 5)
        #expect(layout.map(\.text) == ["one", "", "two ", "three"])
        #expect(layout.map(\.lineIndex) == [0, 1, 2, 2])
        #expect(TextEditor(text: "", cursor: .atStart).layout(width: 10) == [VisualLine(text: "", lineIndex: 0, startColumn: 0, length: 0, endsLine: true)])
    }

    @Test func combiningSequencesTakeOneColumn() {
        #expect(rows("e\u{301}e\u{301}e\u{301}e\u{301}", 2) == ["e\u{301}e\u{301}", "e\u{301}e\u{301}"])
    }

    @Test func tooNarrowWidthsStillKeepEveryCharacter() {
        let layout = TextEditor(text: "a你b", cursor: .atStart).layout(width: 0)
        #expect(layout.map(\.length) == [1, 1, 1])
        #expect(layout.map(\.text) == ["a", "", "b"])
    }
}
