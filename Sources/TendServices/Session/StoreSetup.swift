import Foundation
import TendDomain
import TendStore

/// Creating a store: `tend init` and the base of `tend demo`.
public enum StoreSetup {
    /// Creates a store whose creator becomes its first staff member, admin and supervisor.
    public static func create(
        at root: URL, practice: String, timeZone: String, account: Account, name: String?,
        credential: Credential, now: Date, extraRoles: Set<Role> = []
    ) throws -> JSONFileStore {
        guard TimeZone(identifier: timeZone) != nil else {
            throw DomainError("unknown time zone '\(TextSafety.printable(timeZone))'; use an IANA name such as America/New_York")
        }
        try TextValidation.checkRequiredText(practice, field: "practice name", maxLength: 200)
        let displayName = name ?? account.login
        try StaffMember.validateName(displayName)
        let settings = StoreSettings(schemaVersion: JSONFileStore.schemaVersion, practice: practice, timeZone: timeZone,
                                     createdAt: now.truncatedToSecond, createdBy: account.login)
        let founder = StaffMember(login: account.login, name: displayName, credential: credential,
                                  roles: Set<Role>([.admin, .supervisor]).union(extraRoles))
        let schedules = try FeeSchedule.bundledSchedules()
        return try JSONFileStore.create(at: root, settings: settings, account: account, at: now) { change in
            try change.put(StaffRoster(version: 1, members: [founder]))
            for schedule in schedules { try change.put(schedule, year: schedule.year!) }
            change.summary = "created the store for \(practice); \(account.login) is admin and supervisor"
        }
    }
}
