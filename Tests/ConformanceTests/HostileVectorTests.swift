import Conformance
import Foundation
import IPLD
import Testing
import TestSupport

/// Vectors come from strangers: each hostile file is an `error` with its reason, the run goes on,
/// and memory stays bounded (a decompression bomb is cut off while it inflates).
@Suite(.serialized) struct HostileVectorTests {
    @Test func eachHostileVectorIsAnErrorWithItsReason() throws {
        let factory = try HostileVectorFactory()
        defer { try? FileManager.default.removeItem(at: factory.dir) }
        let expected = try factory.writeAll()
        let report = try ConformanceRunner(options: RunOptions(paths: [factory.dir.path], jobs: 2)).run()
        #expect(report.results.count == expected.count, "every file appears in the report")
        for result in report.results {
            let phrase = try #require(expected[result.file], "unexpected file \(result.file)")
            #expect(result.status == .error, "\(result.file): \(result.status.rawValue) \(result.reason ?? "")")
            #expect(result.reason?.contains(phrase) == true, "\(result.file): reason \(result.reason ?? "none")")
        }
    }

    /// The command-line runner over the hostile folder, as a user runs it: it must finish, report
    /// every file, and peak under 1 GiB although the bomb alone inflates to 4 GiB. The peak is the
    /// runner's own, measured by time(1): this process's rusage would also count what a child
    /// inherits from a large parent.
    @Test(
        .enabled(
            if: Self.runnerBinary != nil && Corpus.bundlesPresent && Self.timeTool,
            "needs the built fvm-conformance next to the tests, both bundles and /usr/bin/time"))
    func commandLineRunStaysUnderOneGiB() throws {
        let factory = try HostileVectorFactory()
        defer { try? FileManager.default.removeItem(at: factory.dir) }
        let expected = try factory.writeAll()
        let json = factory.dir.appendingPathComponent("report.out")
        let peakFile = factory.dir.appendingPathComponent("peak.out")
        let noKnownFailures = factory.dir.appendingPathComponent("known-failures.txt")
        try Data().write(to: noKnownFailures)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = [
            "-f", "%M", "-o", peakFile.path, try #require(Self.runnerBinary).path,
            "run", factory.dir.path, "--jobs", "2", "--json", json.path, "--known-failures", noKnownFailures.path,
        ]
        process.currentDirectoryURL = Corpus.packageRoot
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let peakText = try String(contentsOf: peakFile, encoding: .utf8)
        let peakKiB = try #require(
            peakText.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) })
        let peakMiB = peakKiB / 1024
        print("hostile folder through fvm-conformance: peak RSS \(peakMiB) MiB")
        #expect(process.terminationStatus == 1, "errors fail the run (exit 1), nothing crashes")
        #expect(peakMiB < 1024, "peak RSS \(peakMiB) MiB")
        let report = try JSONReport.read(from: json)
        #expect(Set(report.results.map(\.file)) == Set(expected.keys))
        #expect(report.results.allSatisfy { $0.status == .error })
    }

    static let timeTool = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")

    /// The built command-line runner beside this test bundle, when `swift test` built it.
    static let runnerBinary: URL? = {
        let dir = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates =
            [dir, Bundle.main.bundleURL].map { $0.appendingPathComponent("fvm-conformance") }
            + [Corpus.packageRoot.appendingPathComponent(".build/release/fvm-conformance")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    @Test func gzipStopsInflatingAtItsLimit() throws {
        let bomb = try HostileVectorFactory.bomb(memberBytes: 1 << 20, count: 8)
        #expect(throws: IPLDError.limitExceeded(what: "inflated gzip stream", limit: 4 << 20)) {
            try Gzip.decompress(bomb, limit: 4 << 20)
        }
        #expect(try Gzip.decompress(bomb, limit: 8 << 20).count == 8 << 20)
    }

    @Test func negativeExitCodesParse() throws {
        let text = try HostileVectorFactory.vector(
            car: try Gzip.compress(HostileVectorFactory.carHeader()),
            receipts: "[{\"exit_code\": -9223372036854775808, \"gas_used\": 1, \"return\": null}]")
        let vector = try VectorParser.parse(Array(text.utf8))
        #expect(vector.postconditions.receipts.first?.exitCode == Int64.min)
    }
}
