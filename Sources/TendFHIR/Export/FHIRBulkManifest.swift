import Foundation

/// The manifest of an export, shaped like a Bulk Data `$export` completion response: when,
/// what was asked, and each NDJSON file with its type and count. `url` is the file name,
/// relative to the manifest (the files are local, not served). The `extension` object (which
/// the Bulk Data specification reserves for servers) says that tend wrote the directory, which
/// is how a later export knows it may replace it.
public struct FHIRBulkManifest: Codable, Equatable, Sendable {
    /// The file the manifest is written to.
    public static let fileName = "manifest.json"
    /// The key of tend's entry in `extension`.
    public static let tendExtensionKey = "tend-export"

    /// When the export read the store (UTC instant).
    public var transactionTime: String
    /// What was asked, as a `tend export fhir` command line.
    public var request: String
    /// False: local files.
    public var requiresAccessToken: Bool
    /// The NDJSON files.
    public var output: [File]
    /// Files of OperationOutcomes (tend writes none: what could not be exported is reported on the terminal).
    public var error: [File]
    /// tend's marker and the export's parameters.
    public var `extension`: [String: TendExport]

    /// One NDJSON file.
    public struct File: Codable, Equatable, Sendable {
        /// The resource type.
        public var type: String
        /// The file name, relative to the manifest.
        public var url: String
        /// Resources in the file.
        public var count: Int?
    }

    /// What tend records about the export.
    public struct TendExport: Codable, Equatable, Sendable {
        /// The practice.
        public var practice: String
        /// `--since`, if given.
        public var since: String?
        /// `--month`, if given.
        public var month: String?
        /// The closed months whose claims went out.
        public var months: [String]
        /// Patients exported.
        public var patients: Int

        /// Creates the entry.
        public init(practice: String, since: String?, month: String?, months: [String], patients: Int) {
            self.practice = practice
            self.since = since
            self.month = month
            self.months = months
            self.patients = patients
        }
    }

    /// The manifest of `output`.
    public init(output: FHIRBulkOutput, transactionTime: Date, request: String, tend: TendExport) {
        self.transactionTime = FHIRExportContext.instant(transactionTime)
        self.request = request
        requiresAccessToken = false
        self.output = output.files.map { File(type: $0.resourceType, url: $0.name, count: $0.count) }
        error = []
        `extension` = [Self.tendExtensionKey: tend]
    }

    /// The manifest as pretty JSON, keys sorted.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Whether `data` is a manifest tend wrote.
    public static func isTendManifest(_ data: Data) -> Bool {
        guard let manifest = try? JSONDecoder().decode(FHIRBulkManifest.self, from: data) else { return false }
        return manifest.extension[tendExtensionKey] != nil
    }
}
