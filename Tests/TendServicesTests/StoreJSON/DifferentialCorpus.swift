import Foundation
@testable import TendServices
@testable import TendStore
import TendDomain

/// The documents the differential test starts from: real files of every type the store reads
/// with its own reader (``StoreJSONOptIn``), from a seeded demo store (patients, plans, time,
/// month flags, the patient-month index) and built from its patients for what a demo store does
/// not hold (calls, running stopwatches, closed-month parts). The same on every run.
struct DifferentialCorpus: Sendable {
    /// One opted-in type: its documents, and how to compare the two decoders on a document.
    struct Kind: Sendable {
        let name: String
        let type: any (Decodable & Sendable).Type
        let documents: [Data]
        /// Decodes `data` with both decoders (`strictJSON`: the bytes are valid JSON) and says how they fared.
        let compare: @Sendable (Data, _ strictJSON: Bool) -> Outcome
    }

    let kinds: [Kind]

    static let shared: Result<DifferentialCorpus, Error> = Result { try DifferentialCorpus() }

    private init() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tend-differential-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let now = ISO8601DateFormatter().date(from: "2026-11-16T17:00:00Z")!
        let (store, _) = try DemoGenerator(patients: 12, months: 2, seed: 9).create(
            at: root, account: Account(uid: 1, login: "demo"), timeZone: "America/New_York", now: now)
        func files(_ directory: String, limit: Int = 6) throws -> [Data] {
            let names = (FileManager.default.enumerator(atPath: root.appendingPathComponent(directory).path)?
                .compactMap { $0 as? String }.filter { $0.hasSuffix(".json") } ?? []).sorted()
            return try names.prefix(limit).map { try Data(contentsOf: root.appendingPathComponent(directory).appendingPathComponent($0)) }
        }
        let encoder = StoreCoding.encoder()
        let patients = try store.allPatients().sorted { $0.id.rawValue < $1.id.rawValue }
        let id = patients[0].id
        let calls = CallLog(staff: "demo", month: try YearMonth.parse("2026-11"), version: 2, attempts: [
            CallAttempt(id: "c1", patientId: id, staff: "demo", at: now, result: .reached, note: "Spoke with \"Ana\"; BP 128/80 ✓"),
            CallAttempt(id: "c2", patientId: patients[1].id, staff: "demo", at: now.addingTimeInterval(600), result: .noAnswer,
                        callBackAt: now.addingTimeInterval(86_400)),
        ])
        var timer = RunningTimer(staff: "demo", patientId: id, startedAt: now, activity: .call)
        timer.segments = [RunningTimer.Segment(start: now, end: now.addingTimeInterval(65))]
        kinds = [
            Self.kind(Patient.self, try files("patients")),
            Self.kind(StaffMonthLog.self, try files("time")),
            Self.kind(PatientMonthFlags.self, try files("months")),
            Self.kind(PatientMonthStaff.self, try files("index/patient-month")),
            Self.kind(CallLog.self, [try encoder.encode(calls)]),
            Self.kind(RunningTimer.self, [try encoder.encode(timer)]),
            Self.kind(PlanGoals.self, try files("plans")) { $0.patientId == $1.patientId && $0.goals == $1.goals },
            Self.kind(SnapshotPart.self, [try encoder.encode(SnapshotPart(patients: Array(patients.prefix(3))))]),
        ]
    }

    private static func kind<T: Decodable & Equatable & Sendable>(_ type: T.Type, _ documents: [Data]) -> Kind {
        kind(type, documents, equal: ==)
    }

    private static func kind<T: Decodable & Sendable>(_ type: T.Type, _ documents: [Data], equal: @escaping @Sendable (T, T) -> Bool) -> Kind {
        Kind(name: "\(T.self)", type: T.self, documents: documents) { compareDecoders(T.self, $0, strictJSON: $1, equal: equal) }
    }
}

/// How the two decoders fared on one document.
enum Outcome: Equatable {
    /// Both decoded the same value.
    case same
    /// Both refused it.
    case bothFailed
    /// The store's reader handed it to JSONDecoder (`reason`), which then decides alone.
    case handedOver(reason: String)
    /// A disagreement: what went wrong.
    case disagreement(String)
}

/// Decodes `data` as `T` with the store's reader and with JSONDecoder (the store's settings).
///
/// The rules: a value from the reader must be JSONDecoder's value; a decoding error from the
/// reader (a missing key, a type mismatch, the type's own validation) means JSONDecoder must
/// fail too; the reader may hand a document over to JSONDecoder for something it does not read
/// exactly like it, or for a document outside the strict JSON grammar (JSONDecoder accepts some
/// of those, such as a trailing comma), but never for valid JSON over the grammar alone.
func compareDecoders<T: Decodable & Equatable>(_ type: T.Type, _ data: Data, strictJSON: Bool) -> Outcome {
    compareDecoders(type, data, strictJSON: strictJSON, equal: ==)
}

/// ``compareDecoders(_:_:strictJSON:)`` for a type compared by `equal`.
func compareDecoders<T: Decodable>(_ type: T.Type, _ data: Data, strictJSON: Bool, equal: (T, T) -> Bool) -> Outcome {
    let foundation = Result { try StoreCoding.decoder().decode(T.self, from: data) }
    switch (StoreJSONDecoding.attempt(T.self, from: data), foundation) {
    case (.value(let fast), .success(let expected)):
        return equal(fast, expected) ? .same : .disagreement("different values:\n  store reader: \(fast)\n  JSONDecoder:  \(expected)")
    case (.value(let fast), .failure(let error)):
        return .disagreement("the store reader decoded \(fast); JSONDecoder failed: \(error)")
    case (.failed, .failure):
        return .bothFailed
    case (.failed(let error), .success):
        return .disagreement("the store reader failed (\(error)); JSONDecoder decoded it")
    case (.refused(.syntax(let at)), _) where strictJSON:
        return .disagreement("the store reader found a syntax error at byte \(at) in valid JSON")
    case (.refused(let reason), .success):
        return .handedOver(reason: "\(reason)")
    case (.refused, .failure):
        return .bothFailed
    }
}
