import Actors
import Foundation
import IPLD
import Testing

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

    /// True when the official vectors are here.
    public static var vectorsPresent: Bool { directory != nil }

    /// Why the vector-dependent tests are skipped (Swift Testing shows it with each skip).
    public static let vectorsMissing: Comment =
        "official vectors not found (vectors/fvm-test-vectors or ../shared/vectors/fvm-test-vectors): run `make vectors`"

    /// True when `make test` asks for the real gate: absent data is then a failure, not a skip.
    public static var required: Bool {
        ProcessInfo.processInfo.environment["FVM_REQUIRE_CORPUS"].map { !$0.isEmpty && $0 != "0" } ?? false
    }

    /// Every vector file, sorted.
    public static let files: [URL] = {
        guard let dir = directory, let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
        else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }()

    /// The raw pieces of a vector the IPLD-level tests need.
    public struct RawVector: @unchecked Sendable {
        public let url: URL
        public let json: [String: Any]
        public var id: String { url.deletingPathExtension().lastPathComponent }
        public var nv: Int {
            ((json["preconditions"] as? [String: Any])?["variants"] as? [[String: Any]])?.first?["nv"] as? Int ?? 0
        }

        public var carBytes: [UInt8] {
            get throws {
                guard let text = json["car"] as? String, let data = Data(base64Encoded: text) else {
                    throw CorpusError.badField("car")
                }
                return try Gzip.decompress([UInt8](data))
            }
        }

        public var messageBytes: [[UInt8]] {
            ((json["apply_messages"] as? [[String: Any]]) ?? []).compactMap {
                ($0["bytes"] as? String).flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) }
            }
        }

        public func root(_ which: String) -> CID? {
            guard let section = json[which] as? [String: Any], let tree = section["state_tree"] as? [String: Any],
                let link = tree["root_cid"] as? [String: Any], let text = link["/"] as? String
            else { return nil }
            return try? CID(string: text)
        }
    }

    public enum CorpusError: Error { case badField(String) }

    /// Loads a vector file's JSON.
    public static func load(_ url: URL) throws -> RawVector {
        let data = try Data(contentsOf: url)
        guard let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CorpusError.badField("top level")
        }
        return RawVector(url: url, json: obj)
    }

    /// A bundle file from the places the runner searches (relative to the package root), if any.
    public static func bundle(_ name: String) -> URL? {
        BundleLocator(explicit: nil, workingDirectory: packageRoot.path).locate(name).map { URL(fileURLWithPath: $0) }
    }

    /// True when both bundles the official vectors need are found.
    public static var bundlesPresent: Bool { [OfficialBundle.v9, .v10].allSatisfy { bundle($0.name) != nil } }

    /// True when every pinned bundle (v9 ... v18) is found.
    public static var allBundlesPresent: Bool { OfficialBundle.all.allSatisfy { bundle($0.name) != nil } }

    /// Why the tests over every pinned bundle are skipped.
    public static let allBundlesMissing: Comment =
        "not every pinned actor bundle v9.tar.zst ... v18.tar.zst was found ($FVM_BUNDLES, vectors/bundles, the user cache, ../shared/bundles)"

    /// Why the bundle-dependent tests are skipped.
    public static let bundlesMissing: Comment =
        "actor bundles v9.tar.zst / v10.tar.zst not found ($FVM_BUNDLES, vectors/bundles, the user cache, ../shared/bundles): run `make bundles`"
}
