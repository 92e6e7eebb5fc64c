import Foundation
import TendDomain
import TendStore

/// Creating a store: `tend init` and the base of `tend demo`.
public enum StoreSetup {
    /// Creates a JSON-file store in `root` whose creator becomes its first staff member, admin
    /// and supervisor.
    public static func create(
        at root: URL, practice: String, timeZone: String, account: Account, name: String?,
        credential: Credential, now: Date, extraRoles: Set<Role> = []
    ) throws -> JSONFileStore {
        let store = try create(in: DirectoryPlace(root), practice: practice, timeZone: timeZone, account: account, name: name,
                               credential: credential, now: now, extraRoles: extraRoles)
        guard let files = store as? JSONFileStore else { preconditionFailure("a directory place makes a JSON-file store") }
        return files
    }

    /// Creates a store in `place` (a directory or a database) whose creator becomes its first
    /// staff member, admin and supervisor.
    public static func create(
        in place: any StorePlace, practice: String, timeZone: String, account: Account, name: String?,
        credential: Credential, now: Date, extraRoles: Set<Role> = []
    ) throws -> any RecordStore {
        guard TimeZone(identifier: timeZone) != nil else {
            throw DomainError("unknown time zone '\(TextSafety.printable(timeZone))'; use an IANA name such as America/New_York")
        }
        try TextValidation.checkRequiredText(practice, field: "practice name", maxLength: 200)
        let displayName = name ?? account.login
        try StaffMember.validateName(displayName)
        let settings = StoreSettings(schemaVersion: place.schemaVersion, practice: practice, timeZone: timeZone,
                                     createdAt: now.truncatedToSecond, createdBy: account.login)
        let founder = StaffMember(login: account.login, name: displayName, credential: credential,
                                  roles: Set<Role>([.admin, .supervisor]).union(extraRoles))
        let schedules = try FeeSchedule.bundledSchedules()
        return try place.create(settings: settings, account: account, at: now) { change in
            try change.put(StaffRoster(version: 1, members: [founder]))
            for schedule in schedules { try change.put(schedule, year: schedule.year!) }
            change.summary = "created the store for \(practice); \(account.login) is admin and supervisor"
        }
    }
}
