/// A value per opcode, found by indexing rather than hashing.
struct OpTable<Value>: Sendable where Value: Sendable {
    private let values: [Value?]

    init(_ byOp: [Op: Value]) {
        var values = [Value?](repeating: nil, count: Int(Op.f64PromoteF32.rawValue) + 1)
        for (op, v) in byOp { values[Int(op.rawValue)] = v }
        self.values = values
    }

    subscript(_ op: Op) -> Value? { values[Int(op.rawValue)] }
}
