import TendTestSupport
import Foundation
import Testing
import TendDomain
import TendStore

/// Every ``RecordStore`` shared by several instances (processes) at once: a reader never sees
/// half a commit, and two writers never lose each other's change.
@Suite struct StoreContractConcurrencyTests {
    /// Set by one thread, read by another.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.withLock { value } }
        func set() { lock.withLock { value = true } }
    }

    /// Runs `body` on its own thread; `wait()` returns its error, if any.
    final class Worker: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var failure: (any Error)?
        init(_ body: @escaping @Sendable () throws -> Void) {
            let thread = Thread { [self] in
                do { try body() } catch { failure = error }
                done.signal()
            }
            thread.start()
        }
        func wait() throws {
            done.wait()
            if let failure { throw failure }
        }
    }

    @Test(arguments: StoreBackend.all)
    func readsSeeWholeCommits(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let writer = try backend.create(place)
        let reader = try backend.open(place)
        let id = ContractRecords.patientID(1)
        try writer.write(tester, action: "patient.add", at: fixedNow) { change in
            try change.put(ContractRecords.patient(1), replacing: nil)
            try change.put(CarePlan(patientId: id, version: 1))
        }
        let finished = Flag()
        let halves = Flag()
        let reads = Worker {
            // Until the writer is done, and once more after: the patient and its plan always
            // carry the same version, because every commit writes both.
            var last = false
            while !last {
                last = finished.isSet
                let (patient, plan) = try reader.read { (try reader.patient(id), try reader.plan(id)) }
                if patient.version != plan.version { halves.set() }
            }
        }
        for version in 2...40 {
            try writer.write(tester, action: "plan.change", patient: id.rawValue, at: fixedNow) { change in
                let previous = try writer.patient(id)
                var patient = previous
                patient.version = version
                try change.put(patient, replacing: previous)
                try change.put(CarePlan(patientId: id, version: version))
            }
        }
        finished.set()
        try reads.wait()
        #expect(!halves.isSet, "a read saw a patient and a plan from different commits")
        #expect(try reader.read { try reader.plan(id).version } == 40)
    }

    @Test(arguments: StoreBackend.all)
    func twoWritersLoseNoChange(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let first = try backend.create(place)
        let second = try backend.open(place)
        let perWriter = 15
        // Each change reads the roster and adds one member: a lost update would drop a member.
        @Sendable func addMembers(_ store: any RecordStore, prefix: String) throws {
            for index in 0..<perWriter {
                try store.write(tester, action: "staff.add", at: fixedNow) { change in
                    var roster = try store.roster()
                    roster.members.append(StaffMember(login: "\(prefix)\(index)", name: "Member \(prefix)\(index)",
                                                      credential: .RN, roles: [.nurse]))
                    roster.version += 1
                    try change.put(StaffRoster(version: roster.version, members: roster.members))
                    change.summary = "added \(prefix)\(index)"
                }
            }
        }
        let other = Worker { try addMembers(second, prefix: "b") }
        try addMembers(first, prefix: "a")
        try other.wait()
        let roster = try first.read { try first.roster() }
        let expected = Set(contractStaff.map(\.login) + (0..<perWriter).flatMap { ["a\($0)", "b\($0)"] })
        #expect(Set(roster.members.map(\.login)) == expected)
        #expect(roster.version == 1 + 2 * perWriter)
        #expect(try first.auditRecords().count == 1 + 2 * perWriter)
        #expect(try second.verifyAudit().isIntact)
    }
}
