import TendTestSupport
import Foundation
import Testing
import TendDomain
@testable import TendStore

/// The store's own JSON reader reads only the types listed in `StoreJSONOptIn`, and not at all
/// under `TEND_JSON_DECODER=foundation`.
@Suite struct StoreJSONFenceTests {
    /// Records which decoder ran: the store's reader or Foundation's.
    struct DecoderProbe: Decodable, Sendable {
        var decoder: String
        init(from decoder: Decoder) throws {
            self.decoder = decoder is StoreJSONDecoding ? "store reader" : "JSONDecoder"
        }
    }

    @Test func aTypeNotListedIsDecodedByJSONDecoder() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        try store.writeFiles(tester, action: "test.put", at: fixedNow) { change in
            try change.put(Note(text: "one", version: 1), at: "notes/a.json")
            try change.put(Note(text: "two", version: 2), at: "notes/b.json")
        }
        let probes = try store.documents(DecoderProbe.self, at: ["notes/a.json", "notes/b.json"])
        #expect(probes.map(\.decoder) == ["JSONDecoder", "JSONDecoder"])
        // The probe itself tells the two apart.
        #expect(StoreJSONDecoding.decode(DecoderProbe.self, from: Data("{}".utf8))?.decoder == "store reader")
    }

    @Test func onlyListedTypesAreReadAndOnlyUnlessSwitchedOff() {
        for type in [Patient.self, StaffMonthLog.self, SnapshotPart.self, PlanGoals.self] as [any Decodable.Type] {
            let (fast, foundation) = (read(type, .storeReader), read(type, .foundation))
            #expect(fast && !foundation, "\(type)")
        }
        for type in [Note.self, StoreSettings.self, StaffRoster.self, DecoderProbe.self] as [any Decodable.Type] {
            let fast = read(type, .storeReader)
            #expect(!fast, "\(type)")
        }
    }

    private func read<T: Decodable>(_ type: T.Type, _ choice: StoreJSONDecoderChoice) -> Bool {
        StoreJSONDecoding.reads(type, choice: choice)
    }

    @Test func theEnvironmentVariableNamesTheDecoder() {
        #expect(StoreJSONDecoderChoice.named(nil) == .storeReader)
        #expect(StoreJSONDecoderChoice.named("") == .storeReader)
        #expect(StoreJSONDecoderChoice.named("store") == .storeReader)
        #expect(StoreJSONDecoderChoice.named("foundation") == .foundation)
        #expect(StoreJSONDecoderChoice.named("Foundation") == .foundation)
        #expect(StoreJSONDecoderChoice.named("fast") == nil)
        #expect(StoreJSONDecoderChoice.problem(with: "foundation") == nil)
        #expect(StoreJSONDecoderChoice.problem(with: nil) == nil)
        #expect(StoreJSONDecoderChoice.problem(with: "jsondecoder")
            == "TEND_JSON_DECODER=jsondecoder names no decoder (use `foundation`, or `store` for the default); the default is used")
    }
}
