/// Actor debugging: logs and artifacts, which only a debug-enabled machine keeps.
public protocol DebugOps {
    /// Whether debugging is on (never, in this VM: execution results must not depend on it).
    var debugEnabled: Bool { get }
    /// A log line from the actor.
    func log(_ message: [UInt8])
    /// A named artifact from the actor.
    func storeArtifact(name: [UInt8], data: [UInt8])
}
