import Foundation
import IPLD
import TestSupport
import Testing

@testable import Conformance

/// `record` writes our expectations into copies: after a message changes, the recorded copy passes,
/// and recording a recorded copy changes nothing. The account Send vector runs no actor code, so
/// this is quick in a debug build too.
@Suite(.enabled(if: Corpus.vectorsPresent && Corpus.bundlesPresent, "needs the official vectors and both bundles"))
struct RecordTests {
    /// The Send vector with the message's value changed to 1 attoFIL, in a fresh folder.
    static func changedMessage() throws -> URL {
        let source = try #require(Corpus.files.first { $0.path.contains("fil_9_account/Send/") })
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        var messages = try #require(json["apply_messages"] as? [[String: Any]])
        let encoded = try #require(messages[0]["bytes"] as? String)
        let bytes = try #require(Data(base64Encoded: encoded))
        guard case .array(var fields) = try DagCBOR.decode([UInt8](bytes)) else {
            throw VectorError("apply_messages", "not a message")
        }
        fields[4] = .bytes([0x00, 0x01])
        messages[0]["bytes"] = Data(DagCBOR.encode(.array(fields))).base64EncodedString()
        json["apply_messages"] = messages
        let dir = try ReportFixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: json).write(to: dir.appendingPathComponent("in/changed.json"))
        return dir
    }

    private func run(_ path: URL) throws -> [VectorResult] {
        try ConformanceRunner(
            options: RunOptions(paths: [path.path], jobs: 1), workingDirectory: Corpus.packageRoot.path
        )
        .run().results
    }

    private func record(_ path: URL, into out: URL) throws -> [RecordedVector] {
        try ConformanceRunner(
            options: RunOptions(paths: [path.path], jobs: 1), workingDirectory: Corpus.packageRoot.path
        )
        .record(into: out)
    }

    @Test func aChangedMessageIsRecordedAndThenPasses() throws {
        let dir = try Self.changedMessage()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try run(dir.appendingPathComponent("in")).map(\.status) == [.fail])
        let first = try record(dir.appendingPathComponent("in"), into: dir.appendingPathComponent("once"))
        guard case .changed(let changes) = first.first?.status else {
            Issue.record("expected changed expectations, got \(first)")
            return
        }
        #expect(changes.contains { $0.hasPrefix("root ") })
        #expect(try run(dir.appendingPathComponent("once")).map(\.status) == [.pass])
        // Recording the copy again: nothing changes, byte for byte.
        let second = try record(dir.appendingPathComponent("once"), into: dir.appendingPathComponent("twice"))
        #expect(second.map(\.status) == [.unchanged])
        let once = try Data(contentsOf: dir.appendingPathComponent("once/changed.json"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("twice/changed.json")) == once)
        let text = String(decoding: once, as: UTF8.self)
        #expect(text.contains("\"source\": \"fvm-conformance record\""))
    }
}
