/// Why an Ethereum test case could not be run: its JSON is not the shape a filled blockchain
/// test has, or the harness could not build its world. Each is that case's error, never a crash.
public struct EthereumTestError: Error, Equatable, CustomStringConvertible {
    /// Where in the case (`pre.0x…balance`, `blocks[0].transactions`, …).
    public let field: String
    public let reason: String

    public init(_ field: String, _ reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason)" }
}
