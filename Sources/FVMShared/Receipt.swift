import IPLD

/// The outcome of applying a message.
public struct Receipt: Sendable, Equatable {
    public var exitCode: ExitCode
    public var returnData: [UInt8]
    public var gasUsed: UInt64
    /// Root of the events AMT (nv18), nil when no event was emitted or before nv18.
    public var eventsRoot: CID?

    public init(exitCode: ExitCode, returnData: [UInt8], gasUsed: UInt64, eventsRoot: CID? = nil) {
        self.exitCode = exitCode
        self.returnData = returnData
        self.gasUsed = gasUsed
        self.eventsRoot = eventsRoot
    }
}

/// Network versions this VM knows.
public struct NetworkVersion: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let v17 = NetworkVersion(rawValue: 17)
    public static let v18 = NetworkVersion(rawValue: 18)
    public static let v19 = NetworkVersion(rawValue: 19)
    public static let v20 = NetworkVersion(rawValue: 20)
    public static let v21 = NetworkVersion(rawValue: 21)
    public static let v22 = NetworkVersion(rawValue: 22)
    public static let v23 = NetworkVersion(rawValue: 23)
    public static let v24 = NetworkVersion(rawValue: 24)
    public static let v25 = NetworkVersion(rawValue: 25)
    public static let v26 = NetworkVersion(rawValue: 26)
    public static let v27 = NetworkVersion(rawValue: 27)
    public static let v28 = NetworkVersion(rawValue: 28)
    public static func < (a: NetworkVersion, b: NetworkVersion) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "nv\(rawValue)" }
}
