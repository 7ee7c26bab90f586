import FVMShared

/// A block held by an invocation: codec and bytes (its CID is computed only when linked).
public struct IPLDBlock: Sendable, Equatable {
    public var codec: UInt64
    public var data: [UInt8]

    public init(codec: UInt64, data: [UInt8]) {
        self.codec = codec
        self.data = data
    }
}

/// The result of sending a message to an actor.
public struct InvocationResult: Sendable, Equatable {
    public var exitCode: ExitCode
    public var value: IPLDBlock?

    public init(exitCode: ExitCode, value: IPLDBlock? = nil) {
        self.exitCode = exitCode
        self.value = value
    }
}
