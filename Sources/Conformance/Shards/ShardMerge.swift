/// Joins the JSON reports of every shard of a run into the report of the whole run.
public enum ShardMerge {
    /// One shard's report and where it came from (for messages).
    public struct Input: Sendable {
        public var source: String
        public var report: RunReport

        public init(source: String, report: RunReport) {
            self.source = source
            self.report = report
        }
    }

    /// The whole run: every result of every shard, the slowest shard's wall time, the shards' mode.
    /// Throws unless the inputs are each shard of one partition exactly once, covering every file once.
    public static func merge(_ inputs: [Input]) throws(ShardError) -> RunReport {
        guard let first = inputs.first else { throw .missingShards([1]) }
        guard let reference = first.report.shard else { throw .notAShardReport(source: first.source) }
        try checkPartition(inputs, reference: reference, compare: first.report.compare)
        try checkCoverage(inputs, reference: reference)
        return RunReport(
            results: inputs.flatMap(\.report.results),
            wallTimeSeconds: inputs.map(\.report.wallTimeSeconds).max() ?? 0,
            compare: first.report.compare)
    }

    /// The filter the shards were run with (they all agree once merged).
    public static func filter(of inputs: [Input]) -> String? { inputs.first?.report.shard?.filter }

    private static func checkPartition(_ inputs: [Input], reference: ShardRecord, compare: CompareMode)
        throws(ShardError)
    {
        var byIndex: [Int: [String]] = [:]
        for input in inputs {
            guard let shard = input.report.shard else { throw .notAShardReport(source: input.source) }
            func mismatch(_ what: String) -> ShardError { .mismatchedPartition(source: input.source, what: what) }
            if shard.spec.count != reference.spec.count {
                throw mismatch("\(shard.spec.count) shards, not \(reference.spec.count)")
            }
            if shard.inputsDigest != reference.inputsDigest || shard.totalFiles != reference.totalFiles {
                throw mismatch("other vector files (\(shard.totalFiles), not \(reference.totalFiles))")
            }
            if shard.filter != reference.filter { throw mismatch("another --filter") }
            if input.report.compare != compare {
                throw mismatch("--compare \(input.report.compare), not \(compare)")
            }
            byIndex[shard.spec.index, default: []].append(input.source)
        }
        if let (index, sources) = byIndex.filter({ $0.value.count > 1 }).min(by: { $0.key < $1.key }) {
            throw .duplicateShard(index: index, sources: sources)
        }
        let missing = (1...reference.spec.count).filter { byIndex[$0] == nil }
        if !missing.isEmpty { throw .missingShards(missing) }
    }

    private static func checkCoverage(_ inputs: [Input], reference: ShardRecord) throws(ShardError) {
        var seen: [String: Int] = [:]
        for input in inputs {
            let answered = Set(input.report.results.map(\.file))
            let listed = input.report.shard?.files ?? []
            let unanswered = listed.filter { !answered.contains($0) }
            if !unanswered.isEmpty { throw .missingVectors(unanswered) }
            for file in answered.union(listed) { seen[file, default: 0] += 1 }
        }
        let duplicated = seen.filter { $0.value > 1 }.keys.sorted()
        if !duplicated.isEmpty { throw .duplicatedVectors(duplicated) }
        if seen.count < reference.totalFiles {
            throw .missingVectors(["\(reference.totalFiles - seen.count) of the run's \(reference.totalFiles) files"])
        }
    }
}
