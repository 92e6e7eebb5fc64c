import Testing
@testable import TendTerminal

@Suite("Text editor: cursor movement")
struct TextEditorMotionTests {
    func editor(_ text: String, width: Int = 80, at position: TextPosition = .start) -> TextEditor {
        var editor = TextEditor(text: text, cursor: .atStart)
        editor.setLayoutWidth(width)
        editor.cursor = position
        return editor
    }

    @Test func leftAndRightCrossLineEnds() {
        var text = editor("ab\ncd", at: TextPosition(line: 0, column: 2))
        #expect(text.handle(.right) == true)
        #expect(text.cursor == TextPosition(line: 1, column: 0))
        #expect(text.handle(.left) == true)
        #expect(text.cursor == TextPosition(line: 0, column: 2))
        text.cursor = TextPosition(line: 1, column: 2)
        #expect(text.handle(.right) == true)
        #expect(text.cursor == TextPosition(line: 1, column: 2))
        text.cursor = .start
        #expect(text.handle(.left) == true)
        #expect(text.cursor == .start)
    }

    @Test func upAndDownMoveByWrappedRowsKeepingTheColumn() {
        // Rows at width 5: "aaaa " (0..<5), "bbbb " (5..<10), "cccc" (10..<14).
        var text = editor("aaaa bbbb cccc", width: 5, at: TextPosition(line: 0, column: 2))
        #expect(text.handle(.down) == true)
        #expect(text.cursor.column == 7)
        #expect(text.cursorPlacement(width: 5) == (row: 1, column: 2))
        #expect(text.handle(.down) == true)
        #expect(text.cursor.column == 12)
        #expect(text.handle(.down) == true)
        #expect(text.cursor.column == 12)
        #expect(text.handle(.up) && text.handle(.up))
        #expect(text.cursor.column == 2)
        #expect(text.handle(.up) == true)
        #expect(text.cursor.column == 2)
    }

    @Test func downStaysOnItsRowAtTheRowsEnd() {
        // Aiming past the end of a row that is not its line's last stops before its last character.
        var text = editor("abcdefgh ab cdefghij", width: 9, at: TextPosition(line: 0, column: 8))
        #expect(text.layout(width: 9).map(\.text) == ["abcdefgh ", "ab ", "cdefghij"])
        #expect(text.handle(.down) == true)
        #expect(text.cursor.column == 11)
        #expect(text.cursorPlacement(width: 9).row == 1)
        #expect(text.handle(.down) == true)
        #expect(text.cursor.column == 20)
    }

    @Test func thePreferredColumnSurvivesShortLinesAndWideCharacters() {
        var text = editor("abcdefgh\nab\nabcdefgh", at: TextPosition(line: 0, column: 6))
        #expect(text.handle(.down) == true)
        #expect(text.cursor == TextPosition(line: 1, column: 2))
        #expect(text.handle(.down) == true)
        #expect(text.cursor == TextPosition(line: 2, column: 6))

        var wide = editor("abcd\n你好世界", at: TextPosition(line: 0, column: 3))
        #expect(wide.handle(.down) == true)
        #expect(wide.cursor == TextPosition(line: 1, column: 1)) // 你 ends at column 2, 好 would pass 3
        #expect(wide.cursorPlacement(width: 80) == (row: 1, column: 2))
        #expect(wide.handle(.up) == true)
        #expect(wide.cursor == TextPosition(line: 0, column: 3))
    }

    @Test func aHorizontalMoveResetsThePreferredColumn() {
        var text = editor("abcdefgh\nab\nabcdefgh", at: TextPosition(line: 0, column: 6))
        #expect(text.handle(.down) && text.handle(.left) && text.handle(.down))
        #expect(text.cursor == TextPosition(line: 2, column: 1))
    }

    @Test func homeAndEndWorkOnTheVisualRowCtrlAAndCtrlEOnTheLine() {
        var text = editor("aaaa bbbb cccc", width: 5, at: TextPosition(line: 0, column: 7))
        #expect(text.handle(.home) == true)
        #expect(text.cursor.column == 5)
        #expect(text.handle(.end) == true)
        #expect(text.cursor.column == 9)
        #expect(text.cursorPlacement(width: 5) == (row: 1, column: 4))
        #expect(text.handle(.ctrl("e")) == true)
        #expect(text.cursor.column == 14)
        #expect(text.handle(.end) == true)
        #expect(text.cursor.column == 14)
        #expect(text.handle(.ctrl("a")) == true)
        #expect(text.cursor.column == 0)
    }

    @Test func pageKeysMoveAPageOfRows() {
        var text = editor((1...12).map { "line \($0)" }.joined(separator: "\n"), at: TextPosition(line: 0, column: 3))
        text.setPageHeight(5)
        #expect(text.handle(.pageDown) == true)
        #expect(text.cursor == TextPosition(line: 5, column: 3))
        #expect(text.handle(.pageDown) && text.handle(.pageDown))
        #expect(text.cursor == TextPosition(line: 11, column: 3))
        #expect(text.handle(.pageUp) == true)
        #expect(text.cursor == TextPosition(line: 6, column: 3))
        #expect(text.handle(.pageUp) && text.handle(.pageUp))
        #expect(text.cursor == TextPosition(line: 0, column: 3))
    }

    @Test func cursorPlacementCountsDisplayColumnsAndStaysInsideTheWidth() {
        let wide = editor("ab你好", width: 3, at: TextPosition(line: 0, column: 4))
        #expect(wide.cursorPlacement(width: 3) == (row: 2, column: 2))
        #expect(wide.cursorPlacement(width: 80) == (row: 0, column: 6))
        let full = editor("abcd", at: TextPosition(line: 0, column: 4))
        #expect(full.cursorPlacement(width: 4) == (row: 0, column: 3))
        let boundary = editor("abcd efgh", at: TextPosition(line: 0, column: 5))
        #expect(boundary.cursorPlacement(width: 5) == (row: 1, column: 0))
        let second = editor("x\nyz", at: TextPosition(line: 1, column: 1))
        #expect(second.cursorPlacement(width: 10) == (row: 1, column: 1))
        let accent = editor("e\u{301}e\u{301}x", at: TextPosition(line: 0, column: 2))
        #expect(accent.cursorPlacement(width: 10) == (row: 0, column: 2))
    }

    @Test func upAndDownFollowTheLastLayoutWidth() {
        var text = editor("aaaa bbbb", width: 80, at: TextPosition(line: 0, column: 2))
        #expect(text.handle(.down) == true)
        #expect(text.cursor.column == 2)
        text.setLayoutWidth(5)
        #expect(text.handle(.down) == true)
        #expect(text.cursor.column == 7)
    }

    @Test func scrollTopKeepsTheCursorVisible() {
        var text = editor((0..<20).map { "line \($0)" }.joined(separator: "\n"))
        #expect(text.scrollTop(from: 0, height: 5, width: 20) == 0)
        text.cursor = TextPosition(line: 7, column: 0)
        #expect(text.scrollTop(from: 0, height: 5, width: 20) == 3)
        #expect(text.scrollTop(from: 5, height: 5, width: 20) == 5)
        text.cursor = TextPosition(line: 2, column: 0)
        #expect(text.scrollTop(from: 5, height: 5, width: 20) == 2)
        #expect(text.scrollTop(from: 99, height: 5, width: 20) == 2)
    }
}
