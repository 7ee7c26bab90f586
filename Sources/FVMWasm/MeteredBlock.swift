/// A run of instructions charged as a whole before its first instruction.
public struct MeteredBlock: Sendable, Equatable, CustomStringConvertible {
    /// Index of the first instruction in the (post-stack-limiter) body.
    public var start: Int
    /// Milligas (or rule units).
    public var cost: UInt64

    /// Creates a block.
    public init(start: Int, cost: UInt64) {
        self.start = start
        self.cost = cost
    }

    public var description: String { "(\(start), \(cost))" }
}
