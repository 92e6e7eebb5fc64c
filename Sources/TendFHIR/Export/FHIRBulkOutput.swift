import Foundation

/// The resources of one export, as NDJSON by resource type (the Bulk Data layout): one
/// resource per line, each line one JSON object (every newline and control character inside a
/// string is escaped by the encoder), keys sorted so that the same store gives the same bytes.
public struct FHIRBulkOutput: Sendable {
    /// The resource types tend writes, in the order the manifest lists them.
    public static let resourceTypes = ["Patient", "Condition", "CarePlan", "Goal", "Consent", "ChargeItem", "DocumentReference"]

    /// The file a resource type is written to, e.g. `Patient.ndjson`.
    public static func fileName(_ resourceType: String) -> String { resourceType + ".ndjson" }

    private var lines: [String: Data] = [:]
    /// Resources per type.
    public private(set) var counts: [String: Int] = [:]

    /// An empty output.
    public init() {}

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// One resource as one NDJSON line (without the newline).
    public static func line<Resource: Encodable>(_ resource: Resource) throws -> Data {
        try encoder.encode(resource)
    }

    /// Appends `resource` to the file of `resourceType` (one of ``resourceTypes``).
    public mutating func append<Resource: Encodable>(_ resource: Resource, as resourceType: String) throws {
        precondition(Self.resourceTypes.contains(resourceType), "tend does not write \(resourceType)")
        var data = try Self.line(resource)
        data.append(0x0A)
        lines[resourceType, default: Data()].append(data)
        counts[resourceType, default: 0] += 1
    }

    /// Appends every line of `other`, type by type.
    public mutating func append(contentsOf other: FHIRBulkOutput) {
        for (type, data) in other.lines {
            lines[type, default: Data()].append(data)
            counts[type, default: 0] += other.counts[type] ?? 0
        }
    }

    /// The files with at least one resource, in ``resourceTypes`` order: name, type, bytes, count.
    public var files: [(name: String, resourceType: String, data: Data, count: Int)] {
        Self.resourceTypes.compactMap { type in
            guard let data = lines[type], let count = counts[type] else { return nil }
            return (Self.fileName(type), type, data, count)
        }
    }
}
