import Foundation
import Testing
import TendDomain
import TendPostgres
import TendTestSupport

/// `tend store grants`: each staff member's database role gets exactly the group of her roles.
struct DatabaseGrantsTests {
    @Test func eachRoleGetsTheGroupOfItsHighestTendRoleAndNoOther() {
        #expect(DatabaseGrants.group(for: [.nurse]) == "tend_staff")
        #expect(DatabaseGrants.group(for: [.practitioner]) == "tend_staff")
        #expect(DatabaseGrants.group(for: [.nurse, .supervisor]) == "tend_supervisor")
        #expect(DatabaseGrants.group(for: [.supervisor, .admin]) == "tend_admin")
        let sql = DatabaseGrants.sql(for: [
            StaffMember(login: "bokafor", name: "Bisi Okafor", credential: .RN, roles: [.nurse]),
            StaffMember(login: "o'neil\"x", name: "Odd Name", credential: .RN, roles: [.supervisor], active: false),
        ])
        #expect(sql.contains("GRANT tend_staff TO \"bokafor\";") && sql.contains("REVOKE tend_admin FROM \"bokafor\";"))
        #expect(!sql.contains("GRANT tend_supervisor TO \"bokafor\""))
        // Quoted as an identifier and as a literal; an inactive member loses LOGIN.
        #expect(sql.contains("GRANT tend_supervisor TO \"o'neil\"\"x\";") && sql.contains("rolname = 'o''neil\"x'"))
        #expect(sql.contains("ALTER ROLE \"o'neil\"\"x\" NOLOGIN;") && sql.contains("ALTER ROLE \"bokafor\" LOGIN;"))
    }
}
