import Foundation
import TendDomain
import TendStore

/// The SQL a DBA runs to give each staff member of the roster her own database role with the
/// group of her tend roles (`tend store grants`): tend never changes roles itself; this text is
/// for review, then `psql -f`.
public enum DatabaseGrants {
    /// The group role a staff member's tend roles call for.
    public static func group(for roles: Set<Role>) -> String {
        if roles.contains(.admin) { return "tend_admin" }
        if roles.contains(.supervisor) { return "tend_supervisor" }
        return "tend_staff"
    }

    /// One block per staff member: the LOGIN role when missing, the group granted and the
    /// higher groups revoked; an inactive member's role loses LOGIN (kept: the audit names it).
    public static func sql(for staff: [StaffMember]) -> String {
        var lines = ["-- tend: database roles for the roster (review, then run as a role with CREATEROLE)", "BEGIN;"]
        for member in staff.sorted(by: { $0.login < $1.login }) {
            let role = quoted(member.login)
            let literal = "'" + member.login.replacingOccurrences(of: "'", with: "''") + "'"
            lines.append("-- \(member.login.replacingOccurrences(of: "\n", with: " ")): \(member.roles.map(\.rawValue).sorted().joined(separator: ", "))\(member.active ? "" : " (inactive)")")
            lines.append("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = \(literal)) THEN CREATE ROLE \(role) LOGIN; END IF; END $$;")
            let wanted = group(for: member.roles)
            for other in ["tend_admin", "tend_supervisor", "tend_staff"] where other != wanted {
                lines.append("REVOKE \(other) FROM \(role);")
            }
            lines.append("GRANT \(wanted) TO \(role);")
            lines.append("ALTER ROLE \(role) \(member.active ? "LOGIN" : "NOLOGIN");")
        }
        lines.append("COMMIT;")
        return lines.joined(separator: "\n")
    }

    /// An SQL identifier, always quoted (a login is case-sensitive there).
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
