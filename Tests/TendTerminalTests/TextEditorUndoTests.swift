import Testing
@testable import TendTerminal

@Suite("Text editor: undo and redo")
struct TextEditorUndoTests {
    func type(_ text: String, _ editor: inout TextEditor) {
        for character in text { editor.handle(.char(character)) }
    }

    @Test func consecutiveTypingIsOneStep() {
        var editor = TextEditor(text: "", cursor: .atStart)
        type("hello world", &editor)
        #expect(editor.undo() == true)
        #expect(editor.text == "")
        #expect(!editor.isModified)
        #expect(editor.undo() == false)
        #expect(editor.redo() == true)
        #expect(editor.text == "hello world")
        #expect(editor.cursor.column == 11)
        #expect(editor.redo() == false)
    }

    @Test func cursorMovesNewlinesAndDeletesBreakTypingGroups() {
        var editor = TextEditor(text: "", cursor: .atStart)
        type("ab", &editor)
        editor.handle(.left)
        type("X", &editor)
        editor.handle(.ctrl("e"))
        editor.handle(.enter)
        type("cd", &editor)
        editor.handle(.backspace)
        type("e", &editor)
        #expect(editor.text == "aXb\nce")
        for expected in ["aXb\nc", "aXb\ncd", "aXb\n", "aXb", "ab", ""] {
            #expect(editor.handle(.ctrl("z")) == true)
            #expect(editor.text == expected)
        }
        #expect(!editor.canUndo)
        for expected in ["ab", "aXb", "aXb\n", "aXb\ncd", "aXb\nc", "aXb\nce"] {
            #expect(editor.handle(.ctrl("y")) == true)
            #expect(editor.text == expected)
        }
    }

    @Test func consecutiveBackspacesAreOneStepAndDeletesAnother() {
        var editor = TextEditor(text: "abcdef", cursor: .atStart)
        editor.cursor = TextPosition(line: 0, column: 4)
        editor.handle(.backspace)
        editor.handle(.backspace)
        editor.handle(.delete)
        editor.handle(.delete)
        #expect(editor.text == "ab")
        editor.undo()
        #expect(editor.text == "abef")
        #expect(editor.cursor == TextPosition(line: 0, column: 2))
        editor.undo()
        #expect(editor.text == "abcdef")
        #expect(editor.cursor == TextPosition(line: 0, column: 4))
    }

    @Test func aPasteIsOneStepAndANewEditDropsTheRedo() {
        var editor = TextEditor(text: "x", cursor: .atStart)
        editor.cursor = TextPosition(line: 0, column: 1)
        type("ab", &editor)
        editor.insert(" pasted\ntext")
        type("z", &editor)
        #expect(editor.text == "xab pasted\ntextz")
        editor.undo()
        editor.undo()
        #expect(editor.text == "xab")
        #expect(editor.canRedo)
        type("q", &editor)
        #expect(!editor.canRedo)
        #expect(editor.redo() == false)
        #expect(editor.text == "xabq")
    }

    @Test func undoRestoresTheCursorAndEndsTheTypingGroup() {
        var editor = TextEditor(text: "note", cursor: .atStart)
        editor.cursor = TextPosition(line: 0, column: 4)
        type("s", &editor)
        editor.undo()
        #expect(editor.cursor == TextPosition(line: 0, column: 4))
        type("d", &editor)
        editor.undo()
        #expect(editor.text == "note")
    }

    @Test func refusedInputIsNotAnUndoStep() {
        var editor = TextEditor(text: "abc", cursor: .atStart)
        editor.maxLength = 3
        editor.cursor = TextPosition(line: 0, column: 3)
        type("d", &editor)
        editor.handle(.enter)
        editor.handle(.char("\u{1B}"))
        #expect(!editor.canUndo)
    }

    @Test func undoHistoryIsBounded() {
        var editor = TextEditor(text: "", cursor: .atStart)
        for index in 0..<(TextEditor.undoLimit + 50) {
            editor.handle(.char(Character(String(index % 10))))
            editor.handle(.left)
            editor.handle(.right)
        }
        #expect(editor.undoStack.count == TextEditor.undoLimit)
        var steps = 0
        while editor.undo() { steps += 1 }
        #expect(steps == TextEditor.undoLimit)
        #expect(editor.characterCount == 50)
    }
}
