/// Why shards could not be planned or their reports merged.
public enum ShardError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--shard` is not `K/N` with 1 <= K <= N.
    case invalidSpec(String)
    /// A report given to `merge` was not written by a `--shard` run.
    case notAShardReport(source: String)
    /// Reports of different partitions (another N, other inputs, filter or comparison mode).
    case mismatchedPartition(source: String, what: String)
    /// The same shard given twice.
    case duplicateShard(index: Int, sources: [String])
    /// Shards of the partition that no report was given for.
    case missingShards([Int])
    /// A vector file in more than one report.
    case duplicatedVectors([String])
    /// Vector files of the partition that no report has results for.
    case missingVectors([String])

    public var description: String {
        switch self {
        case .invalidSpec(let text): "invalid --shard \"\(text)\": expected K/N with 1 <= K <= N"
        case .notAShardReport(let source): "\(source) is not the JSON report of a --shard run"
        case .mismatchedPartition(let source, let what): "\(source) belongs to another partition: \(what)"
        case .duplicateShard(let index, let sources): "shard \(index) given twice: \(sources.joined(separator: ", "))"
        case .missingShards(let indexes): "missing shard report(s): \(indexes.map(String.init).joined(separator: ", "))"
        case .duplicatedVectors(let files): "vector files in more than one shard: \(Self.list(files))"
        case .missingVectors(let files): "vector files in no shard report: \(Self.list(files))"
        }
    }

    private static func list(_ files: [String]) -> String {
        let shown = files.prefix(10).joined(separator: ", ")
        return files.count > 10 ? "\(shown) and \(files.count - 10) more" : shown
    }
}
