import Foundation
import TestSupport
import Testing

/// The CLI as a user meets it: a failing vector is named with its reason on the terminal; a filtered
/// run that passes prints no note about known-failure entries outside it; `--compare` decides what a
/// pass means. Only the account Send vector executes here: it runs no actor code, so it is quick even
/// in a debug build.
@Suite(.enabled(if: Corpus.vectorsPresent && Corpus.bundlesPresent, "needs the official vectors and both bundles"))
struct CommandLineTests {
    static let send = "fil_9_account/Send/"

    /// A copy of the Send vector with its expected gas raised by 7, in a fresh folder.
    static func alteredSendVector() throws -> URL {
        let source = try #require(Corpus.files.first { $0.path.contains(send) })
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        var post = try #require(json["postconditions"] as? [String: Any])
        var receipts = try #require(post["receipts"] as? [[String: Any]])
        receipts[0]["gas_used"] = try #require(receipts[0]["gas_used"] as? Int) + 7
        post["receipts"] = receipts
        json["postconditions"] = post
        let dir = try ReportFixtures.temporaryDirectory()
        let url = dir.appendingPathComponent("altered-gas.json")
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        return url
    }

    @Test func aFailingVectorIsNamedWithItsReasonOnStdout() throws {
        let vector = try Self.alteredSendVector()
        defer { try? FileManager.default.removeItem(at: vector.deletingLastPathComponent()) }
        let outcome = try CommandLineTool.run(["run", vector.path])
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout.contains(
                "FAIL  nv17 ext-0001-fil_9_account-Send-Ok-1 [ohsnap]: gas used of msg 0 did not match"))
        #expect(outcome.stdout.contains("(-7)"))
        #expect(outcome.stdout.contains("\n      expected gas_used "))
        #expect(outcome.stdout.contains("1 variant: 0 pass, 1 fail"))
        #expect(outcome.stdout.hasSuffix("FAILED: 1 failed\n"))
    }

    @Test func ignoringGasPassesAVectorWhoseGasWasAltered() throws {
        let vector = try Self.alteredSendVector()
        defer { try? FileManager.default.removeItem(at: vector.deletingLastPathComponent()) }
        let outcome = try CommandLineTool.run(["run", vector.path, "--compare", "exit,return", "--quiet"])
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("1 variant: 1 pass"))
        let invalid = try CommandLineTool.run(["run", vector.path, "--compare", "exit,fees"])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("unknown --compare field \"fees\""))
    }

    @Test func aPassingFilteredRunPrintsNoKnownFailureNote() throws {
        let outcome = try CommandLineTool.run(["run", "--filter", Self.send])
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        #expect(!outcome.stdout.contains("known-failure"))
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("1 variant: 1 pass, 0 fail, 0 skip, 0 errors, 0 expected failures (") == true)
        #expect(lines.last == "OK")
        let strict = try CommandLineTool.run(["run", "--filter", Self.send, "--strict-known-failures"])
        #expect(strict.stdout.contains("note: known-failure entry on line"))
    }

    @Test func verbosePrintsALinePerVariantAsItFinishes() throws {
        let outcome = try CommandLineTool.run(["run", "--filter", Self.send, "--verbose"])
        #expect(outcome.stdout.hasPrefix("OK    nv17 ext-0001-fil_9_account-Send-Ok-1 [ohsnap] ("))
    }
}
