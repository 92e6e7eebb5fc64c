import Foundation
import TendAuth

/// The lock screen's password entry and its failed attempts. A class, so that the password
/// buffer is never copied along with the workstation's state.
final class ScreenLock {
    /// Wrong passwords in a row after which the session ends (an automatic logoff).
    static let maximumFailures = 5

    /// The password typed so far: never drawn, wiped after each attempt and on Esc.
    let password = PasswordBuffer()
    /// Wrong passwords since the screen was last unlocked.
    private(set) var failuresInARow = 0
    /// No password is checked before this instant (after several wrong ones).
    private(set) var nextAttemptAt: Date?
    /// What the lock screen says about the last attempt (nil: nothing yet).
    var message: String?
    /// Enter was pressed on a password: the loop shows "Checking the password…" first, then
    /// checks it (`Workstation.performPendingUnlock`) before it takes the next key.
    var checkPending = false

    /// The wait before the next attempt after `failures` wrong passwords in a row: none after
    /// one or two, 10 s after three, 30 s after four.
    static func delay(afterFailures failures: Int) -> TimeInterval {
        switch failures {
        case ..<3: return 0
        case 3: return 10
        default: return 30
        }
    }

    /// Counts a wrong password at `now` and starts the wait it earns.
    func recordFailure(at now: Date) {
        failuresInARow += 1
        let delay = Self.delay(afterFailures: failuresInARow)
        nextAttemptAt = delay > 0 ? now.addingTimeInterval(delay) : nil
    }

    /// Whole seconds left before another attempt is checked (nil: one may be made now).
    func remainingWait(at now: Date) -> Int? {
        guard let next = nextAttemptAt, next > now else { return nil }
        return Int(next.timeIntervalSince(now).rounded(.up))
    }

    /// Forgets the attempts (after a successful unlock) and wipes the password.
    func reset() {
        password.wipe()
        checkPending = false
        failuresInARow = 0
        nextAttemptAt = nil
        message = nil
    }
}
