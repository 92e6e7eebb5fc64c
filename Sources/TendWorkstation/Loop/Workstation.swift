import Foundation
import TendAuth
import TendDomain
import TendServices
import TendStore
import TendTerminal

/// The care-team workstation: the call list, the patient panes, the stopwatch, consent and the
/// care plan, drawn into a cell grid and presented on a `Terminal`.
///
/// Owned by one thread. `run()` is the app loop; `requestShutdown()` (or `shutdownFlag`) may be
/// called from any thread to make it persist and return.
public final class Workstation {
    /// The use cases over the store.
    let session: Session
    /// The terminal drawn to.
    let terminal: Terminal
    /// Where "now" comes from (the stopwatch display, the idle lock, the refresh interval).
    let clock: Clock
    /// Theme, glyphs, idle lock and keys.
    let configuration: WorkstationConfiguration
    /// Set from another thread to stop the loop.
    public let shutdownFlag = ShutdownFlag()
    /// Checks the account's password on the lock screen.
    let authenticator: Authenticator
    /// The lock screen's password entry and failed attempts.
    let screenLock = ScreenLock()
    /// Set when the workstation ends the session by itself (automatic logoff, inactive account).
    var forcedExit: ExitReason?

    /// Focus, selection, overlays and messages.
    var state: WorkstationState
    /// What was last read from the store (nil when the first read failed).
    var view: StoreView?
    /// The selected patient's details, if a patient is selected.
    var detail: PatientDetail?
    /// The store's change stamp at the last read.
    var stamp: StoreChangeStamp?
    /// When the store was last checked for changes.
    var lastCheck: Date
    /// The grid presented last, to skip presenting an identical one.
    var lastGrid: CellGrid?
    /// Set when something visible changed.
    var needsRender = true
    /// Set when the user asked to leave.
    var quitRequested = false
    /// Where unsaved edits are kept on shutdown (nil when there is no place for them).
    let drafts: DraftStore?
    /// The supervisor view's tabs as last read.
    var supervisorPages: [SupervisorTab: SupervisorPage] = [:]
    /// The shown tab's rows after sort and filter.
    var supervisorRowsCache: SupervisorRowsCache?
    /// Set when the store changed since the shown tab was read.
    var supervisorChangePending = false
    /// The second the team table's stopwatches were last redrawn.
    var lastTeamTick = 0
    /// Patients by id, gathered from the supervisor's pages (the team and time review name patients with them).
    var knownPatients: [PatientID: Patient] = [:]

    /// How often the store is checked for other sessions' changes.
    static let refreshInterval: TimeInterval = 1
    /// How long `readKey` waits, in milliseconds.
    static let keyTimeout = 200

    /// Creates a workstation; nothing is read or drawn until `run()` (or `start()` in tests).
    /// Without an `authenticator` no password can be checked, so the idle timeout logs off.
    public init(session: Session, terminal: Terminal, clock: Clock, configuration: WorkstationConfiguration,
                authenticator: Authenticator = NoAuthenticator()) {
        self.session = session
        self.authenticator = authenticator
        self.terminal = terminal
        self.clock = clock
        self.configuration = configuration
        let now = clock.now()
        self.state = WorkstationState(now: now)
        self.lastCheck = now
        self.drafts = configuration.draftDirectory.map { DraftStore(directory: $0, account: session.account.login) }
    }

    /// Asks the loop to persist the stopwatch state and any unsaved edit, and return. Thread-safe.
    public func requestShutdown() {
        shutdownFlag.request()
    }

    /// The key bindings in force.
    var bindings: KeyBindings { configuration.bindings }

