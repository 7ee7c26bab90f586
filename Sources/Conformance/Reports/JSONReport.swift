import Foundation

/// The machine-readable report (`--json`), also the format baselines are read from.
///
/// Layout: `{"compare": ["exit", "return", "gas", "state"], "shard": null | {"index", "count",
/// "total_files", "inputs_digest", "files", "filter"}, "summary": {"total", "pass", "fail", "skip",
/// "error", "xfail", "unexpected_pass", "wall_time_s"}, "results": [{"file", "id", "variant", "nv", "status", "reason", "detail", "duration_ms",
/// "actor", "method", "method_name", "known_failure", "source"}]}`; `method_name` is derived from the actor type,
/// method number and network version (null when unknown), so it is written but never read back. Every key is always present (null when unknown), keys
/// are sorted and results are in canonical order, so two runs differ only where results differ.
public enum JSONReport {
    /// The report as pretty-printed UTF-8 JSON with a trailing newline.
    public static func render(_ report: RunReport) throws(ReportError) -> Data {
        let document = Document(
            compare: report.compare.orderedFields.map(\.rawValue), shard: report.shard.map(Shard.init),
            summary: Summary(StatusCounts(report.results), wallTime: report.wallTimeSeconds),
            results: ReportFormat.canonical(report.results).map(Entry.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(document) + Data("\n".utf8)
        } catch {
            // Not expected (durations are sanitized to finite values), but never worth a crash.
            throw .unencodable(what: "JSON report: \(ReportFiles.describe(error))")
        }
    }

    /// Writes the report to `url`, creating its folder.
    public static func write(_ report: RunReport, to url: URL) throws(ReportError) {
        try ReportFiles.write(try render(report), to: url)
    }

    /// Reads a report written by `write` (or by an earlier version that lacked optional keys: no
    /// `compare` means every field was compared; no wall time reads back as the sum of the durations).
    public static func read(from url: URL) throws(ReportError) -> RunReport {
        try decode(ReportFiles.read(url), source: url.path)
    }

    /// Parses report JSON; `source` names the input in errors.
    public static func decode(_ data: Data, source: String) throws(ReportError) -> RunReport {
        let document: InputDocument
        do {
            document = try JSONDecoder().decode(InputDocument.self, from: data)
        } catch let error as DecodingError {
            throw .malformedJSONReport(path: source, what: describe(error))
        } catch {
            throw .malformedJSONReport(path: source, what: ReportFiles.describe(error))
        }
        var results: [VectorResult] = []
        results.reserveCapacity(document.results.count)
        for (index, entry) in document.results.enumerated() {
            results.append(try entry.result(index: index, source: source))
        }
        let wallTime =
            document.summary?.wall_time_s ?? results.reduce(0) { $0 + ReportFormat.seconds($1.durationMs) }
        return RunReport(
            results: results, wallTimeSeconds: wallTime, compare: try compareMode(document.compare, source: source),
            shard: try document.shard.map { shard throws(ReportError) in try shard.record(source: source) })
    }

    private static func compareMode(_ words: [String]?, source: String) throws(ReportError) -> CompareMode {
        guard let words else { return .all }
        var fields: Set<ComparedField> = []
        for word in words {
            guard let field = ComparedField(rawValue: word) else {
                throw .malformedJSONReport(path: source, what: "compare: \"\(word)\" is not a compared field")
            }
            fields.insert(field)
        }
        do {
            return try CompareMode(fields)
        } catch {
            throw .malformedJSONReport(path: source, what: "compare: \(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "top level" : String(keys.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context)
            return "\(at == "top level" ? "" : at + ".")\(key.stringValue): missing"
        case .typeMismatch(let type, let context): return "\(path(context)): expected \(type)"
        case .valueNotFound(let type, let context): return "\(path(context)): expected \(type), found null"
        case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return String(describing: error)
        }
    }

    // Encoding is spelled out because synthesized conformances omit nil values, and a report must keep
    // every key for its consumers.
    private struct Document: Encodable {
        var compare: [String]
        var shard: Shard?
        var summary: Summary
        var results: [Entry]

        enum CodingKeys: String, CodingKey { case compare, shard, summary, results }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(compare, forKey: .compare)
            try c.encode(shard, forKey: .shard)
            try c.encode(summary, forKey: .summary)
            try c.encode(results, forKey: .results)
        }
    }

    /// A shard's record, as written and read.
    private struct Shard: Codable {
        var index, count, total_files: Int
        var inputs_digest: String
        var files: [String]
        var filter: String?

        init(_ record: ShardRecord) {
            index = record.spec.index
            count = record.spec.count
            total_files = record.totalFiles
            inputs_digest = record.inputsDigest
            files = record.files
            filter = record.filter
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(index, forKey: .index)
            try c.encode(count, forKey: .count)
            try c.encode(total_files, forKey: .total_files)
            try c.encode(inputs_digest, forKey: .inputs_digest)
            try c.encode(files, forKey: .files)
            try c.encode(filter, forKey: .filter)
        }

        func record(source: String) throws(ReportError) -> ShardRecord {
            do {
                return ShardRecord(
                    spec: try ShardSpec(index: index, count: count), totalFiles: total_files,
                    inputsDigest: inputs_digest, files: files, filter: filter)
            } catch {
                throw .malformedJSONReport(path: source, what: "shard: \(error)")
            }
        }
    }

    private struct Summary: Encodable {
        var total, pass, fail, skip, error, xfail, unexpected_pass: Int
        var wall_time_s: Double

        init(_ counts: StatusCounts, wallTime: Double) {
            wall_time_s = ReportFormat.milliseconds(wallTime)
            total = counts.total
            pass = counts.pass
            fail = counts.fail
            skip = counts.skip
            error = counts.error
            xfail = counts.expectedFailure
            unexpected_pass = counts.unexpectedPass
        }
    }

    /// One result on the wire, both ways: every key is written (null when unknown); on reading,
    /// `method_name` is ignored (it is derived) and a missing `source` means the official corpus,
    /// which is all that reports from before the scenario corpus held.
    private struct Entry: Codable {
        var file: String
        var id: String
        var variant: String?
        var nv: Int?
        var status: String
        var reason: String?
        var detail: String?
        var duration_ms: Double?
        var actor: String?
        var method: UInt64?
        var method_name: String?
        var known_failure: String?
        var source: String?

        init(_ result: VectorResult) {
            file = result.file
            id = result.id
            variant = result.variant
            nv = result.nv
            status = result.status.rawValue
            reason = result.reason
            detail = result.detail
            duration_ms = ReportFormat.milliseconds(result.durationMs)
            actor = result.actor
            method = result.method
            method_name = result.method.flatMap { MethodNames.name(actor: result.actor, method: $0, nv: result.nv) }
            known_failure = result.knownFailure
            source = result.source.rawValue
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(id, forKey: .id)
            try c.encode(variant, forKey: .variant)
            try c.encode(nv, forKey: .nv)
            try c.encode(status, forKey: .status)
            try c.encode(reason, forKey: .reason)
            try c.encode(detail, forKey: .detail)
            try c.encode(duration_ms, forKey: .duration_ms)
            try c.encode(actor, forKey: .actor)
            try c.encode(method, forKey: .method)
            try c.encode(method_name, forKey: .method_name)
            try c.encode(known_failure, forKey: .known_failure)
            try c.encode(source, forKey: .source)
        }

        /// The result this entry describes; `index` and `path` place a bad value in the error.
        func result(index: Int, source path: String) throws(ReportError) -> VectorResult {
            guard let status = VectorStatus(rawValue: status) else {
                let known = VectorStatus.allCases.map(\.rawValue).joined(separator: ", ")
                throw .malformedJSONReport(
                    path: path, what: "results[\(index)].status: \"\(self.status)\" is not one of \(known)")
            }
            var origin = VectorSource.official
            if let source {
                guard let named = VectorSource(rawValue: source) else {
                    let known = VectorSource.allCases.map(\.rawValue).joined(separator: ", ")
                    throw .malformedJSONReport(
                        path: path, what: "results[\(index)].source: \"\(source)\" is not one of \(known)")
                }
                origin = named
            }
            return VectorResult(
                file: file, id: id, variant: variant, nv: nv, status: status, reason: reason, detail: detail,
                durationMs: duration_ms ?? 0, actor: actor, method: method, knownFailure: known_failure,
                source: origin)
        }
    }

    private struct InputDocument: Decodable {
        var compare: [String]?
        var shard: Shard?
        var summary: InputSummary?
        var results: [Entry]
    }

    private struct InputSummary: Decodable {
        var wall_time_s: Double?
    }
}
