import Foundation

/// A patient's record id: `P` followed by 7 Crockford base32 characters, e.g. `P7K3X9Q2`.
public typealias PatientID = PrefixedID<PatientIDKind>

/// The kind of `PatientID`: `P` and 7 characters.
public enum PatientIDKind: PrefixedIDKind {
    public static let prefix: Character = "P"
    public static let length = 7
    public static let name = "patient id"
}
