import Foundation

/// Reads FHIR R4 JSON from bytes fed in chunks of any size and hands over the resources tend
/// reads one at a time: NDJSON (one resource per line, as a Bulk Data `$export` writes), a single
/// resource, or a Bundle whose `entry` array is cut into one entry at a time, so that a bundle of
/// megabytes of Observations never becomes one object graph. Only Patient, Condition, Encounter,
/// Practitioner and Coverage are decoded (into the small typed structs); every other resource is
/// checked to be JSON and counted by type in ``skipped``. Memory is bounded by the largest single
/// entry or line, not by the file. No file I/O: the caller feeds the bytes.
///
/// Bundle entries are streamed when the Bundle's `resourceType` comes before its `entry` (as every
/// exporter writes it); otherwise the Bundle is read whole once it ends.
public struct FHIRStreamReader {
    /// Resources read, by type.
    public private(set) var read: [String: Int] = [:]
    /// Resources skipped (types tend does not read), by type.
    public private(set) var skipped: [String: Int] = [:]
    /// Bundles read, by `type` (`transaction`, `collection`...).
    public private(set) var bundles: [String: Int] = [:]

    /// The Bundle types accepted.
    public static let bundleTypes: Set<String> = ["transaction", "batch", "collection", "searchset"]

    private let decoder = JSONDecoder()
    private var line = 1
    private var atStart = true
    private var stack: [UInt8] = []
    private var inString = false
    private var escape = false
    // The top-level value being read.
    private var top: [UInt8] = []
    private var topLine = 1
    private var expectKey = false
    private var collectingKey = false
    private var keyBytes: [UInt8] = []
    private var currentKey: String?
    private var collectingType = false
    private var typeBytes: [UInt8] = []
    private var topType: String?
    private var inEntryArray = false
    private var streamedEntries = false
    // The Bundle entry being cut out.
    private var entry: [UInt8] = []
    private var entryLine = 1
    private var capturingEntry = false

    /// A reader at the start of a file.
    public init() {}

    /// Reads `chunk` (the next bytes of the file) and calls `emit` with each resource completed.
    /// Throws ``FHIRReadError`` (with the line) when the bytes are not JSON or not FHIR.
    public mutating func feed(_ chunk: some Sequence<UInt8>, emit: (FHIRItem) throws -> Void) throws {
        for byte in chunk {
            if atStart {
                atStart = false
                if byte == 0xEF { bomLeft = 2; continue }
            }
            if bomLeft > 0 { bomLeft -= 1; continue }
            try consume(byte, emit: emit)
        }
    }

    private var bomLeft = 0

