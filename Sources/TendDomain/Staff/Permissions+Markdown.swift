import Foundation

extension Permissions {
    /// The permission table as Markdown: the content of `docs/roles.md`.
    public static func markdown() -> String {
        var text = """
            # tend: roles and permissions

            Generated from the permission table (`Permissions.table`, in
            `Sources/TendDomain/Staff/Permissions.swift`); a test fails when this file is stale.
            Regenerate it with `TEND_RECORD_DOCS=1 swift test --filter RolesDocTests`.

            Every use case, on the command line and in the workstation, asks this table before it
            reads or changes anything. A refusal changes nothing and is itself written to the audit
            trail (outcome `denied`) under the same action name, with the reason. A staff member may
            hold several roles; one allowed role is enough. An account that is not an active staff
            member is refused every action that is checked. Roles are granted with
            `tend staff add LOGIN --role ROLE` or `tend staff update LOGIN --role ROLE` (admin).

            ## Roles

            | Role | Who |
            |---|---|

            """
        for role in Role.allCases { text += "| `\(role.rawValue)` | \(role.summary) |\n" }
        text += "\n## Actions\n\n"
        text += "\"any\" means any active staff member, whatever their roles. The action names are the ones the audit trail records (`tend audit log`).\n\n"
        text += "| Action | What it is | " + Role.allCases.map(\.rawValue).joined(separator: " | ") + " |\n"
        text += "|---|---|" + String(repeating: "---|", count: Role.allCases.count) + "\n"
        for rule in table {
            text += row(rule.action, rule.summary + (rule.condition.map { " (\($0))" } ?? ""), cells(rule.access))
            if let roles = rule.forAnotherStaffMember {
                text += row(rule.action, "the same, for another staff member (`--as`) or on their entries", cells(.roles(roles)))
            }
            if let roles = rule.amendingClosedMonth {
                text += row(rule.action, "the same in a closed month, as an amendment with a reason", cells(.roles(roles)))
            }
        }
        return text
    }

    private static func row(_ action: AuditAction, _ summary: String, _ cells: [String]) -> String {
        "| `\(action.rawValue)` | \(summary) | " + cells.joined(separator: " | ") + " |\n"
    }

    private static func cells(_ access: Access) -> [String] {
        Role.allCases.map { role in
            switch access {
            case .anyStaffMember: return "any"
            case .roles(let roles): return roles.contains(role) ? "yes" : "no"
            case .notChecked(let why): return role == Role.allCases.first ? "not checked: \(why)" : ""
            }
        }
    }
}
