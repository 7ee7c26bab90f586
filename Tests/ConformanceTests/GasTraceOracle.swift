import Foundation
import Kernel

/// The independent executor's per-charge traces (`../shared/traces/<id>.jsonl`), compared charge
/// by charge with ours: zero charges dropped on both sides and `wasm_memory_grow` folded into the
/// `wasm_exec` before it, as the oracle's own diff tool does.
struct GasTraceOracle: Sendable {
    struct Charge: Equatable {
        var name: String
        var compute: Int64
        var storage: Int64
    }

    let directory: URL

    /// The oracle folder beside the package, when present.
    static func beside(_ packageRoot: URL) -> GasTraceOracle? {
        let dir = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/traces")
        return FileManager.default.fileExists(atPath: dir.path) ? GasTraceOracle(directory: dir) : nil
    }

    /// The oracle's charges for vector `id`, nil when it has no trace for it.
    func charges(for id: String) throws -> [Charge]? {
        let url = directory.appendingPathComponent(id + ".jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        var out: [Charge] = []
        for line in text.split(separator: "\n") where !line.isEmpty {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            out.append(
                Charge(
                    name: object["name"] as? String ?? "",
                    compute: (object["compute_gas"] as? NSNumber)?.int64Value ?? 0,
                    storage: (object["storage_gas"] as? NSNumber)?.int64Value ?? 0))
        }
        return Self.normalised(out)
    }

    static func charges(of entries: [GasTraceEntry]) -> [Charge] {
        normalised(
            entries.map {
                Charge(
                    name: $0.name, compute: Int64(clamping: $0.compute.milligas),
                    storage: Int64(clamping: $0.other.milligas))
            })
    }

    static func normalised(_ charges: [Charge]) -> [Charge] {
        var out: [Charge] = []
        for c in charges where c.compute + c.storage != 0 {
            if c.name == "wasm_memory_grow", let last = out.last, last.name == "wasm_exec" {
                out[out.count - 1].compute += c.compute
                continue
            }
            out.append(
                c.name == "wasm_memory_grow" ? Charge(name: "wasm_exec", compute: c.compute, storage: c.storage) : c)
        }
        return out
    }

    /// The first charge where `ours` leaves the oracle, nil when they agree.
    static func firstDivergence(oracle: [Charge], ours: [Charge]) -> String? {
        for i in 0..<max(oracle.count, ours.count) {
            let a = i < oracle.count ? oracle[i] : nil
            let b = i < ours.count ? ours[i] : nil
            if a != b {
                return "charge #\(i): oracle \(a.map { "\($0)" } ?? "<end>"), ours \(b.map { "\($0)" } ?? "<end>")"
            }
        }
        return nil
    }
}
