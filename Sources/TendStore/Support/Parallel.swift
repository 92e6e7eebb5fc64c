import Foundation

/// Work spread over all cores, with each result kept at its index.
public enum Parallel {
    /// Calls `body` for every index in `0..<count` concurrently and returns the results in index
    /// order; rethrows the error of the lowest failing index.
    public static func map<T>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, Result { try body(index) })
        }
        return try slots.values()
    }

    /// Per-index results written by parallel workers (each index by exactly one worker).
    private final class Slots<T>: @unchecked Sendable {
        private var slots: [Result<T, Error>?]
        private let mutex = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result<T, Error>) {
            mutex.lock()
            slots[index] = value
            mutex.unlock()
        }

        func values() throws -> [T] {
            try slots.map { try $0!.get() }
        }
    }
}
