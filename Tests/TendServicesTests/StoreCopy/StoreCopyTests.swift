import Foundation
import Testing
import TendDomain
import TendPostgres
import TendServices
import TendStore
import TendTestSupport

/// `tend store copy`: every record and the audit history reach the copy, the copy is checked,
/// and the source is only read.
struct StoreCopyTests {
    /// A store with a billed October (closed), a plan, calls and time.
    func populated() throws -> ServicesFixture {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        _ = try f.octoberPatient(name: "Able, Ann", minutes: 25)
        _ = try f.octoberPatient(name: "Baker, Bob", minutes: 5)
        try f.session(f.boss, at: f.date("2026-11-02T15:00:00Z")).closeMonth(f.october)
        return f
    }

    func destinations() throws -> [(String, any StorePlace, TempDirectory)] {
        let directory = TempDirectory("copy-to-dir")
        var places: [(String, any StorePlace, TempDirectory)] = [("directory", DirectoryPlace(directory.url), directory)]
        if TestPostgres.available {
            let database = TempDirectory("copy-to-pg")
            let schema = try TestPostgres.makeSchema(for: database)
            places.append(("PostgreSQL", PostgresPlace(configuration: TestPostgres.configuration(schema: schema),
                                                       display: TestPostgres.display(schema: schema)), database))
        } else {
            print("StoreCopyTests: no PostgreSQL server (TEND_TEST_POSTGRES): the copy to a database is SKIPPED")
        }
        return places
    }

    @Test func aCopyHoldsEveryRecordAndContinuesTheChainAndTheSourceIsUnchanged() throws {
        let f = try populated()
        let before = try f.store.auditLines()
        for (name, place, _) in try destinations() {
            let result = try f.session(f.admin).copyStore(to: place)
            #expect(result.counts.patients == 2 && result.counts.timeEntries >= 2 && result.counts.closedMonths == 1, "\(name)")
            let copy = try place.open()
            let lines = try copy.auditLines()
            // The source's history unchanged, then the copy's own record.
            #expect(Array(lines.prefix(before.count)) == before, "\(name)")
            #expect(try lines.count == before.count + 1 && copy.auditRecords().last?.action == "store.copy", "\(name)")
            #expect(try copy.verifyAudit().isIntact, "\(name)")
            let report = try Session(store: copy, account: f.boss, clock: .fixed(f.now)).monthReport(f.october)
            #expect(report.lines.count == 2 && report.close.isClosed, "\(name)")
        }
        #expect(try f.store.auditLines() == before)
    }

    @Test func aCopyOverAnExistingStoreIsRefusedAndOnlyAnAdminMayCopy() throws {
        let f = try populated()
        let target = TempDirectory("copy-over")
        _ = try f.session(f.admin).copyStore(to: DirectoryPlace(target.url))
        #expect(throws: StoreError.alreadyExists(path: target.url.path)) { try f.session(f.admin).copyStore(to: DirectoryPlace(target.url)) }
        let other = TempDirectory("copy-by-nurse")
        #expect(throws: StoreError.self) { try f.session(f.nurse).copyStore(to: DirectoryPlace(other.url)) }
        #expect(!FileManager.default.fileExists(atPath: other.url.path))
    }
}
