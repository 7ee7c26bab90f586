/// A part of a vector's expectations that a run can compare or ignore.
public enum ComparedField: String, Sendable, CaseIterable, Comparable {
    /// Each receipt's exit code.
    case exit
    /// Each receipt's return bytes.
    case `return`
    /// Each receipt's gas used.
    case gas
    /// The post-state root CID.
    case state

    /// Words a user may write for the field; `root` is another name for the state root.
    public init?(word: String) {
        if word == "root" {
            self = .state
        } else {
            self.init(rawValue: word)
        }
    }

    /// Human-readable name for reports.
    public var title: String {
        switch self {
        case .exit: "exit code"
        case .return: "return data"
        case .gas: "gas used"
        case .state: "post-state root"
        }
    }

    public static func < (lhs: ComparedField, rhs: ComparedField) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
