import Conformance
import Foundation
import Kernel
import TestSupport
import Testing

/// The gas profile: trace reading, folding by call path, and the SVG (well-formed, widths
/// proportional to gas and adding up to the total).
@Suite struct FlameGraphTests {
    static func entry(_ name: String, _ milligas: Int, depth: Int, actor: UInt64? = nil, method: UInt64? = nil)
        -> GasTraceEntry
    {
        GasTraceEntry(
            name: name, compute: Gas(milligas: milligas), other: .zero, totalUsedAfter: .zero,
            frame: GasTraceFrame(depth: depth, actorID: actor, method: method))
    }

    /// One message: a miner call that calls the reward actor twice and the power actor once.
    static let trace: [GasTraceEntry] = [
        entry("OnChainMessage", 1000, depth: 0),
        entry("OnMethodInvocation", 200, depth: 0),
        entry("wasm_exec", 30, depth: 1, actor: 1000, method: 6),
        entry("OnMethodInvocation", 200, depth: 1, actor: 1000, method: 6),
        entry("wasm_exec", 7, depth: 2, actor: 2, method: 3),
        entry("wasm_exec", 5, depth: 1, actor: 1000, method: 6),
        entry("wasm_exec", 7, depth: 2, actor: 2, method: 3),
        entry("wasm_exec", 11, depth: 2, actor: 4, method: 9),
        entry("OnBlockRead", 40, depth: 1, actor: 1000, method: 6),
    ]

    static let namer = FrameNamer(version: .v10, kinds: [1000: .storageminer, 2: .reward, 4: .storagepower])

    @Test func chargesFoldByCallPath() {
        var stacks = FoldedStacks()
        stacks.add(message: 0, trace: Self.trace, namer: Self.namer)
        let miner = "f01000 miner::PreCommitSector(6)"
        #expect(
            stacks.text == """
                message 0;OnChainMessage 1000
                message 0;OnMethodInvocation 200
                message 0;\(miner);wasm_exec 35
                message 0;\(miner);OnMethodInvocation 200
                message 0;\(miner);f02 reward::ThisEpochReward(3);wasm_exec 14
                message 0;\(miner);f04 power::CurrentTotalPower(9);wasm_exec 11
                message 0;\(miner);OnBlockRead 40

                """)
        #expect(stacks.total == 1500)
    }

    @Test func svgIsWellFormedAndWidthsAddUpToTheTotal() throws {
        var stacks = FoldedStacks()
        stacks.add(message: 0, trace: Self.trace, namer: Self.namer)
        let svg = GasProfile(stacks: stacks, title: "test <&> \"quotes\"").svg
        let parsed = try SVGFrames.parse(svg)
        let root = try #require(parsed.frames.first)
        #expect(root.kind == "root" && root.milligas == 1500 && root.width == parsed.svgWidth)
        let charges = parsed.frames.filter { $0.kind == "charge" }
        #expect(charges.count == 7)
        #expect(charges.reduce(0) { $0 + $1.milligas } == 1500)
        #expect(abs(charges.reduce(0) { $0 + $1.width } - root.width) < 0.001)
        let reward = try #require(parsed.frames.first { $0.title.hasPrefix("f02 reward::ThisEpochReward(3)") })
        #expect(abs(reward.width - root.width * 14 / 1500) < 0.001)
        #expect(reward.title.contains("(14 milligas)"))
    }

    @Test func writtenTracesReadBackExactly() throws {
        let entries = Self.trace.enumerated().map { i, e in
            var copy = e
            copy.other = Gas(milligas: i * 3)
            copy.totalUsedAfter = Gas(milligas: 10_000 + i)
            copy.name = i == 3 ? "quote\"and\\backslash" : e.name
            return copy
        }
        #expect(try TraceJSONL.parse(Array(TraceWriter.render(entries).utf8)) == entries)
    }

    @Test func malformedTraceLinesAreTypedErrors() {
        #expect(throws: TraceJSONLError.malformedLine(2, "unexpected character")) {
            try TraceJSONL.parse(Array("{\"name\": \"a\", \"depth\": 0}\n{\"name\": \"b\", \"depth\": }\n".utf8))
        }
        #expect(throws: TraceJSONLError.missingField(line: 1, field: "name")) {
            try TraceJSONL.parse(Array("{\"depth\": 0}\n".utf8))
        }
    }

    static let runnable = Corpus.vectorsPresent && Corpus.bundlesPresent
    static let skipReason: Comment = Corpus.vectorsPresent ? Corpus.bundlesMissing : Corpus.vectorsMissing

    /// A real vector: the graph's total is the gas the message used, exactly.
    @Test(.enabled(if: runnable, skipReason)) func realVectorTotalIsTheGasUsed() throws {
        let d = try ExplainCallTreeTests.diagnose(
            "0002-hygge-01/fil_10_storageminer/PreCommitSector/Ok/ext-0002-fil_10_storageminer-PreCommitSector-Ok-1.json"
        )
        let profile = GasProfile(d)
        let used = try #require(d.messages.first).receipt.gasUsed
        #expect((profile.stacks.total + 999) / 1000 == Int128(used))
        let parsed = try SVGFrames.parse(profile.svg)
        let charges = parsed.frames.filter { $0.kind == "charge" }
        #expect(Int128(charges.reduce(0) { $0 + $1.milligas }) == profile.stacks.total)
        #expect(abs(charges.reduce(0) { $0 + $1.width } - parsed.svgWidth) < 0.01)
        #expect(
            parsed.frames.contains {
                $0.kind == "invocation" && $0.title.hasPrefix("f05 market::VerifyDealsForActivation(5)")
            })
    }
}
