import Foundation

/// A member of the care team with a login.
public struct StaffMember: Codable, Equatable, Sendable {
    /// Login name, e.g. `jsmith`.
    public var login: String
    /// Display name.
    public var name: String
    /// Professional credential (decides the time bucket).
    public var credential: Credential
    /// Roles granted (encoded sorted).
    public var roles: Set<Role>
    /// NPI, required of billing practitioners by the services layer.
    public var npi: NPI?
    /// False once the person has left; kept for history.
    public var active: Bool
    /// Optimistic-concurrency version kept by the store.
    public var version: Int

    /// Creates a staff member.
    public init(login: String, name: String, credential: Credential, roles: Set<Role>,
                npi: NPI? = nil, active: Bool = true, version: Int = 1) {
        self.login = login
        self.name = name
        self.credential = credential
        self.roles = roles
        self.npi = npi
        self.active = active
        self.version = version
    }

    /// Whether the member holds `role`.
    public func has(_ role: Role) -> Bool { roles.contains(role) }

    /// The time bucket of this member's entries.
    public var bucket: TimeBucket { credential.bucket }

    /// Validates a login: a letter or `_`, then up to 31 letters, digits, `_`, `.` or `-`.
    @discardableResult
    public static func validateLogin(_ login: String) throws -> String {
        let chars = Array(login)
        func isAllowedFirst(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c == "_") }
        func isAllowed(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || "_.-".contains(c)) }
        guard let first = chars.first, chars.count <= 32, isAllowedFirst(first),
              chars.dropFirst().allSatisfy(isAllowed)
        else {
            throw DomainError("'\(login)' is not a valid login (a letter or _, then up to 31 letters, digits, _ . or -)")
        }
        return login
    }

    /// Validates the display name: required, no control characters, at most 100 characters.
    public static func validateName(_ name: String) throws {
        try TextValidation.checkRequiredText(name, field: "staff name", maxLength: 100)
    }

    private enum CodingKeys: String, CodingKey { case login, name, credential, roles, npi, active, version }

    /// Encodes with `roles` sorted so files diff cleanly.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(login, forKey: .login)
        try container.encode(name, forKey: .name)
        try container.encode(credential, forKey: .credential)
        try container.encode(roles.sorted(), forKey: .roles)
        try container.encodeIfPresent(npi, forKey: .npi)
        try container.encode(active, forKey: .active)
        try container.encode(version, forKey: .version)
    }
}
