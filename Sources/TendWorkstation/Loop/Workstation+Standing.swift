import Foundation
import TendServices
import TendTerminal

extension Workstation {
    /// Whether the account is still an active staff member. When it is not (an admin
    /// deactivated it, or took it off the staff list), the workstation stops at once, keeping
    /// drafts and the stopwatch, with one audit record, instead of being denied on every refresh.
    /// A store that cannot be read says nothing here: the reload reports it.
    func confirmStanding() -> Bool {
        guard forcedExit == nil else { return false }
        guard let standing = try? session.standing() else { return true }
        if case .active = standing { return true }
        stop(for: standing)
        return false
    }

    /// Stops the workstation of an account that may no longer work in the store.
    ///
    /// A running stopwatch stays in the store as it is, neither logged nor discarded: the
    /// minutes were not reviewed by the nurse, and deleting them would hide work from the
    /// compliance record. A supervisor sees it on the team tab; it is stopped (and its note
    /// written) once the account is active again.
    func stop(for standing: StaffStanding) {
        var kept = preserveUnsavedWork()
        if view?.timer != nil {
            kept += " (it was neither logged nor discarded: a supervisor sees it on the team tab, and it can be stopped once an admin makes the account active again)"
        }
        session.auditStoppedForStanding(standing, kept: kept)
        screenLock.password.wipe()
        state.locked = false
        let login = session.account.login
        let why = standing == .notOnStaff
            ? "your account '\(login)' is no longer on this store's staff list"
            : "your account '\(login)' was deactivated by an admin of this store"
        forcedExit = .accountInactive(message: "tend: the workstation stopped: \(why); \(kept). An admin can make it active again with `tend staff update \(login) --active`.")
    }

    /// Returns to the care screen once an admin has taken away the supervisor role, instead of
    /// reading (and being denied) the supervisor tables on every refresh.
    func leaveSupervisorViewWithoutTheRole() {
        var text = "Your supervisor role was taken away by an admin: back to your call list."
        if case .none = state.overlay {} else {
            state.overlay = .none
            text += " The open supervisor dialog was closed; nothing in it was saved."
        }
        state.screen = .care
        supervisorPages = [:]
        supervisorRowsCache = nil
        supervisorChangePending = false
        reload(keepSelection: true)
        state.message = .warning(text)
        needsRender = true
    }
}
