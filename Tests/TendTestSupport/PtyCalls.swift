import Foundation

/// The pseudo-terminal calls of the C library that Swift's Glibc module does not import
/// (`posix_openpt`, `grantpt`, `unlockpt`, `ptsname` need `_XOPEN_SOURCE`), looked up by name.
public enum PtyCalls {
    private typealias DescriptorCall = @convention(c) (Int32) -> Int32
    private typealias NameCall = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    private static func lookUp<T>(_ name: String, as type: T.Type) -> T? {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }

    /// Opens a new pair: the master descriptor and the slave's path, both not a controlling
    /// terminal of this process (`O_NOCTTY`); `nil` when the system refuses.
    public static func openPair() -> (master: Int32, slavePath: String)? {
        guard let open = lookUp("posix_openpt", as: DescriptorCall.self),
              let grant = lookUp("grantpt", as: DescriptorCall.self),
              let unlock = lookUp("unlockpt", as: DescriptorCall.self),
              let name = lookUp("ptsname", as: NameCall.self) else { return nil }
        let master = open(O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        guard grant(master) == 0, unlock(master) == 0, let path = name(master) else {
            close(master)
            return nil
        }
        return (master, String(cString: path))
    }
}
