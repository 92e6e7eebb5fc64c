import Foundation
import Testing
import TendServices
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// The loop's reaction when the terminal reports its input lost (end-of-file, EIO, a hang-up
/// that sent no SIGHUP): keep the unsaved edit as a draft and the stopwatch in the store, and
/// return instead of spinning.
@Suite struct InputLossLoopTests {
    @Test func lostInputKeepsTheEditAsADraftAndTheStopwatchAndReturns() throws {
        let fixture = try Fixture.standard()
        let drafts = fixture.directory.appendingPathComponent("drafts-outside-store")
        let terminal = LosingTerminal(keys: [.char("s"), .char("4"), .char("e")] + "Half-written problem list".map { .char($0) })
        var configuration = WorkstationConfiguration()
        configuration.draftDirectory = drafts
        let workstation = Workstation(session: fixture.nurse, terminal: terminal, clock: fixture.clock.clock, configuration: configuration)
        // Without a reaction to the loss the loop would read forever: stop it another way.
        terminal.onSpinning = { workstation.requestShutdown() }
        let exit = try workstation.run()
        #expect(terminal.readsAfterLoss <= 1, "the loop kept reading a lost terminal (\(terminal.readsAfterLoss) reads)")
        guard case .shutdown(let message) = exit else {
            Issue.record("expected a shutdown, got \(exit)")
            return
        }
        #expect(message.contains("because the terminal was lost"), "\(message)")
        #expect(message.contains("kept as a draft"))
        #expect(message.contains("keeps running in the store"))
        #expect(try fixture.nurse.myTimer() != nil)
        let files = try FileManager.default.contentsOfDirectory(atPath: drafts.path)
        #expect(files.count == 1)
        let saved = try String(contentsOf: drafts.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(saved.contains("Half-written problem list"))
    }

    @Test func aTerminalThatKeepsItsInputNeverEndsTheLoopByItself() throws {
        let fixture = try Fixture.standard()
        let terminal = LosingTerminal(keys: [.char("j")], losesInput: false)
        let workstation = Workstation(session: fixture.nurse, terminal: terminal, clock: fixture.clock.clock, configuration: WorkstationConfiguration())
        terminal.onSpinning = { workstation.requestShutdown() }
        let exit = try workstation.run()
        #expect(exit.message.contains("on request"), "\(exit.message)")
    }
}

/// Hands out keys, then loses its input (or, with `losesInput` false, just stays quiet), and
/// calls `onSpinning` once the loop has read it many times with nothing to read.
final class LosingTerminal: Terminal {
    let screen = VirtualTerminal(width: 100, height: 30)
    private var keys: [Key]
    private let losesInput: Bool
    private var emptyReads = 0
    /// Reads after the input was lost.
    private(set) var readsAfterLoss = 0
    var onSpinning: (() -> Void)?

    init(keys: [Key], losesInput: Bool = true) {
        self.keys = keys
        self.losesInput = losesInput
    }

    var size: Size { screen.size }
    var isInputLost: Bool { losesInput && keys.isEmpty }
    func present(_ grid: CellGrid) { screen.present(grid) }
    func setCursor(_ position: Position?) { screen.setCursor(position) }
    func suspend() { screen.suspend() }
    func restore() { screen.restore() }

    func readKey(timeout: Int) -> Key? {
        if !keys.isEmpty { return keys.removeFirst() }
        if isInputLost { readsAfterLoss += 1 }
        emptyReads += 1
        if emptyReads == 50 { onSpinning?() }
        return nil
    }
}
