import IPLD

/// Method numbers derived from method names (FRC-0042), as exported actor methods are numbered.
public enum FRC42MethodHash {
    /// Numbers below this are reserved for the builtin actors' classic methods.
    public static let firstExportedNumber: UInt64 = 1 << 24

    /// The number of the method called `name`: the first big-endian 4-byte word of
    /// BLAKE2b-512("1|" + name) that is at least `firstExportedNumber`, nil if none is (never seen).
    public static func number(of name: String) -> UInt64? {
        let digest = Blake2b.hash(Array("1|\(name)".utf8), length: 64)
        for start in stride(from: 0, to: digest.count, by: 4) {
            let word = digest[start..<start + 4].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            if word >= firstExportedNumber { return word }
        }
        return nil
    }
}
