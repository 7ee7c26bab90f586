/// Which part of a run this process takes (`--shard K/N`): shard `index` of `count`, 1-based.
public struct ShardSpec: Sendable, Hashable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1, (1...count).contains(index) else { throw .invalidSpec("\(index)/\(count)") }
        self.index = index
        self.count = count
    }

    /// Parses `K/N` with 1 <= K <= N.
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { throw .invalidSpec(text) }
        try self.init(index: k, count: n)
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }
}
