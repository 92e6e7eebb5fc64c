import Foundation

/// The FHIR R4 data types tend writes, as small Encodable structs. Kept apart from the
/// importer's Decodable types: what tend writes is a fixed, smaller subset.
public enum FHIROut {
    /// A code in a code system.
    public struct Coding: Encodable, Equatable, Sendable {
        /// The code system's URI.
        public var system: String
        /// The code.
        public var code: String
        /// The code's meaning, for people.
        public var display: String?

        /// Creates a coding.
        public init(system: String, code: String, display: String? = nil) {
            self.system = system
            self.code = code
            self.display = display
        }
    }

    /// Codings with an optional text.
    public struct CodeableConcept: Encodable, Equatable, Sendable {
        /// The codings (may be empty when only the text is known).
        public var coding: [Coding]?
        /// Plain text.
        public var text: String?

        /// Creates a concept.
        public init(coding: [Coding]? = nil, text: String? = nil) {
            self.coding = coding
            self.text = text
        }

        /// One coding, with its display as the text.
        public static func code(_ system: String, _ code: String, _ display: String? = nil) -> CodeableConcept {
            CodeableConcept(coding: [Coding(system: system, code: code, display: display)])
        }
    }

    /// An identifier (MRN, MBI, NPI, tend's own ids).
    public struct Identifier: Encodable, Equatable, Sendable {
        /// usual, official, secondary...
        public var use: String?
        /// The identifier's type (e.g. `MR` from v2-0203).
        public var type: CodeableConcept?
        /// The namespace of the value.
        public var system: String
        /// The value.
        public var value: String

        /// Creates an identifier.
        public init(use: String? = nil, type: CodeableConcept? = nil, system: String, value: String) {
            self.use = use
            self.type = type
            self.system = system
            self.value = value
        }
    }

    /// A reference to another resource: literal (`Goal/…`), logical (by identifier) or a display only.
    public struct Reference: Encodable, Equatable, Sendable {
        /// A literal reference, `Type/id`, to a resource in the same export.
        public var reference: String?
        /// The resource type, for a logical reference.
        public var type: String?
        /// A logical reference: the identifier the receiving system matches on.
        public var identifier: Identifier?
        /// Text for people.
        public var display: String?

        /// Creates a reference.
        public init(reference: String? = nil, type: String? = nil, identifier: Identifier? = nil, display: String? = nil) {
            self.reference = reference
            self.type = type
            self.identifier = identifier
            self.display = display
        }
    }

    /// A span of dates (`YYYY-MM-DD`) or instants.
    public struct Period: Encodable, Equatable, Sendable {
        /// First day (inclusive).
        public var start: String?
        /// Last day (inclusive).
        public var end: String?

        /// Creates a period.
        public init(start: String? = nil, end: String? = nil) {
            self.start = start
            self.end = end
        }
    }

    /// The profiles a resource claims.
    public struct Meta: Encodable, Equatable, Sendable {
        /// Profile canonical URLs.
        public var profile: [String]

        /// Creates a meta element.
        public init(profile: [String]) { self.profile = profile }
    }

    /// Human-readable XHTML (`div` is an escaped XHTML fragment; ``XHTML`` builds it).
    public struct Narrative: Encodable, Equatable, Sendable {
        /// generated, extensions, additional, empty.
        public var status: String
        /// `<div xmlns="http://www.w3.org/1999/xhtml">…</div>`.
        public var div: String

        /// Creates a narrative.
        public init(status: String, div: String) {
            self.status = status
            self.div = div
        }
    }

    /// A person's name.
    public struct HumanName: Encodable, Equatable, Sendable {
        /// official, usual...
        public var use: String?
        /// Family name.
        public var family: String
        /// Given names (tend keeps the given part as one string, written as one element).
        public var given: [String]

        /// Creates a name.
        public init(use: String?, family: String, given: [String]) {
            self.use = use
            self.family = family
            self.given = given
        }
    }

    /// A phone number.
    public struct ContactPoint: Encodable, Equatable, Sendable {
        /// `phone`.
        public var system: String
        /// The number as tend stores it.
        public var value: String
        /// home, work, mobile.
        public var use: String?

        /// Creates a contact point.
        public init(system: String, value: String, use: String? = nil) {
            self.system = system
            self.value = value
            self.use = use
        }
    }

    /// Content inline (base64) with its type.
    public struct Attachment: Encodable, Equatable, Sendable {
        /// MIME type, e.g. `text/plain; charset=utf-8`.
        public var contentType: String
        /// Language of the content.
        public var language: String?
        /// The content, base64.
        public var data: String
        /// Number of bytes before base64.
        public var size: Int
        /// A label for people.
        public var title: String?
        /// When the content was made.
        public var creation: String?

        /// An attachment of UTF-8 text.
        public init(text: String, title: String?, creation: String?) {
            let bytes = Data(text.utf8)
            contentType = "text/plain; charset=utf-8"
            language = "en-US"
            data = bytes.base64EncodedString()
            size = bytes.count
            self.title = title
            self.creation = creation
        }
    }

    /// An extension with a code or a string value (only the two kinds tend writes).
    public struct Extension: Encodable, Equatable, Sendable {
        /// The extension's definition URL.
        public var url: String
        /// A code value.
        public var valueCode: String?
        /// A string value.
        public var valueString: String?

        /// Creates an extension.
        public init(url: String, valueCode: String? = nil, valueString: String? = nil) {
            self.url = url
            self.valueCode = valueCode
            self.valueString = valueString
        }
    }

    /// The extensions of a primitive element written without a value (`_gender`).
    public struct PrimitiveExtensions: Encodable, Equatable, Sendable {
        /// The extensions.
        public var `extension`: [Extension]

        /// The data-absent-reason `unknown` (the value is required but tend does not record it).
        public static let unknown = PrimitiveExtensions(extension: [
            Extension(url: FHIRExportSystem.dataAbsentReason, valueCode: "unknown"),
        ])
    }
}
