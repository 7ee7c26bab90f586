import Foundation
import Kernel

/// Writes `<vector id>.jsonl` gas traces in the shape of the oracle traces (milligas per charge).
public struct TraceWriter: Sendable {
    public let directory: URL

    public init(directory: URL) throws {
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// One JSON object per charge, in charge order.
    public static func render(_ entries: [GasTraceEntry]) -> String {
        var out = ""
        for e in entries {
            let actor = e.frame.actorID.map(String.init) ?? "null"
            let method = e.frame.method.map(String.init) ?? "null"
            // Names of actor-requested charges come from actor memory: any character may appear.
            out +=
                "{\"name\": \(JSONWriter.quoted(e.name)), \"compute_gas\": \(e.compute.milligas), \"storage_gas\": \(e.other.milligas), "
            out += "\"total_milligas_after\": \(e.totalUsedAfter.milligas), \"depth\": \(e.frame.depth), "
            out += "\"actor_id\": \(actor), \"method\": \(method)}\n"
        }
        return out
    }

    /// Writes the trace of one vector; failures to write are reported on stderr, not fatal.
    public func write(id: String, entries: [GasTraceEntry]) {
        let url = directory.appendingPathComponent(id + ".jsonl")
        do {
            try Data(Self.render(entries).utf8).write(to: url)
        } catch {
            FileHandle.standardError.write(Data("warning: cannot write trace \(url.path): \(error)\n".utf8))
        }
    }
}
