import Foundation
import TendAuth
import TendDomain
import TendTerminal

/// What locked the screen.
enum LockTrigger {
    /// No key for the configured idle minutes.
    case idle
    /// The lock key.
    case request
}

extension Workstation {
    /// Hides patient data behind the lock screen, which only the account's password opens. When
    /// no password can be checked, the session ends instead (an automatic logoff that keeps
    /// drafts and the stopwatch): an unattended screen is never left open.
    func lockScreen(_ trigger: LockTrigger) {
        needsRender = true
        switch authenticator.availability(login: session.account.login) {
        case .available:
            screenLock.password.wipe()
            screenLock.message = nil
            state.locked = true
        case .unavailable(let reason):
            let why = trigger == .idle
                ? "no key for \(plural(configuration.idleLockMinutes, "minute"))"
                : "the screen was locked on request"
            logOff(because: "\(why), and the lock screen cannot check your password (\(reason))")
        }
    }

    /// A key on the lock screen: characters go into the hidden password, Backspace removes the
    /// last one, Esc or Ctrl-U clears it, Enter checks it. Nothing else works here.
    func handleLocked(_ key: Key) {
        switch key {
        case .enter:
            attemptUnlock()
        case .backspace:
            screenLock.password.removeLast()
        case .escape, .ctrl("u"):
            screenLock.password.wipe()
            screenLock.message = "Password cleared."
        case .char(let character):
            if !screenLock.password.append(character) {
                screenLock.message = "That is longer than any password tend checks (\(PasswordBuffer.capacity) bytes): Esc clears it."
            }
        default:
            break
        }
    }

    /// Enter on the lock screen. Enter alone never unlocks, and while attempts must wait the
    /// password is wiped unchecked; otherwise the check becomes pending: a wrong password takes
    /// PAM about two seconds to refuse, so the loop first shows that it is being checked.
    func attemptUnlock() {
        let password = screenLock.password
        guard !password.isEmpty else {
            screenLock.message = "Type your password, then press Enter: Enter alone does not unlock."
            return
        }
        if let wait = screenLock.remainingWait(at: clock.now()) {
            password.wipe()
            screenLock.message = "Too many wrong passwords: wait \(wait) s, then type your password again."
            return
        }
        screenLock.message = "Checking the password\u{2026}"
        screenLock.checkPending = true
        needsRender = true
    }

    /// Checks the password the lock screen holds, then wipes it: each wrong password is audited
    /// and, after a few in a row, the next attempt waits; `ScreenLock.maximumFailures` in a row
    /// end the session.
    func performPendingUnlock() {
        guard screenLock.checkPending else { return }
        screenLock.checkPending = false
        let password = screenLock.password
        defer { password.wipe() }
        needsRender = true
        switch authenticator.verify(login: session.account.login, password: password) {
        case .accepted:
            screenLock.reset()
            state.locked = false
            var audited = true
            do { try session.auditUnlock(checkedBy: authenticator.checkedBy) } catch { audited = false }
            reload(keepSelection: true)
            if forcedExit == nil, !audited {
                state.message = .warning("Unlocked, but the unlock could not be written to the audit trail.")
            }
        case .refused(let reason):
            screenLock.recordFailure(at: clock.now())
            let failures = screenLock.failuresInARow
            session.auditFailedUnlock(reason: reason, failuresInARow: failures)
            if failures >= ScreenLock.maximumFailures {
                logOff(because: "\(failures) wrong passwords in a row on the lock screen")
                return
            }
            var text = "Wrong password (\(plural(failures, "failed attempt")) in a row)."
            if let wait = screenLock.remainingWait(at: clock.now()) { text += " Wait \(wait) s before the next try." }
            let left = ScreenLock.maximumFailures - failures
            if left <= 2 { text += " \(plural(left, "more wrong password")) and the session ends (drafts and the stopwatch are kept)." }
            screenLock.message = text
        case .unavailable(let reason):
            logOff(because: "the lock screen could not check your password (\(reason))")
        }
    }

    /// Ends the session by itself: keeps drafts and the stopwatch as a shutdown does, audits the
    /// logoff, and leaves the loop with a message saying why and what was kept.
    func logOff(because reason: String) {
        var kept = preserveUnsavedWork()
        do {
            try session.auditAutomaticLogoff(reason: reason, kept: kept)
        } catch {
            kept += "; the logoff could not be written to the audit trail (\(Format.errorText(error)))"
        }
        screenLock.password.wipe()
        forcedExit = .loggedOff(message: "tend: logged off automatically: \(reason). Open tend again to go on: \(kept).")
    }
}