    /// Runs the app loop until the user quits, a shutdown is requested or the terminal's input
    /// is lost (then it persists like a shutdown).
    public func run() throws -> ExitReason {
        start()
        while true {
            // An automatic logoff or a stop for an inactive account has already kept the work.
            if let forcedExit { return forcedExit }
            if shutdownFlag.isRequested { return shutdown() }
            if quitRequested { return .quit(message: quitMessage()) }
            if screenLock.checkPending {
                // "Checking the password…" is on screen: check it before the next key.
                performPendingUnlock()
                renderIfNeeded()
                continue
            }
            if state.pendingTabRead != nil {
                // The frame saying the tab is being read is on screen: read it before the next key.
                performPendingTabRead()
                renderIfNeeded()
                continue
            }
            let key = terminal.readKey(timeout: Self.keyTimeout)
            if shutdownFlag.isRequested { return shutdown() }
            if let key { handle(key) }
            if terminal.isInputLost { return shutdown(cause: .terminalLost) }
            tick()
            renderIfNeeded()
        }
    }

    /// Reads the store and draws the first frame.
    func start() {
        reload(keepSelection: false)
        if let timer = view?.timer {
            let name = timerPatientText(timer)
            state.message = .info("Your stopwatch for \(name) is still running (\(DurationText.format(timer.elapsedSeconds(at: clock.now())))); \(bindings.keyName(.stopwatch)) stops it.")
        }
        renderIfNeeded()
    }

    /// Time-driven work between keys: the idle lock, other sessions' changes, due call-backs,
    /// the one-hour stopwatch warning and the ticking display.
    func tick() {
        guard forcedExit == nil else { return }
        let now = clock.now()
        if !state.locked, now.timeIntervalSince(state.lastActivity) >= Double(configuration.idleLockMinutes * 60) {
            lockScreen(.idle)
            if forcedExit != nil { return }
        }
        if now.timeIntervalSince(lastCheck) >= Self.refreshInterval || now < lastCheck {
            lastCheck = now
            checkForChanges(now: now)
            if forcedExit != nil { return }
        }
        if let timer = view?.timer, !state.warnedLongTimer, timer.elapsedSeconds(at: now) >= 3600 {
            state.warnedLongTimer = true
            state.message = .warning("The stopwatch has run over an hour (\(DurationText.format(timer.elapsedSeconds(at: now)))): stop it if the work is done.")
        }
        if view?.timer != nil { needsRender = true }
        if state.screen == .supervisor, supervisorState.tab == .team, lastTeamTick != Int(now.timeIntervalSince1970) {
            lastTeamTick = Int(now.timeIntervalSince1970)
            redrawTeamStopwatches(now: now)
        }
    }

    /// Reloads when the store changed or a call-back came due.
    func checkForChanges(now: Date) {
        let current = session.changeStamp()
        let callBackDue = view?.rows.contains { row in
            guard let entry = row.entry, let due = entry.callBackDue else { return false }
            return !entry.isCallBackDue && due <= now
        } ?? false
        if state.screen == .supervisor {
            let changed = current != stamp
            // The care screen's data is cheap (the user's own call list): keep it, and the title
            // bar's stopwatch, current behind the supervisor view.
            if changed { reload(keepSelection: true) }
            guard forcedExit == nil else { return }
            guard canSupervise else { return leaveSupervisorViewWithoutTheRole() }
            refreshSupervisor(now: now, storeChanged: changed)
            return
        }
        if current != stamp || callBackDue {
            reload(keepSelection: true)
        }
    }

    /// Renders and presents a frame when something changed; an unchanged frame is not presented.
    func renderIfNeeded() {
        guard needsRender else { return }
        needsRender = false
        let (grid, cursor) = ScreenRenderer(glyphs: configuration.glyphs).render(screenModel(), size: terminal.size)
        if grid != lastGrid {
            terminal.present(grid)
            lastGrid = grid
        }
        terminal.setCursor(cursor)
    }

    /// The message printed when the user quits.
    func quitMessage() -> String {
        guard let timer = view?.timer else { return "tend: closed the workstation." }
        let name = timerPatientText(timer)
        let state = timer.isPaused ? "paused" : "running"
        return "tend: closed the workstation. Your stopwatch for \(Sanitizer.singleLine.sanitize(name)) keeps \(state) in the store "
            + "(\(DurationText.format(timer.elapsedSeconds(at: clock.now())))): `tend time status` shows it, `tend time stop` or the workstation stops it."
    }
}
