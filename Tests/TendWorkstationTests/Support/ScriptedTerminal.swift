import Foundation
import TendTerminal

/// A `VirtualTerminal` that plays a script to the real app loop: keys, and actions run between
/// keys (advance the clock, act in another session, check the screen). When the script ends it
/// calls `whenDone` (tests request a shutdown or press q there).
final class ScriptedTerminal: Terminal {
    enum Step {
        case key(Key)
        case run(() -> Void)
    }

    let screen: VirtualTerminal
    private var steps: [Step] = []
    var whenDone: (() -> Void)?
    /// Called on every read once the script and `whenDone` are used up, so a test whose last
    /// key was swallowed (say, a `q` typed into a field) ends instead of spinning.
    var onExhausted: (() -> Void)?

    init(width: Int = 80, height: Int = 24) {
        screen = VirtualTerminal(width: width, height: height)
    }

    var size: Size { screen.size }
    /// Every frame presented, as text, when `recordsFrames` is set.
    var frames: [String] = []
    var recordsFrames = false

    func present(_ grid: CellGrid) {
        screen.present(grid)
        if recordsFrames { frames.append(screen.screenText().joined(separator: "\n")) }
    }
    func setCursor(_ position: Position?) { screen.setCursor(position) }
    func suspend() { screen.suspend() }
    func restore() { screen.restore() }

    func readKey(timeout: Int) -> Key? {
        guard !steps.isEmpty else {
            if let done = whenDone {
                whenDone = nil
                done()
            } else {
                onExhausted?()
            }
            return nil
        }
        switch steps.removeFirst() {
        case .key(let key): return key
        case .run(let action):
            action()
            return nil
        }
    }

    /// Queues keys.
    func press(_ keys: Key...) { steps += keys.map(Step.key) }

    /// Queues each character of `text` as a key.
    func type(_ text: String) { steps += text.map { Step.key(.char($0)) } }

    /// Queues an action run between keys (the loop ticks and renders after it).
    func then(_ action: @escaping () -> Void) { steps.append(.run(action)) }

    /// Resizes the terminal (queues the resize key after it).
    func resize(width: Int, height: Int) {
        then { [screen] in screen.resize(width: width, height: height) }
        press(.resize)
    }

    /// The screen as one string.
    var text: String { screen.screenText().joined(separator: "\n") }

    /// The screen's rows.
    var lines: [String] { screen.screenText() }
}
