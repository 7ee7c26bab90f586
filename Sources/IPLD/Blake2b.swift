import CBlake2

/// BLAKE2b hashing through libb2 (the hash of every Filecoin block, address and checksum).
public enum Blake2b {
    /// BLAKE2b with an output of `length` bytes (1...64), unkeyed.
    public static func hash(_ data: [UInt8], length: Int = 32) -> [UInt8] {
        precondition((1...64).contains(length), "BLAKE2b output length must be 1...64")
        var out = [UInt8](repeating: 0, count: length)
        data.withUnsafeBytes { input in
            out.withUnsafeMutableBytes { output in
                // libb2 returns non-zero only for invalid lengths, excluded above.
                _ = blake2b(output.baseAddress, input.baseAddress, nil, length, input.count, 0)
            }
        }
        return out
    }

    /// BLAKE2b-256, the multihash 0xb220 digest.
    public static func hash256(_ data: [UInt8]) -> [UInt8] { hash(data, length: 32) }
}

/// Incremental BLAKE2b for inputs assembled from several pieces.
public struct Blake2bHasher {
    private var state = blake2b_state()
    private let length: Int

    /// Starts a hash with an output of `length` bytes.
    public init(length: Int = 32) {
        self.length = length
        _ = blake2b_init(&state, length)
    }

    /// Feeds more input.
    public mutating func update(_ data: [UInt8]) {
        data.withUnsafeBytes { input in
            _ = blake2b_update(&state, input.baseAddress, input.count)
        }
    }

    /// Returns the digest; the hasher must not be used afterwards.
    public mutating func finalize() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: length)
        out.withUnsafeMutableBytes { output in
            _ = blake2b_final(&state, output.baseAddress, length)
        }
        return out
    }
}
