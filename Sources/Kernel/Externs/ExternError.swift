/// A chain capability the externs were asked for.
public enum ExternCapability: Sendable, Equatable, CustomStringConvertible {
    case proof(ProofKind)
    case batchSeals
    case consensusFault
    case tipsetCID

    public var description: String {
        switch self {
        case .proof(let kind): "\(kind.rawValue) verification"
        case .batchSeals: "batch seal verification"
        case .consensusFault: "consensus-fault verification"
        case .tipsetCID: "tipset CIDs"
        }
    }
}

/// Why the externs could not answer.
public enum ExternError: Error, Sendable, Equatable, CustomStringConvertible {
    /// This build cannot provide the capability at all.
    case unsupported(ExternCapability)
    /// The capability exists but failed for this request.
    case failed(ExternCapability, String)

    public var description: String {
        switch self {
        case .unsupported(let what): "\(what) is not supported by these externs"
        case .failed(let what, let why): "\(what) failed: \(why)"
        }
    }
}
