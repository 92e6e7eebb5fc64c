import Foundation
import Testing
import TendTerminal
import TendTestSupport
@testable import TendCurses

/// The terminal's input going away with no SIGHUP: ncurses gets end-of-file or EIO and returns
/// no key at once, every time. The backend must say the input is lost instead of letting the
/// loop spin. Part of the serialized headless suite: ncurses state is global.
extension CursesHeadlessTests {
    /// How many reads it may take to notice; each returns at once on a dead input.
    static let lossReadLimit = 20

    @Test("A closed pipe: the keys already sent are read, then the input is lost")
    func closedPipeIsLost() throws {
        let pipe = try InputPipe()
        let terminal = try CursesTerminal.openHeadless(width: 20, height: 5, inputDescriptor: pipe.readEnd)
        defer { terminal.close() }
        pipe.write("ab")
        pipe.closeWriteEnd()
        #expect(terminal.readKey(timeout: 2000) == .char("a"))
        #expect(terminal.readKey(timeout: 2000) == .char("b"))
        #expect(Self.readsUntilLost(terminal) != nil, "the input was never reported lost")
        #expect(terminal.readKey(timeout: 2000) == nil)
        #expect(terminal.inputLossReason != nil)
    }

    @Test("A pty whose master side closed (EIO, POLLHUP) is lost; one that is only quiet is not")
    func hungUpPtyIsLost() throws {
        let pty = try PseudoTerminal()
        let terminal = try CursesTerminal.openHeadless(width: 20, height: 5, inputDescriptor: pty.slave)
        defer { terminal.close() }
        for _ in 0..<3 { #expect(terminal.readKey(timeout: 10) == nil) }
        #expect(!terminal.isInputLost, "a quiet terminal was taken as lost")
        pty.write("q")
        #expect(terminal.readKey(timeout: 2000) == .char("q"))
        pty.closeMaster()
        let reads = Self.readsUntilLost(terminal)
        #expect(reads != nil, "the hung-up pty was never reported lost")
        #expect(terminal.inputLossReason?.isEmpty == false)
    }

    /// Reads until the terminal reports its input lost; the number of reads, or `nil` when it
    /// did not within `lossReadLimit`.
    static func readsUntilLost(_ terminal: CursesTerminal) -> Int? {
        for read in 1...lossReadLimit {
            _ = terminal.readKey(timeout: 200)
            if terminal.isInputLost { return read }
        }
        return nil
    }
}

extension InputPipe {
    /// Closes the writing end, as a terminal that went away would.
    func closeWriteEnd() {
        close(writeEnd)
        writeEndClosed = true
    }
}

/// A pseudo-terminal pair that is nobody's controlling terminal (`O_NOCTTY`).
final class PseudoTerminal {
    private(set) var master: Int32
    let slave: Int32

    init() throws {
        guard let pair = PtyCalls.openPair() else { throw POSIXError(.ENOTTY) }
        master = pair.master
        slave = open(pair.slavePath, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENOTTY) }
        // Headless ncurses sets the modes of its output (/dev/null), so make the input raw here.
        var modes = termios()
        tcgetattr(slave, &modes)
        cfmakeraw(&modes)
        tcsetattr(slave, TCSANOW, &modes)
    }

    deinit {
        closeMaster()
        close(slave)
    }

    /// Writes `text` as if typed.
    func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = Foundation.write(master, $0.baseAddress, $0.count) }
    }

    /// Closes the master side, as a killed multiplexer or terminal emulator would.
    func closeMaster() {
        guard master >= 0 else { return }
        close(master)
        master = -1
    }
}
