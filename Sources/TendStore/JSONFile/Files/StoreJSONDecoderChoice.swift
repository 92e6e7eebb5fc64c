import Foundation

/// Which decoder reads the record types that opt in to the store's own JSON reader
/// (``StoreJSONOptIn``): that reader (the default) or, for diagnosis, Foundation's `JSONDecoder`
/// for every type, chosen by the environment variable `TEND_JSON_DECODER=foundation`.
public enum StoreJSONDecoderChoice: Equatable, Sendable {
    /// The store's reader for the opted-in types, `JSONDecoder` for the rest (the default).
    case storeReader
    /// `JSONDecoder` for every type.
    case foundation

    /// The environment variable that chooses.
    public static let environmentVariable = "TEND_JSON_DECODER"

    /// The choice a value of the variable names: unset or empty and `store` mean the store's
    /// reader, `foundation` means JSONDecoder (either in any case); nil for anything else.
    public static func named(_ value: String?) -> StoreJSONDecoderChoice? {
        switch value?.lowercased() {
        case nil, "", "store": return .storeReader
        case "foundation": return .foundation
        default: return nil
        }
    }

    /// This process's choice, read once from the environment; a value it does not know leaves
    /// the default (``environmentProblem`` words it for the command line to show).
    public static let current: StoreJSONDecoderChoice = named(ProcessInfo.processInfo.environment[environmentVariable]) ?? .storeReader

    /// A message when the variable holds a value that names no decoder, else nil.
    public static var environmentProblem: String? {
        problem(with: ProcessInfo.processInfo.environment[environmentVariable])
    }

    /// The message for a value of the variable that names no decoder, else nil.
    public static func problem(with value: String?) -> String? {
        guard named(value) == nil, let value else { return nil }
        return "\(environmentVariable)=\(value) names no decoder (use `foundation`, or `store` for the default); the default is used"
    }
}
