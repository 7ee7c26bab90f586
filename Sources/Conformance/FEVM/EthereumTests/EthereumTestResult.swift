/// How one Ethereum test case ended under the FEVM oracle.
public struct EthereumTestResult: Sendable, Equatable {
    public enum Status: String, Sendable, Comparable {
        case pass, fail, skip, error
        public static func < (a: Status, b: Status) -> Bool { a.rank < b.rank }
        private var rank: Int {
            switch self {
            case .pass: 0
            case .fail: 1
            case .skip: 2
            case .error: 3
            }
        }
    }

    /// The test file, relative to the folder given.
    public var file: String
    public var name: String
    public var status: Status
    /// Why it did not pass (the first differences, the deviation, or the error).
    public var reason: String
    /// For skips: every deviation the reachable code depends on (the first one is counted).
    public var deviations: [EthereumTestDeviation]

    public init(
        file: String, name: String, status: Status, reason: String = "", deviations: [EthereumTestDeviation] = []
    ) {
        self.file = file
        self.name = name
        self.status = status
        self.reason = reason
        self.deviations = deviations
    }
}
