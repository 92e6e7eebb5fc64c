import Testing
import TendAuth

@Suite struct PasswordBufferTests {
    @Test func keepsUTF8RemovesWholeCharactersAndWipes() {
        let buffer = PasswordBuffer()
        for character in "pé中" { #expect(buffer.append(character)) }
        #expect(buffer.count == 1 + 2 + 3)
        buffer.removeLast()
        #expect(buffer.withCString { String(cString: $0) } == "pé")
        buffer.removeLast()
        #expect(buffer.withCString { String(cString: $0) } == "p")
        buffer.wipe()
        #expect(buffer.isEmpty)
        #expect(buffer.withCString { String(cString: $0) } == "")
    }

    @Test func refusesControlsAndWhatDoesNotFit() {
        let buffer = PasswordBuffer()
        #expect(!buffer.append("\u{0}"))
        #expect(!buffer.append("\u{7F}"))
        for _ in 0..<PasswordBuffer.capacity { #expect(buffer.append("a")) }
        #expect(!buffer.append("b"))
        #expect(buffer.count == PasswordBuffer.capacity)
    }
}
