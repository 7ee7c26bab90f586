/// Keccak-256 as Ethereum uses it: the original Keccak submission padding (0x01), not FIPS 202
/// SHA3-256 (0x06). Multihash code 0x1b.
public enum Keccak256 {
    /// Rate in bytes for a 256-bit capacity-512 sponge.
    static let rate = 136

    /// The 32-byte Keccak-256 digest of `data`.
    public static func hash(_ data: [UInt8]) -> [UInt8] {
        sponge(data, domainPadding: 0x01)
    }

    /// The sponge with a 256-bit output; the padding byte selects Keccak (0x01) or SHA3 (0x06),
    /// which lets tests cross-check the permutation against any SHA3-256 implementation.
    static func sponge(_ data: [UInt8], domainPadding: UInt8) -> [UInt8] {
        var state = KeccakState()
        var offset = 0
        while data.count - offset >= rate {
            state.absorb(data, at: offset, count: rate)
            state.permute()
            offset += rate
        }
        var last = [UInt8](repeating: 0, count: rate)
        let tail = data.count - offset
        for i in 0..<tail { last[i] = data[offset + i] }
        last[tail] ^= domainPadding
        last[rate - 1] ^= 0x80
        state.absorb(last, at: 0, count: rate)
        state.permute()
        return state.squeeze(count: 32)
    }
}

/// The 1600-bit Keccak state as 25 little-endian lanes, lane (x, y) at index x + 5y.
struct KeccakState {
    private var lanes = [UInt64](repeating: 0, count: 25)

    private static let roundConstants: [UInt64] = [
        0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808A, 0x8000_0000_8000_8000,
        0x0000_0000_0000_808B, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
        0x0000_0000_0000_008A, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000A,
        0x0000_0000_8000_808B, 0x8000_0000_0000_008B, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
        0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800A, 0x8000_0000_8000_000A,
        0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
    ]

    /// Rotation amounts of the combined rho and pi steps, in the order the lanes are visited.
    private static let rotations: [UInt64] = [
        1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44,
    ]

    /// The pi permutation as a single cycle starting from lane 1.
    private static let piCycle: [Int] = [
        10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1,
    ]

    mutating func absorb(_ bytes: [UInt8], at offset: Int, count: Int) {
        for lane in 0..<(count / 8) {
            var word: UInt64 = 0
            for b in 0..<8 { word |= UInt64(bytes[offset + lane * 8 + b]) << (8 * UInt64(b)) }
            lanes[lane] ^= word
        }
    }

    func squeeze(count: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(UInt8(truncatingIfNeeded: lanes[i / 8] >> (8 * UInt64(i % 8)))) }
        return out
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ n: UInt64) -> UInt64 {
        (x << n) | (x >> (64 - n))
    }

    mutating func permute() {
        var c = [UInt64](repeating: 0, count: 5)
        for round in 0..<24 {
            // theta
            for x in 0..<5 { c[x] = lanes[x] ^ lanes[x + 5] ^ lanes[x + 10] ^ lanes[x + 15] ^ lanes[x + 20] }
            for x in 0..<5 {
                let d = c[(x + 4) % 5] ^ Self.rotl(c[(x + 1) % 5], 1)
                for y in stride(from: 0, to: 25, by: 5) { lanes[y + x] ^= d }
            }
            // rho and pi
            var carried = lanes[1]
            for i in 0..<24 {
                let target = Self.piCycle[i]
                let displaced = lanes[target]
                lanes[target] = Self.rotl(carried, Self.rotations[i])
                carried = displaced
            }
            // chi
            for y in stride(from: 0, to: 25, by: 5) {
                for x in 0..<5 { c[x] = lanes[y + x] }
                for x in 0..<5 { lanes[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]) }
            }
            // iota
            lanes[0] ^= Self.roundConstants[round]
        }
    }
}
