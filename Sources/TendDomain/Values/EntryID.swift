import Foundation

/// A time entry's id: `T` followed by 10 Crockford base32 characters, e.g. `T0K3X9Q2MZ4B`.
public typealias EntryID = PrefixedID<EntryIDKind>

/// The kind of `EntryID`: `T` and 10 characters.
public enum EntryIDKind: PrefixedIDKind {
    public static let prefix: Character = "T"
    public static let length = 10
    public static let name = "time entry id"
}
