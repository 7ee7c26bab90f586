/// Why a `--compare` value, or a pairing of reports made in different modes, was rejected.
public enum CompareModeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A word that is not `exit`, `return`, `gas`, `state` (or `root`).
    case unknownField(String)
    /// No field at all: a run that compares nothing would pass everything.
    case empty

    public var description: String {
        switch self {
        case .unknownField(let word):
            "unknown --compare field \"\(word)\" (expected a comma-separated subset of exit,return,gas,state)"
        case .empty: "--compare needs at least one of exit,return,gas,state"
        }
    }
}
