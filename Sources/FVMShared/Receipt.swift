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
    public static func < (a: NetworkVersion, b: NetworkVersion) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "nv\(rawValue)" }
}
