extension InvocationKernel: DebugOps {
    public var debugEnabled: Bool { false }

    /// Debug is off, so actor logs are dropped.
    public func log(_ message: [UInt8]) {}

    /// Debug is off, so actor artifacts are dropped.
    public func storeArtifact(name: [UInt8], data: [UInt8]) {}
}
