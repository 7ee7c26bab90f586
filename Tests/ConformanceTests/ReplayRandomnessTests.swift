@testable import Conformance
import Kernel
import Testing

/// Randomness replay in both encodings the official repository has used.
@Suite struct ReplayRandomnessTests {
    let digest: [UInt8] = Array(repeating: 7, count: 32)

    @Test func digestRulesAreHashedWithTheRequest() throws {
        let replay = ReplayRandomness(rules: [
            .digest(kind: .chain, epoch: 100, digest: digest),
            .digest(kind: .chain, epoch: 100, digest: Array(repeating: 9, count: 32)),
        ])
        let value = try replay.draw(kind: .chain, personalization: 5, round: 100, entropy: [1, 2])
        // First matching entry wins; the kernel-side hash mixes in DST, round and entropy.
        #expect(value == RandomnessDraw.value(personalization: 5, digest: digest, round: 100, entropy: [1, 2]))
        #expect(value != digest)
        // Beacon draws do not see chain entries; unrecorded draws hash the fallback digest.
        let fallback = try replay.draw(kind: .beacon, personalization: 5, round: 100, entropy: [])
        #expect(
            fallback
                == RandomnessDraw.value(
                    personalization: 5, digest: ReplayRandomness.fallbackDigest, round: 100, entropy: []))
    }

    @Test func valueRulesReturnTheRecordedValue() throws {
        let recorded: [UInt8] = Array(repeating: 3, count: 32)
        let replay = ReplayRandomness(rules: [.value(kind: .beacon, dst: 6, epoch: 42, entropy: [9], value: recorded)])
        #expect(try replay.draw(kind: .beacon, personalization: 6, round: 42, entropy: [9]) == recorded)
        // A request that differs in entropy is not the recorded one.
        #expect(try replay.draw(kind: .beacon, personalization: 6, round: 42, entropy: [8]) != recorded)
    }

    @Test func drawMatchesTheDocumentedLayout() {
        // BLAKE2b-256(i64be(DST) ‖ digest ‖ i64be(round) ‖ entropy), round not clamped (may be negative).
        let a = RandomnessDraw.value(personalization: 1, digest: digest, round: -1, entropy: [])
        let b = RandomnessDraw.value(personalization: 1, digest: digest, round: 0, entropy: [])
        #expect(a.count == 32 && a != b)
    }
}
