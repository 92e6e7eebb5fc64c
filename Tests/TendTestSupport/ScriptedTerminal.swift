import Foundation
import Testing
import TendTerminal
import TendWorkstation

/// A `VirtualTerminal` that plays a script to the real app loop: keys, and actions run between
/// keys (advance the clock, act in another session, check the screen). When the script ends it
/// calls `whenDone` (tests request a shutdown or press q there).
///
/// Drive the loop with `run(_:)`: it fails the test when the loop returned with steps still
/// queued (their keys were never pressed and their checks never ran). A loop started any other
/// way fails the test on its first read, so no test can skip that check.
public final class ScriptedTerminal: Terminal {
    /// One step of the script.
    public enum Step {
        /// A key the loop reads.
        case key(Key)
        /// An action run between keys.
        case run(() -> Void)
    }

    /// The virtual screen the workstation draws on.
    public let screen: VirtualTerminal
    private var steps: [Step] = []
    /// Set while `run(_:)` drives the loop (or once a loop started another way was reported).
    private var isRunChecked = false
    /// Called once when the script is used up.
    public var whenDone: (() -> Void)?
    /// Called on every read once the script and `whenDone` are used up, so a test whose last
    /// key was swallowed (say, a `q` typed into a field) ends instead of spinning.
    public var onExhausted: (() -> Void)?

    /// A script on a `width` x `height` screen.
    public init(width: Int = 80, height: Int = 24) {
        screen = VirtualTerminal(width: width, height: height)
    }

    /// The virtual screen's size.
    public var size: Size { screen.size }
    /// Every frame presented, as text, when `recordsFrames` is set.
    public var frames: [String] = []
    /// Whether `present` records each frame into `frames`.
    public var recordsFrames = false

    /// Draws on the virtual screen (and records the frame when asked).
    public func present(_ grid: CellGrid) {
        screen.present(grid)
        if recordsFrames { frames.append(screen.screenText().joined(separator: "\n")) }
    }
    /// Moves the virtual cursor.
    public func setCursor(_ position: Position?) { screen.setCursor(position) }
    /// Suspends the virtual screen.
    public func suspend() { screen.suspend() }
    /// Restores the virtual screen.
    public func restore() { screen.restore() }

    /// The next scripted key; runs a scripted action and answers no key; fails the test when
    /// the loop was not started by `run(_:)`.
    public func readKey(timeout: Int) -> Key? {
        if !isRunChecked {
            isRunChecked = true
            Issue.record("Drive the workstation with `terminal.run(workstation)`, so steps left unrun fail the test.")
        }
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

    /// Runs the workstation's loop on this script and fails the test when the loop returned
    /// before every step ran: an early quit or shutdown would otherwise skip the keys and checks
    /// queued after it, and the test would pass without running them.
    @discardableResult
    public func run(_ workstation: Workstation, sourceLocation: SourceLocation = #_sourceLocation) throws -> ExitReason {
        isRunChecked = true
        defer { isRunChecked = false }
        let exit = try workstation.run()
        if !steps.isEmpty {
            let keys = steps.compactMap { step -> String? in
                if case .key(let key) = step { return "\(key)" }
                return nil
            }
            let message = "The loop ended (\(exit)) with \(steps.count) scripted step(s) never run: "
                + "\(steps.count - keys.count) check(s) or action(s), keys [\(keys.joined(separator: " "))]."
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
        return exit
    }

    /// The number of steps not yet run.
    public var remainingSteps: Int { steps.count }

    /// Queues keys.
    public func press(_ keys: Key...) { steps += keys.map(Step.key) }

    /// Queues each character of `text` as a key.
    public func type(_ text: String) { steps += text.map { Step.key(.char($0)) } }

    /// Queues an action run between keys (the loop ticks and renders after it).
    public func then(_ action: @escaping () -> Void) { steps.append(.run(action)) }

    /// Resizes the terminal (queues the resize key after it).
    public func resize(width: Int, height: Int) {
        then { [screen] in screen.resize(width: width, height: height) }
        press(.resize)
    }

    /// The screen as one string.
    public var text: String { screen.screenText().joined(separator: "\n") }

    /// The screen's rows.
    public var lines: [String] { screen.screenText() }
}
