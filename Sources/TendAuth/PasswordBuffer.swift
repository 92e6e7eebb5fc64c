#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A password being typed: UTF-8 bytes in one fixed allocation that never moves or grows, so
/// that no copy is left behind in freed memory, wiped on `wipe()` and when released. This is as
/// far as Swift allows: the `Character` values of the key presses themselves are not reachable.
public final class PasswordBuffer: @unchecked Sendable {
    /// The longest password kept, in bytes (PAM's own limit for an answer, PAM_MAX_RESP_SIZE, is 512).
    public static let capacity = 511

    private let storage: UnsafeMutablePointer<UInt8>
    /// Bytes held (without the terminating NUL).
    public private(set) var count = 0

    /// An empty buffer.
    public init() {
        storage = .allocate(capacity: Self.capacity + 1)
        storage.initialize(repeating: 0, count: Self.capacity + 1)
    }

    deinit {
        wipe()
        storage.deallocate()
    }

    /// Whether nothing was typed.
    public var isEmpty: Bool { count == 0 }

    /// Appends a character; returns false (and keeps nothing of it) when it would not fit or is
    /// a control character or NUL.
    @discardableResult
    public func append(_ character: Character) -> Bool {
        guard !character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return false }
        var fits = true
        var scratch = String(character)
        scratch.withUTF8 { bytes in
            guard count + bytes.count <= Self.capacity else {
                fits = false
                return
            }
            for byte in bytes {
                storage[count] = byte
                count += 1
            }
        }
        scratch = ""
        return fits
    }

    /// Removes the last character typed (all of its UTF-8 bytes).
    public func removeLast() {
        guard count > 0 else { return }
        repeat {
            count -= 1
            let byte = storage[count]
            storage[count] = 0
            if byte & 0xC0 != 0x80 { break }  // not a continuation byte: the character's first byte
        } while count > 0
    }

    /// Overwrites every byte with zero and empties the buffer.
    public func wipe() {
        #if canImport(Glibc)
        explicit_bzero(storage, Self.capacity + 1)
        #else
        _ = memset_s(storage, Self.capacity + 1, 0, Self.capacity + 1)
        #endif
        count = 0
    }

    /// Calls `body` with the password as a NUL-terminated C string (valid only inside `body`).
    public func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        storage[count] = 0
        return try storage.withMemoryRebound(to: CChar.self, capacity: count + 1) { try body(UnsafePointer($0)) }
    }
}
