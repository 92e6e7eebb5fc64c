import Foundation

/// Collects a running process's output as it comes, so that a test can act in the middle of it
/// (e.g. stop the server once a writer has acknowledged some entries).
final class LineCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    private let finished = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.withLock { text += String(decoding: chunk, as: UTF8.self) }
            }
            finished.signal()
        }
    }

    /// What arrived so far.
    var output: String { lock.withLock { text } }

    /// Waits up to `seconds` until `condition` holds for the output so far; returns whether it did.
    func wait(seconds: Double, until condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(output) { return true }
            usleep(20_000)
        }
        return condition(output)
    }

    /// Everything, once the writer closed its end.
    func all() -> String {
        finished.wait()
        return output
    }
}
