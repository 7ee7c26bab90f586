import Foundation
import IPLD

/// A deterministic partition of a run's vector files into shards of about equal running time.
///
/// Files are weighed by their recorded durations (the sum over their variants in a previous JSON
/// report), or all alike when there is none; a file the record lacks weighs the mean of those it has.
/// Heaviest first, each file goes to the lightest shard so far (lowest index on ties): the classic
/// longest-processing-time rule, within 4/3 of the best possible makespan. Every input is ordered
/// before use, so every shard of a CI matrix computes the same partition.
public struct ShardPlan: Sendable {
    /// Display paths of the files of each shard (index 0 is shard 1), each sorted.
    public let shards: [[String]]
    /// Predicted milliseconds of each shard (file counts when no duration was recorded).
    public let loads: [Double]

    /// Partitions `files` (display paths) into `count` shards.
    public init(files: [String], count: Int, durations: [String: Double] = [:]) {
        let unique = Array(Set(files)).sorted()
        let known = unique.compactMap { durations[$0] }
        let fallback = known.isEmpty ? 1 : known.reduce(0, +) / Double(known.count)
        let weighed = unique.map { (file: $0, weight: durations[$0] ?? fallback) }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.file < $1.file }
        var shards = Array(repeating: [String](), count: max(1, count))
        var loads = Array(repeating: 0.0, count: shards.count)
        for item in weighed {
            let lightest = loads.indices.min { loads[$0] != loads[$1] ? loads[$0] < loads[$1] : $0 < $1 } ?? 0
            shards[lightest].append(item.file)
            loads[lightest] += item.weight
        }
        self.shards = shards.map { $0.sorted() }
        self.loads = loads
    }

    /// Recorded milliseconds per vector file: the sum of its variants' durations in `report`.
    public static func durations(from report: RunReport) -> [String: Double] {
        var out: [String: Double] = [:]
        for result in report.results { out[result.file, default: 0] += ReportFormat.milliseconds(result.durationMs) }
        return out
    }

    /// The files of shard `spec`.
    public func files(of spec: ShardSpec) -> [String] { shards[spec.index - 1] }

    /// A digest of the whole input list, so that merging can tell whether shards split the same run.
    public static func digest(of files: [String]) -> String {
        let joined = Array(Set(files)).sorted().joined(separator: "\n")
        return Blake2b.hash256(Array(joined.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
