/// What a shard's JSON report records about the partition it belongs to, so that `merge` can check
/// that its inputs are every shard of one run, each exactly once.
public struct ShardRecord: Sendable, Equatable {
    public var spec: ShardSpec
    /// Number of vector files in the whole run (every shard).
    public var totalFiles: Int
    /// Digest of the whole run's file list (`ShardPlan.digest`).
    public var inputsDigest: String
    /// This shard's vector files (display paths, sorted).
    public var files: [String]
    /// The run's `--filter`, which decides which baseline vectors the merged run answers for.
    public var filter: String?

    public init(spec: ShardSpec, totalFiles: Int, inputsDigest: String, files: [String], filter: String?) {
        self.spec = spec
        self.totalFiles = totalFiles
        self.inputsDigest = inputsDigest
        self.files = files
        self.filter = filter
    }
}
