import Foundation
import Testing
import TendTerminal
@testable import TendCurses

/// Raw key bytes through ncurses' real input path (keypad mode, the key trie, ESCDELAY), one
/// terminal type at a time: the bytes go into a pipe that ncurses reads as its terminal input.
/// Part of the serialized headless suite: ncurses state is global.
extension CursesHeadlessTests {
    /// The terminal types tend is expected to work on.
    static let commonTerminals = ["xterm", "xterm-256color", "tmux-256color", "screen", "screen-256color", "vt100", "vt220", "linux"]

    /// What terminals and multiplexers send, in both cursor modes and every numbering in use,
    /// whether or not the terminfo entry names it.
    static let rawSequences: [(bytes: String, key: Key)] = [
        ("\u{1B}[Z", .backTab),
        ("\u{1B}[A", .up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
        ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OC", .right), ("\u{1B}OD", .left),
        ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}[1~", .home), ("\u{1B}[4~", .end),
        ("\u{1B}OH", .home), ("\u{1B}OF", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
        ("\u{1B}[3~", .delete), ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown),
        ("\u{1B}OP", .function(1)), ("\u{1B}OQ", .function(2)), ("\u{1B}OR", .function(3)), ("\u{1B}OS", .function(4)),
        ("\u{1B}[11~", .function(1)), ("\u{1B}[14~", .function(4)), ("\u{1B}[[A", .function(1)), ("\u{1B}[[E", .function(5)),
        ("\u{1B}[15~", .function(5)), ("\u{1B}[17~", .function(6)), ("\u{1B}[18~", .function(7)), ("\u{1B}[19~", .function(8)),
        ("\u{1B}[20~", .function(9)), ("\u{1B}[21~", .function(10)), ("\u{1B}[23~", .function(11)), ("\u{1B}[24~", .function(12)),
        ("\u{1B}OM", .enter), ("\u{1B}Oq", .char("1")), ("\u{1B}Op", .char("0")), ("\u{1B}Om", .char("-")),
        ("\u{1B}Ot", .char("4")), ("\u{1B}Oy", .char("9")),
    ]

    /// Keys with modifiers are not used: they must vanish, not become Esc and letters.
    static let ignoredSequences = ["\u{1B}[1;5C", "\u{1B}[1;2D", "\u{1B}[3;5~", "\u{1B}[2~"]

    @Test("Raw and terminfo key sequences decode to keys, never to a bare Esc", arguments: commonTerminals)
    func rawSequencesDecode(term: String) throws {
        let pipe = try InputPipe()
        let terminal = try CursesTerminal.openHeadless(width: 20, height: 5, term: term, inputDescriptor: pipe.readEnd)
        defer { terminal.close() }
        // The entry's own key sequences, except the keypad keys vt100 names kf5-kf10 (it has no
        // function keys): tend reads those as the digits and signs printed on them.
        let keypadCharacters = Set(KnownKeySequences.all.filter { if case .key(.char) = $0.meaning { true } else { false } }.map(\.bytes))
        let own = CursesKeyDefinitions.terminfoSequences().filter { !keypadCharacters.contains($0.bytes) }
        #expect(own.contains { $0.key == .up }, "\(term) has no kcuu1: is its terminfo entry installed?")
        var expected: [Key] = []
        for (bytes, key) in Self.rawSequences + own {
            pipe.write(bytes)
            expected.append(key)
            pipe.write("x")
            expected.append(.char("x"))
        }
        for bytes in Self.ignoredSequences { pipe.write(bytes) }
        pipe.write("z")
        expected.append(.char("z"))
        let read = Self.readKeys(from: terminal, until: .char("z"), limit: expected.count * 4)
        let labels = (Self.rawSequences + own).map { $0.bytes.replacingOccurrences(of: "\u{1B}", with: "ESC ") }
        #expect(read == expected, "TERM=\(term): decoded \(read) for \(labels)")
        #expect(!terminal.isInputLost)
    }

    @Test("A bare Esc is still an Esc, and the key after it is read on its own", arguments: ["vt100", "xterm-256color", "linux"])
    func bareEscape(term: String) throws {
        let pipe = try InputPipe()
        let terminal = try CursesTerminal.openHeadless(width: 20, height: 5, term: term, inputDescriptor: pipe.readEnd)
        defer { terminal.close() }
        pipe.write("\u{1B}")
        #expect(terminal.readKey(timeout: 2000) == .escape)
        pipe.write("[")
        #expect(terminal.readKey(timeout: 2000) == .char("["))
        #expect(!terminal.isInputLost)
    }

    @Test("Entries without kcbt (vt100, vt220) get ESC [ Z bound to Shift-Tab")
    func definitionsFillGaps() throws {
        for term in ["vt100", "vt220"] {
            let terminal = try CursesTerminal.openHeadless(width: 10, height: 2, term: term)
            #expect(!CursesKeyDefinitions.terminfoSequences().contains { $0.key == .backTab }, "\(term) now defines kcbt")
            #expect(CursesKeyDefinitions.boundKey(for: "\u{1B}[Z") == .backTab, "\(term): ESC [ Z is not Shift-Tab")
            terminal.close()
        }
    }

    @Test("ESCDELAY from the environment is honoured within bounds, 100 ms otherwise")
    func escapeDelay() {
        #expect(EscapeDelay.milliseconds(environment: [:]) == 100)
        #expect(EscapeDelay.milliseconds(environment: ["ESCDELAY": "250"]) == 250)
        #expect(EscapeDelay.milliseconds(environment: ["ESCDELAY": "0"]) == 100)
        #expect(EscapeDelay.milliseconds(environment: ["ESCDELAY": "5000"]) == 100)
        #expect(EscapeDelay.milliseconds(environment: ["ESCDELAY": "fast"]) == 100)
    }

    /// Reads keys until `last` arrives, skipping ignored ones (`nil`), at most `limit` reads.
    static func readKeys(from terminal: CursesTerminal, until last: Key, limit: Int) -> [Key] {
        var read: [Key] = []
        for _ in 0..<limit {
            guard let key = terminal.readKey(timeout: 2000) else { continue }
            read.append(key)
            if key == last { break }
        }
        return read
    }
}

/// A pipe whose read end stands in for a terminal's input.
final class InputPipe {
    let readEnd: Int32
    let writeEnd: Int32
    var writeEndClosed = false

    init() throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        if !writeEndClosed { close(writeEnd) }
    }

    /// Writes the bytes of `text` at once.
    func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = Foundation.write(writeEnd, $0.baseAddress, $0.count) }
    }
}
