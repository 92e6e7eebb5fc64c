import Foundation
import Testing
@testable import TendStore

/// The store's own JSON reader against Foundation's JSONDecoder on generated documents: the
/// real files of every opted-in type, mutated (members removed, duplicated, reordered, added with
/// deep nesting; values replaced by numbers at the limits, strings full of escapes), written in
/// random valid spellings, and some damaged byte by byte (truncated, trailing garbage, invalid
/// UTF-8, lone surrogates, trailing commas, byte-order marks); plus documents of any shape.
///
/// Seeded: `TEND_DIFFERENTIAL_SEED` replays a run, `TEND_DIFFERENTIAL_CASES` sets the cases per
/// type (by default 50 per record type and 200 per shape-free type, about a second in a debug
/// build; e.g. 100000 for a long run). A failure prints the case's seed and the document.
@Suite struct StoreJSONDifferentialTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = environment["TEND_DIFFERENTIAL_SEED"].flatMap { UInt64($0) } ?? 20_261_203
    static let requestedCases = environment["TEND_DIFFERENTIAL_CASES"].flatMap { Int($0) }

    /// One generated document.
    struct Case {
        var bytes: [UInt8]
        /// Whether the bytes are valid JSON (only tree mutations and valid spellings).
        var strict: Bool
        var steps: [String]
    }

    /// The seed of case `index` of kind `kind`: a failure names it.
    static func caseSeed(kind: Int, index: Int) -> UInt64 {
        var mix = SplitMix64(seed: seed ^ (UInt64(kind) << 32) ^ UInt64(index))
        return mix.next()
    }

    /// A document made from `base` (parsed) by the generator seeded with `caseSeed`.
    static func makeCase(from base: JSONTree, caseSeed: UInt64) -> Case {
        var rng = SplitMix64(seed: caseSeed)
        var tree = base
        var steps: [String] = []
        let mutations = rng.pick([0, 0, 1, 1, 1, 2, 3, 5])
        for _ in 0..<mutations { JSONMutation.mutate(&tree, &rng) }
        if mutations > 0 { steps.append("\(mutations) mutation(s)") }
        let spelling = JSONSpelling(whitespace: rng.pick([0, 0, 0.1, 0.5]), escapes: rng.pick([0, 0, 0.05, 0.5]))
        var bytes = spelling.write(tree, using: &rng)
        var strict = true
        if rng.chance(0.25) {
            steps.append(JSONMutation.damage(&bytes, &rng))
            strict = false
        }
        return Case(bytes: bytes, strict: strict, steps: steps)
    }

    /// Runs `cases` documents from `bases` through `compare`; records each disagreement with
    /// what replays it, and returns how the documents fared.
    static func run(_ name: String, kind: Int, cases: Int, bases: [JSONTree], compare: (Data, Bool) -> Outcome) -> [String: Int] {
        var tally: [String: Int] = [:]
        var reported = 0
        for index in 0..<cases {
            let caseSeed = caseSeed(kind: kind, index: index)
            let base = bases[index % bases.count]
            let generated = makeCase(from: base, caseSeed: caseSeed)
            let outcome = compare(Data(generated.bytes), generated.strict)
            switch outcome {
            case .same: tally["same", default: 0] += 1
            case .bothFailed: tally["both failed", default: 0] += 1
            case .handedOver: tally["handed over", default: 0] += 1
            case .disagreement(let what):
                tally["disagreement", default: 0] += 1
                reported += 1
                if reported <= 5 {
                    let text = String(decoding: generated.bytes, as: UTF8.self)
                    Issue.record("""
                        \(name): \(what)
                          replay: TEND_DIFFERENTIAL_SEED=\(seed) case \(index) (case seed \(caseSeed)), base \(index % bases.count), \
                        \(generated.steps.joined(separator: ", "))
                          document (\(generated.bytes.count) bytes): \(text.debugDescription.prefix(800))
                        """)
                }
            }
        }
        return tally
    }

    @Test func theEnvironmentVariablesAreNumbersWhenSet() {
        for name in ["TEND_DIFFERENTIAL_SEED", "TEND_DIFFERENTIAL_CASES"] {
            if let value = Self.environment[name] { #expect(UInt64(value) != nil, "\(name)=\(value) is not a whole number") }
        }
    }

    @Test func everyOptedInTypeHasDocuments() throws {
        let corpus = try DifferentialCorpus.shared.get()
        for type in StoreJSONOptIn.types {
            let kind = corpus.kinds.first { $0.type == type }
            #expect(kind != nil, "\(type) reads with the store's reader but has no documents in DifferentialCorpus")
            #expect(kind?.documents.isEmpty == false, "\(type): no documents")
        }
    }

    @Test func theRecordsAsWrittenTakeTheFastPath() throws {
        for kind in try DifferentialCorpus.shared.get().kinds {
            for (n, data) in kind.documents.enumerated() {
                #expect(kind.compare(data, true) == .same, "\(kind.name) document \(n)")
            }
        }
    }

    @Test func generatedRecordsDecodeAlike() throws {
        for (n, kind) in try DifferentialCorpus.shared.get().kinds.enumerated() {
            let bases = try kind.documents.map { try #require(JSONTree.parse($0), "\(kind.name): a corpus file did not parse") }
            let tally = Self.run(kind.name, kind: n, cases: Self.requestedCases ?? 50, bases: bases, compare: kind.compare)
            // Not vacuous: some documents still decode, others fail in both.
            #expect(tally["same", default: 0] > 0 && tally["both failed", default: 0] > 0, "\(kind.name): \(tally)")
        }
    }

    @Test func documentsOfAnyShapeDecodeAlike() {
        var rng = SplitMix64(seed: Self.seed)
        let bases = (0..<40).map { _ in JSONMutation.tree(&rng, depth: 4) }
        let tally = Self.run("AnyJSON", kind: 100, cases: Self.requestedCases ?? 200, bases: bases) { compareDecoders(AnyJSON.self, $0, strictJSON: $1) }
        #expect(tally["same", default: 0] > 0 && tally["both failed", default: 0] > 0, "\(tally)")
    }

    @Test func numbersAtTheLimitsDecodeAlike() {
        var rng = SplitMix64(seed: Self.seed ^ 0x5CA1A25)
        let bases: [JSONTree] = (0..<40).map { _ in
            .object(Scalars.keys.filter { _ in rng.chance(0.5) }.map { key in
                let value: JSONTree = switch key {
                case "text": .string(JSONMutation.string(&rng))
                case "flag": .bool(rng.chance(0.5))
                case "list": .array((0..<3).map { _ in .number(rng.pick(JSONMutation.numbers)) })
                default: rng.chance(0.9) ? .number(rng.pick(JSONMutation.numbers)) : JSONMutation.tree(&rng, depth: 1)
                }
                return JSONTree.Member(key: key, value: value)
            })
        }
        let tally = Self.run("Scalars", kind: 101, cases: Self.requestedCases ?? 200, bases: bases) { compareDecoders(Scalars.self, $0, strictJSON: $1) }
        #expect(tally["same", default: 0] > 0 && tally["both failed", default: 0] > 0, "\(tally)")
    }
}
