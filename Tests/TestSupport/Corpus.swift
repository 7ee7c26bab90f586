import Foundation
import IPLD

/// The official vectors and bundles, found relative to this package, for real-data tests.
public enum Corpus {
    /// Package root (two levels above Tests/TestSupport).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The corpus folder: `vectors/fvm-test-vectors/corpus` or `../shared/vectors/fvm-test-vectors/corpus`.
    public static let directory: URL? = {
        let candidates = [
            packageRoot.appendingPathComponent("vectors/fvm-test-vectors/corpus"),
            packageRoot.deletingLastPathComponent().appendingPathComponent("shared/vectors/fvm-test-vectors/corpus"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    /// Prints one visible line explaining why a real-data test did not run.
    public static func skipNotice(_ what: String) {
        print("SKIP \(what): official vectors not found (vectors/fvm-test-vectors or ../shared/vectors/fvm-test-vectors)")
    }

    /// Every vector file, sorted.
    public static let files: [URL] = {
        guard let dir = directory, let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }()

    /// The raw pieces of a vector the IPLD-level tests need.
    public struct RawVector: @unchecked Sendable {
        public let url: URL
        public let json: [String: Any]
        public var id: String { url.deletingPathExtension().lastPathComponent }
        public var nv: Int { ((json["preconditions"] as? [String: Any])?["variants"] as? [[String: Any]])?.first?["nv"] as? Int ?? 0 }

        public var carBytes: [UInt8] {
            get throws {
                guard let text = json["car"] as? String, let data = Data(base64Encoded: text) else { throw CorpusError.badField("car") }
                return try Gzip.decompress([UInt8](data))
            }
        }

        public var messageBytes: [[UInt8]] {
            ((json["apply_messages"] as? [[String: Any]]) ?? []).compactMap { ($0["bytes"] as? String).flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) } }
        }

        public func root(_ which: String) -> CID? {
            guard let section = json[which] as? [String: Any], let tree = section["state_tree"] as? [String: Any],
                  let link = tree["root_cid"] as? [String: Any], let text = link["/"] as? String else { return nil }
            return try? CID(string: text)
        }
    }

    public enum CorpusError: Error { case badField(String) }

    /// Loads a vector file's JSON.
    public static func load(_ url: URL) throws -> RawVector {
        let data = try Data(contentsOf: url)
        guard let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw CorpusError.badField("top level") }
        return RawVector(url: url, json: obj)
    }

    /// A bundle file from the usual places ($FVM_BUNDLES, vectors/bundles, the user cache), if any.
    public static func bundle(_ name: String) -> URL? {
        let env = ProcessInfo.processInfo.environment
        var dirs: [String] = []
        if let d = env["FVM_BUNDLES"] { dirs.append(d) }
        dirs.append(packageRoot.appendingPathComponent("vectors/bundles").path)
        let cache = env["XDG_CACHE_HOME"] ?? (NSHomeDirectory() + "/.cache")
        dirs.append(cache + "/fvm-conformance/bundles")
        return dirs.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }.first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
