import TendDomain

/// The record types the store may decode with its own JSON reader (``StoreJSONDecoding``), in
/// one list. Every other type, and every single document, is decoded by Foundation's
/// `JSONDecoder`.
///
/// A type belongs here only when many files of it are read at once (``Store/documents(_:at:)``):
/// the reader exists because `JSONDecoder`'s fixed cost per object dominated the month report at
/// 10,000 patients (docs/performance.md). What the reader does not read exactly like
/// `JSONDecoder` it hands back to it, and `TEND_JSON_DECODER=foundation` turns it off
/// (``StoreJSONDecoderChoice``). The differential test (StoreJSONDifferentialTests) compares the
/// two decoders on generated documents of every type listed, and fails when a type listed here
/// has no documents there.
enum StoreJSONOptIn {
    static let types: [any (Decodable & Sendable).Type] = [
        Patient.self,           // every patient file: call list, month report, search, supervisor tables
        StaffMonthLog.self,     // a staff member's month of time entries: all of a month's, for reports and claims
        PatientMonthFlags.self, // complex-care and billed-elsewhere flags: all of a month's, for the report
        PatientMonthStaff.self, // the index of who logged time for a patient in a month
        CallLog.self,           // a month's call attempts per patient, for the call list
        RunningTimer.self,      // every running stopwatch, for the supervisor's team table
        PlanGoals.self,         // the goals of many care plans at once, for the at-risk and summary tables
        SnapshotPart.self,      // a closed month's frozen patient records (250 a part), for the closed claims export
    ]

    private static let identifiers = Set(types.map { ObjectIdentifier($0) })

    /// Whether `type` is in the list.
    static func contains<T: Decodable>(_ type: T.Type) -> Bool {
        identifiers.contains(ObjectIdentifier(type))
    }
}

extension StoreJSONDecoding {
    /// Whether ``Store/documents(_:at:)`` tries the store's reader on `type`: the type is in
    /// ``StoreJSONOptIn`` and the reader is not switched off.
    static func reads<T: Decodable>(_ type: T.Type, choice: StoreJSONDecoderChoice = .current) -> Bool {
        choice == .storeReader && StoreJSONOptIn.contains(type)
    }
}
