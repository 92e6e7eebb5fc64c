import Testing
@testable import TendTerminal

@Suite("Text editor: editing")
struct TextEditorEditingTests {
    func typing(_ text: String, into editor: inout TextEditor) {
        for character in text { #expect(editor.handle(.char(character)) == true) }
    }

    @Test func opensWithTheCursorAtTheEndOfTheText() {
        var editor = TextEditor(text: "Diabetes\nHypertension 糖尿病")
        #expect(editor.cursor == TextPosition(line: 1, column: 16))
        typing(", controlled", into: &editor)
        #expect(editor.text == "Diabetes\nHypertension 糖尿病, controlled")
        #expect(TextEditor(text: "").cursor == .start)
        #expect(TextEditor(text: "one\n").cursor == TextPosition(line: 1, column: 0))
    }

    @Test func startsAtTheTopUnmodified() {
        let editor = TextEditor(text: "one\ntwo", cursor: .atStart)
        #expect(editor.text == "one\ntwo")
        #expect(editor.lineTexts == ["one", "two"])
        #expect(editor.cursor == TextPosition(line: 0, column: 0))
        #expect(!editor.isModified)
        #expect(editor.characterCount == 7)
        #expect(editor.maxLength == 8000)
        #expect(TextEditor(text: "", cursor: .atStart).lineTexts == [""])
    }

    @Test func typingInsertsAtTheCursorAndMarksModified() {
        var editor = TextEditor(text: "ac", cursor: .atStart)
        editor.cursor = TextPosition(line: 0, column: 1)
        typing("b", into: &editor)
        #expect(editor.text == "abc")
        #expect(editor.cursor == TextPosition(line: 0, column: 2))
        #expect(editor.isModified)
        #expect(editor.handle(.backspace) == true)
        #expect(editor.text == "ac")
        #expect(!editor.isModified)
    }

    @Test func cjkCharactersAreOneColumnOfTheCursorEach() {
        var editor = TextEditor(text: "", cursor: .atStart)
        typing("王小明 ok", into: &editor)
        #expect(editor.text == "王小明 ok")
        #expect(editor.cursor.column == 6)
        #expect(editor.handle(.left) && editor.handle(.left) && editor.handle(.left) && editor.handle(.left))
        #expect(editor.handle(.backspace) == true)
        #expect(editor.text == "王明 ok")
        #expect(editor.cursor.column == 1)
    }

    @Test func combiningAccentsJoinThePreviousCharacter() {
        var editor = TextEditor(text: "", cursor: .atStart)
        typing("Jose", into: &editor)
        #expect(editor.handle(.char("\u{301}")) == true)
        #expect(editor.text == "Jose\u{301}")
        #expect(editor.characterCount == 4)
        #expect(editor.cursor.column == 4)
        #expect(editor.handle(.backspace) == true)
        #expect(editor.text == "Jos")
        editor.insert("e\u{301} n\u{303}")
        #expect(editor.lineTexts == ["Jose\u{301} n\u{303}"])
        #expect(editor.cursor.column == 6)
    }

    @Test func deletingACharacterReformsClustersAroundIt() {
        var editor = TextEditor(text: "🇺x🇸", cursor: .atStart)
        #expect(editor.characterCount == 3)
        editor.cursor = TextPosition(line: 0, column: 2)
        #expect(editor.handle(.backspace) == true)
        #expect(editor.text == "🇺🇸")
        #expect(editor.characterCount == 1)
        #expect(editor.cursor.column <= 1)
    }

    @Test func enterSplitsAndBackspaceOrDeleteJoinLines() {
        var editor = TextEditor(text: "headache", cursor: .atStart)
        editor.cursor = TextPosition(line: 0, column: 4)
        #expect(editor.handle(.enter) == true)
        #expect(editor.lineTexts == ["head", "ache"])
        #expect(editor.cursor == TextPosition(line: 1, column: 0))
        #expect(editor.handle(.backspace) == true)
        #expect(editor.text == "headache")
        #expect(editor.cursor == TextPosition(line: 0, column: 4))
        #expect(editor.handle(.enter) && editor.handle(.left) && editor.handle(.delete))
        #expect(editor.text == "headache")
        #expect(editor.cursor == TextPosition(line: 0, column: 4))
    }

    @Test func deletesAtTheEdgesOfTheTextDoNothing() {
        var editor = TextEditor(text: "ab", cursor: .atStart)
        #expect(editor.handle(.backspace) == true)
        editor.cursor = TextPosition(line: 0, column: 2)
        #expect(editor.handle(.delete) == true)
        #expect(editor.text == "ab")
        #expect(!editor.canUndo)
    }

    @Test func lineKillsAndWordDelete() {
        var editor = TextEditor(text: "take metformin  twice daily", cursor: .atStart)
        editor.cursor = TextPosition(line: 0, column: 16)
        #expect(editor.handle(.ctrl("w")) == true)
        #expect(editor.text == "take twice daily")
        #expect(editor.cursor.column == 5)
        #expect(editor.handle(.ctrl("k")) == true)
        #expect(editor.text == "take ")
        #expect(editor.handle(.ctrl("u")) == true)
        #expect(editor.text == "")
        var lines = TextEditor(text: "one\ntwo", cursor: .atStart)
        lines.cursor = TextPosition(line: 1, column: 0)
        #expect(lines.handle(.ctrl("w")) == true)
        #expect(lines.text == "onetwo")
    }

    @Test func inputPastMaxLengthIsRefused() {
        var editor = TextEditor(text: "abc", cursor: .atStart)
        editor.maxLength = 5
        editor.cursor = TextPosition(line: 0, column: 3)
        for character in "defg" { #expect(editor.handle(.char(character)) == true) }
        #expect(editor.text == "abcde")
        #expect(editor.insert("xyz") == false)
        #expect(editor.handle(.enter) == true)
        #expect(editor.text == "abcde")
        editor.maxLength = 8
        #expect(editor.insert("1\n234") == true)
        #expect(editor.lineTexts == ["abcde1", "2"])
        #expect(editor.characterCount == 8)
    }

    @Test func aLongerInitialTextIsKeptWhole() {
        var editor = TextEditor(text: String(repeating: "x", count: 20), cursor: .atStart)
        editor.maxLength = 10
        #expect(editor.characterCount == 20)
        editor.cursor = TextPosition(line: 0, column: 20)
        #expect(editor.handle(.backspace) == true)
        #expect(editor.characterCount == 19)
        #expect(editor.insert("y") == false)
    }

    @Test func keysLeftToTheCallerAreNotConsumed() {
        var editor = TextEditor(text: "x", cursor: .atStart)
        for key in [Key.tab, .backTab, .escape, .function(2), .resize, .ctrl("x"), .ctrl("q")] {
            #expect(editor.handle(key) == false, "\(key)")
        }
        #expect(editor.text == "x")
        #expect(editor.handle(.ctrl("a")) && editor.handle(.ctrl("e")) && editor.handle(.ctrl("z")) && editor.handle(.ctrl("y")))
    }

    @Test func settingTheTextReplacesItAndClampsTheCursor() {
        var editor = TextEditor(text: "first line\nsecond", cursor: .atStart)
        editor.cursor = TextPosition(line: 1, column: 6)
        editor.text = "one"
        #expect(editor.cursor == TextPosition(line: 0, column: 3))
        #expect(editor.isModified)
        #expect(editor.undo() == true)
        #expect(editor.text == "first line\nsecond")
        editor.cursor = TextPosition(line: 9, column: 99)
        #expect(editor.cursor == TextPosition(line: 1, column: 6))
        editor.cursor = TextPosition(line: -3, column: -1)
        #expect(editor.cursor == TextPosition(line: 0, column: 0))
    }
}
