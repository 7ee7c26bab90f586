/// Why a vector could not be diagnosed.
public enum DiagnosisError: Error, CustomStringConvertible, Equatable {
    case unreadable(path: String, reason: String)
    case notAVector(String)
    case noSuchVariant(String, available: [String])
    case unsupportedNetwork(UInt32)
    case preparation(String)
    case missingBundle(String)
    case machine(String)
    case message(index: Int, reason: String)
    case noSuchMessage(Int, count: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .notAVector(let why): "not a message vector: \(why)"
        case .noSuchVariant(let id, let available):
            "no variant \(id) (the vector has \(available.joined(separator: ", ")))"
        case .unsupportedNetwork(let nv): "network version \(nv) is not supported"
        case .preparation(let why): "cannot prepare the vector: \(why)"
        case .missingBundle(let why): "bundle missing: \(why)"
        case .machine(let why): "cannot build the machine: \(why)"
        case .message(let index, let reason): "message \(index) could not be applied: \(reason)"
        case .noSuchMessage(let index, let count): "no message \(index) (the vector has \(count))"
        }
    }
}
