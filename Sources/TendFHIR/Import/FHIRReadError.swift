import Foundation

/// Why a file cannot be read as FHIR: not JSON, or JSON that is not FHIR, at a line.
public struct FHIRReadError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The 1-based line where the problem is (where the offending value starts).
    public let line: Int
    /// What is wrong.
    public let message: String

    /// Creates an error.
    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}

/// One resource of a type tend reads, with where it was in its file.
public struct FHIRItem: Equatable, Sendable {
    /// The resource.
    public var resource: FHIRResource
    /// The line where it starts.
    public var line: Int
    /// The Bundle entry's `fullUrl` (e.g. `urn:uuid:...`), nil for NDJSON lines.
    public var fullUrl: String?
}
