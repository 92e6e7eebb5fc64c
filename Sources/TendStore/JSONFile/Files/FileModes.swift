import Foundation

/// The permissions every store file and directory gets, whatever the umask.
///
/// Group members share a store (read and write); others get nothing. Directories carry the
/// set-group-ID bit so that files created in them inherit the team's group.
public enum FileModes {
    /// Mode of store files: owner and group read/write, no access for others.
    public static let file: mode_t = 0o660
    /// Mode of store directories: owner and group full access, setgid, none for others.
    public static let directory: mode_t = 0o2770
}
