/// `rand`: chain and beacon randomness.
enum RandomnessSyscalls {
    static func bind<K: RandomnessOps>(_ b: inout SyscallBinder<K>) {
        for (name, kind) in [("get_chain_randomness", RandomnessKind.chain), ("get_beacon_randomness", .beacon)] {
            b.bind("rand", name, [.i32, .i64, .i64, .i32, .i32], returning: Bytes32Return.self) { c in
                let personalization = c.i64()
                let round = c.i64()
                let entropy = try c.read(c.buffer())
                let value = try c.kernel.randomness(
                    kind, personalization: personalization, round: round, entropy: entropy)
                return Bytes32Return(bytes: value)
            }
        }
    }
}
