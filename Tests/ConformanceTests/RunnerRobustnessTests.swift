import Conformance
import Foundation
import IPLD
import Testing
import TestSupport

/// Bad inputs become one clear result each; the run goes on and never crashes.
@Suite struct RunnerRobustnessTests {
    /// A scratch folder holding one real vector plus variants of it broken in one way each.
    struct Fixture {
        let dir: URL
        let realID: String

        init() throws {
            let source = try #require(Corpus.files.first { $0.path.contains("fil_9_account/Send") })
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("fvm-robustness-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let text = try String(contentsOf: source, encoding: .utf8)
            realID = source.deletingPathExtension().lastPathComponent
            try text.write(to: dir.appendingPathComponent("real.json"), atomically: true, encoding: .utf8)
            var json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let carBytes = try Gzip.decompress([UInt8](try #require(Data(base64Encoded: json["car"] as! String))))
            let car = try CARFile(bytes: carBytes)

            func write(_ name: String, _ mutate: (inout [String: Any]) throws -> Void) throws {
                var copy = json
                try mutate(&copy)
                try JSONSerialization.data(withJSONObject: copy).write(to: dir.appendingPathComponent(name))
            }
            func carWith(blocks: [(CID, [UInt8])]) -> String {
                var out: [UInt8] = []
                let header = DagCBOR.encode(
                    .makeMap([("roots", .array(car.roots.map { .link($0) })), ("version", .unsigned(1))]))
                Varint.encode(UInt64(header.count), into: &out)
                out += header
                for (cid, data) in blocks {
                    Varint.encode(UInt64(cid.bytes.count + data.count), into: &out)
                    out += cid.bytes + data
                }
                return Data(GzipStored.compress(out)).base64EncodedString()
            }

            try Data(text.utf8.prefix(text.utf8.count / 2)).write(to: dir.appendingPathComponent("truncated.json"))
            try Data("[1, 2, 3]".utf8).write(to: dir.appendingPathComponent("not-a-vector.json"))
            try write("bad-base64.json") { $0["car"] = "!!!not base64!!!" }
            try write("bad-gzip.json") { $0["car"] = Data("plain text, not gzip".utf8).base64EncodedString() }
            try write("wrong-hash.json") { v in
                var blocks = car.blocks.map { ($0.cid, $0.data) }
                blocks[blocks.count - 1].1[0] ^= 0x01
                v["car"] = carWith(blocks: blocks)
            }
            try write("missing-root.json") { v in
                let pre = car.roots[0]
                v["car"] = carWith(blocks: car.blocks.filter { $0.cid != pre }.map { ($0.cid, $0.data) })
            }
            try write("non-canonical-message.json") { v in
                var messages = v["apply_messages"] as! [[String: Any]]
                var bytes = [UInt8](Data(base64Encoded: messages[0]["bytes"] as! String)!)
                // Re-encode the version field 0 as a two-byte integer: valid CBOR, not canonical.
                bytes.replaceSubrange(1..<2, with: [0x18, 0x00])
                messages[0]["bytes"] = Data(bytes).base64EncodedString()
                v["apply_messages"] = messages
            }
            try write("tipset-class.json") { $0["class"] = "tipset" }
            try write("unknown-nv.json") { v in
                var pre = v["preconditions"] as! [String: Any]
                var variants = pre["variants"] as! [[String: Any]]
                variants[0]["nv"] = 99
                pre["variants"] = variants
                v["preconditions"] = pre
            }
            try write("chaos.json") { $0["selector"] = ["chaos_actor": "true"] }
            json["_meta"] = nil
        }
    }

    @Test(.enabled(if: Corpus.vectorsPresent, Corpus.vectorsMissing)) func everyBadInputGetsItsOwnResult() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(at: fixture.dir) }
        let report = try ConformanceRunner(options: RunOptions(paths: [fixture.dir.path], jobs: 2)).run()
        let byFile = Dictionary(grouping: report.results, by: \.file)
        #expect(byFile.count == 11, "one entry per file")
        func check(_ file: String, _ status: VectorStatus, _ fragment: String) {
            guard let r = byFile[file]?.first else { Issue.record("no result for \(file)"); return }
            #expect(r.status == status, "\(file): \(r.status) \(r.reason ?? "")")
            #expect(r.reason?.contains(fragment) == true, "\(file): reason was \(r.reason ?? "nil")")
        }
        check("truncated.json", .error, "malformed JSON")
        check("not-a-vector.json", .error, "not a test vector")
        check("bad-base64.json", .error, "car: invalid base64")
        check("bad-gzip.json", .error, "invalid gzip")
        check("wrong-hash.json", .error, "does not hash to its CID")
        check("missing-root.json", .error, "block not found")
        check("non-canonical-message.json", .error, "non-canonical")
        check("tipset-class.json", .skip, "\"tipset\" is not supported")
        check("unknown-nv.json", .skip, "network version 99 is not supported")
        check("chaos.json", .skip, "selector not supported: chaos_actor")
        // The real vector is unaffected by its broken neighbours.
        let real = try #require(byFile["real.json"]?.first)
        #expect(real.id == fixture.realID)
        #expect(real.status != .error, "\(real.reason ?? "")")
        #expect(real.status != .pass || real.reason == nil)
    }

    @Test(.enabled(if: Corpus.vectorsPresent, Corpus.vectorsMissing)) func serialAndParallelRunsAgree() throws {
        let dir = try #require(Corpus.directory)
        let filter = "fil_9_multisig|fil_10_storagepower"
        // Unoptimised, the interpreter would take many minutes: compare everything short of
        // execution by hiding the bundles (the variants then skip, naming them).
        let hidden = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fvm-no-bundles-\(UUID().uuidString)")
        let environment = ConformanceCorpusTests.optimised ? ProcessInfo.processInfo.environment : ["HOME": hidden.path]
        let cwd =
            ConformanceCorpusTests.optimised
            ? FileManager.default.currentDirectoryPath : hidden.appendingPathComponent("work").path
        func run(jobs: Int) throws -> RunReport {
            try ConformanceRunner(
                options: RunOptions(paths: [dir.path], filter: filter, jobs: jobs),
                environment: environment, workingDirectory: cwd
            ).run()
        }
        let serial = try run(jobs: 1)
        let parallel = try run(jobs: 3)
        func strip(_ r: RunReport) -> [VectorResult] {
            r.results.map {
                var x = $0; x.durationMs = 0; return x
            }
        }
        #expect(serial.results.count == 41)
        #expect(strip(serial) == strip(parallel))
    }

    @Test func usageProblemsAreReported() {
        #expect(throws: RunnerError.pathNotFound("/no/such/folder")) {
            try ConformanceRunner(options: RunOptions(paths: ["/no/such/folder"])).run()
        }
        #expect(throws: RunnerError.self) {
            try ConformanceRunner(options: RunOptions(paths: ["."], filter: "(")).run()
        }
    }
}