    /// Ends the file: throws when it stops inside a value.
    public mutating func finish() throws {
        if inString || !stack.isEmpty {
            throw FHIRReadError(line: capturingEntry ? entryLine : topLine,
                                "the file ends inside a JSON value that starts here (cut short?)")
        }
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
    private static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    private static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    private static let colon = UInt8(ascii: ":"), comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")

    private mutating func append(_ byte: UInt8) {
        if capturingEntry { entry.append(byte) }
        else if inEntryArray && stack.count >= 2 { return }
        else if !stack.isEmpty { top.append(byte) }
    }

    private mutating func consume(_ byte: UInt8, emit: (FHIRItem) throws -> Void) throws {
        if inString {
            if byte == Self.newline { throw FHIRReadError(line: line, "a line break inside a JSON string: not valid JSON") }
            append(byte)
            if escape { escape = false }
            else if byte == Self.backslash { escape = true }
            else if byte == Self.quote {
                inString = false
                if collectingKey { collectingKey = false; currentKey = String(decoding: keyBytes, as: UTF8.self) }
                if collectingType { collectingType = false; topType = String(decoding: typeBytes, as: UTF8.self) }
                return
            }
            if collectingKey { keyBytes.append(byte) }
            if collectingType { typeBytes.append(byte) }
            return
        }
        switch byte {
        case 0x20, 0x09, 0x0D:
            append(byte)
        case Self.newline:
            append(byte)
            line += 1
        case Self.quote:
            guard !stack.isEmpty else { throw notAnObject() }
            inString = true
            append(byte)
            if stack.count == 1 && stack[0] == Self.openBrace {
                if expectKey { collectingKey = true; keyBytes.removeAll(keepingCapacity: true) }
                else if currentKey == "resourceType" { collectingType = true; typeBytes.removeAll(keepingCapacity: true) }
            }
        case Self.colon:
            guard !stack.isEmpty else { throw notAnObject() }
            if stack.count == 1 { expectKey = false }
            append(byte)
        case Self.comma:
            guard !stack.isEmpty else { throw notAnObject() }
            if stack.count == 1 { expectKey = true; currentKey = nil }
            append(byte)
        case Self.openBrace, Self.openBracket:
            if stack.isEmpty {
                guard byte == Self.openBrace else { throw notAnObject() }
                startTop()
                stack.append(byte)
                top.append(byte)
                return
            }
            if stack.count == 1 && currentKey == "entry" && byte == Self.openBracket && topType == "Bundle" && !expectKey {
                top.append(byte)
                stack.append(byte)
                inEntryArray = true
                streamedEntries = true
                if let type = JSONPeek.stringValue(of: "type", in: top + [Self.closeBracket, Self.closeBrace], range: 0..<(top.count + 2)),
                   !Self.bundleTypes.contains(type) {
                    throw FHIRReadError(line: topLine, "a Bundle of type '\(type)': tend reads \(Self.bundleTypes.sorted().joined(separator: ", ")) Bundles")
                }
                return
            }
            if inEntryArray && stack.count == 2 {
                guard byte == Self.openBrace else { throw FHIRReadError(line: line, "a Bundle entry that is not a JSON object") }
                capturingEntry = true
                entry.removeAll(keepingCapacity: true)
                entryLine = line
            }
            append(byte)
            stack.append(byte)
        case Self.closeBrace, Self.closeBracket:
            guard let open = stack.last else { throw notAnObject() }
            guard (open == Self.openBrace) == (byte == Self.closeBrace) else {
                throw FHIRReadError(line: line, "'\(Character(UnicodeScalar(byte)))' does not close the '\(Character(UnicodeScalar(open)))' before it: not valid JSON")
            }
            stack.removeLast()
            if stack.isEmpty { top.append(byte) } else { append(byte) }
            if capturingEntry && stack.count == 2 {
                capturingEntry = false
                try readEntry(emit: emit)
            } else if inEntryArray && stack.count == 1 {
                inEntryArray = false
                top.append(byte)
            } else if stack.isEmpty {
                try readTop(emit: emit)
            }
        default:
            guard !stack.isEmpty else { throw notAnObject() }
            append(byte)
        }
    }

    private func notAnObject() -> FHIRReadError {
        FHIRReadError(line: line, "not FHIR JSON: expected a JSON object (a resource or a Bundle) here")
    }

    private mutating func startTop() {
        top.removeAll(keepingCapacity: true)
        topLine = line
        expectKey = true
        currentKey = nil
        topType = nil
        inEntryArray = false
        streamedEntries = false
    }

    private mutating func readEntry(emit: (FHIRItem) throws -> Void) throws {
        let bytes = entry
        let whole = 0..<bytes.count
        guard let resource = JSONPeek.valueRange(of: "resource", in: bytes, range: whole) else {
            try checkJSON(bytes, whole, line: entryLine, what: "Bundle entry")
            skipped["(entry without a resource)", default: 0] += 1
            return
        }
        let fullUrl = JSONPeek.stringValue(of: "fullUrl", in: bytes, range: whole)
        try readResource(bytes, resource, line: entryLine, fullUrl: fullUrl, emit: emit)
    }

    private mutating func readTop(emit: (FHIRItem) throws -> Void) throws {
        guard let type = topType else {
            try checkJSON(top, 0..<top.count, line: topLine, what: "value")
            let whole = 0..<top.count
            if JSONPeek.valueRange(of: "transactionTime", in: top, range: whole) != nil,
               JSONPeek.valueRange(of: "output", in: top, range: whole) != nil {
                // A Bulk Data $export manifest lies beside the NDJSON files: nothing to import.
                skipped["Bulk Data manifest", default: 0] += 1
                return
            }
            throw FHIRReadError(line: topLine, "a JSON object without resourceType: not a FHIR resource")
        }
        guard type == "Bundle" else {
            try readResource(top, 0..<top.count, line: topLine, fullUrl: nil, emit: emit)
            return
        }
        let bundleType = JSONPeek.stringValue(of: "type", in: top, range: 0..<top.count) ?? "(no type)"
        guard Self.bundleTypes.contains(bundleType) else {
            throw FHIRReadError(line: topLine, "a Bundle of type '\(bundleType)': tend reads \(Self.bundleTypes.sorted().joined(separator: ", ")) Bundles")
        }
        bundles[bundleType, default: 0] += 1
        if streamedEntries { return }
        // `entry` came before `resourceType`: the entries are in `top`; read them now.
        guard let entries = JSONPeek.valueRange(of: "entry", in: top, range: 0..<top.count) else { return }
        var reader = FHIRStreamReader()
        var wrapped = Array(#"{"resourceType":"Bundle","type":"collection","entry":"#.utf8)
        wrapped += top[entries]
        wrapped.append(Self.closeBrace)
        let offset = topLine - 1
        do {
            try reader.feed(wrapped) { item in
                var item = item
                item.line += offset
                try emit(item)
            }
            try reader.finish()
        } catch let error as FHIRReadError {
            throw FHIRReadError(line: error.line + offset, error.message)
        }
        for (k, v) in reader.read { read[k, default: 0] += v }
        for (k, v) in reader.skipped { skipped[k, default: 0] += v }
    }

    private mutating func readResource(_ bytes: [UInt8], _ range: Range<Int>, line: Int, fullUrl: String?,
                                       emit: (FHIRItem) throws -> Void) throws {
        guard let type = JSONPeek.stringValue(of: "resourceType", in: bytes, range: range) else {
            try checkJSON(bytes, range, line: line, what: "resource")
            throw FHIRReadError(line: line, "a resource without resourceType: not FHIR")
        }
        guard FHIRResource.readTypes.contains(type) else {
            try checkJSON(bytes, range, line: line, what: type)
            skipped[type, default: 0] += 1
            return
        }
        let resource: FHIRResource
        do {
            resource = try FHIRResource.decode(type: type, from: Data(bytes[range]), decoder: decoder)
        } catch {
            throw FHIRReadError(line: line, "\(type) is not valid FHIR JSON: \(Self.describe(error))")
        }
        read[type, default: 0] += 1
        try emit(FHIRItem(resource: resource, line: line, fullUrl: fullUrl))
    }

    private func checkJSON(_ bytes: [UInt8], _ range: Range<Int>, line: Int, what: String) throws {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes[range]), options: [.fragmentsAllowed])
        } catch {
            throw FHIRReadError(line: line, "this \(what) is not valid JSON")
        }
    }

    /// A decoding error in words: the field path and what was wrong.
    static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            let text = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "" : "at \(text.hasPrefix(".") ? String(text.dropFirst()) : text): "
        }
        switch error {
        case .typeMismatch(let type, let context): return "\(path(context))expected \(type)"
        case .valueNotFound(let type, let context): return "\(path(context))expected \(type), found null"
        case .keyNotFound(let key, let context): return "\(path(context))missing \(key.stringValue)"
        case .dataCorrupted(let context): return "\(path(context))not valid JSON"
        @unknown default: return "\(error)"
        }
    }
}
