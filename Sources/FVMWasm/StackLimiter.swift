/// The stack limiter of fvm-wasm-instrument: per-function stack costs and the
/// instruction sequence that guards every call to a defined function.
enum StackLimiter {
    /// Stack units charged for any activation, whatever its locals and operands.
    static let activationFrameCost: UInt32 = 2

    private struct Frame {
        var polymorphic: Bool
        var endArity: UInt32
        var branchArity: UInt32
        var startHeight: UInt32
    }

    /// `L(f) + maxHeight(f)` of a defined function, computed on its original body.
    static func cost(
        of body: DecodedBody, type: WasmFunctionType, module: WasmModule,
        rules: InstrumentationRules, function: Int
    ) throws(WasmPreparationError) -> UInt32 {
        let locals: UInt64 =
            switch rules.localsCounting {
            case .declaredLocals: body.totalLocals
            case .declarationGroups: UInt64(body.localGroups.count)
            }
        let height = try maxHeight(body, type: type, module: module, function: function)
        let total = locals + UInt64(height)
        guard total <= UInt64(UInt32.max) else {
            throw .stackLimiter(reason: "overflow adding locals and max height", function: function)
        }
        return UInt32(total)
    }

    static func maxHeight(
        _ body: DecodedBody, type: WasmFunctionType, module: WasmModule,
        function: Int
    ) throws(WasmPreparationError) -> UInt32 {
        func fail(_ reason: String) -> WasmPreparationError { .stackLimiter(reason: reason, function: function) }
        var height = activationFrameCost
        var maxSeen: UInt32 = 0
        let arity = UInt32(type.results.count)
        var frames = [Frame(polymorphic: false, endArity: arity, branchArity: arity, startHeight: 0)]

        func frame(_ depth: Int64) throws(WasmPreparationError) -> Frame {
            guard depth >= 0, depth < Int64(frames.count) else { throw fail("label \(depth) out of range") }
            return frames[frames.count - 1 - Int(depth)]
        }
        func push(_ n: UInt32) throws(WasmPreparationError) {
            let (v, o) = height.addingReportingOverflow(n)
            if o { throw fail("stack overflow") }
            height = v
        }
        func pop(_ n: UInt32) throws(WasmPreparationError) {
            if n == 0 { return }
            guard let top = frames.last else { throw fail("control stack empty") }
            if height == top.startHeight {
                if top.polymorphic { return }
                throw fail("popping more values than pushed")
            }
            guard height >= n else { throw fail("stack underflow") }
            height -= n
        }
        func markUnreachable() throws(WasmPreparationError) {
            guard !frames.isEmpty else { throw fail("control stack empty") }
            frames[frames.count - 1].polymorphic = true
        }

        for ins in body.instructions {
            guard let top = frames.last else { throw fail("instructions after the final end") }
            if height > maxSeen && !top.polymorphic { maxSeen = height }
            switch ins.opcode {
            case Op.block, Op.loop, Op.if:
                let endArity: UInt32 = ins.immediate == Op.emptyBlockType ? 0 : 1
                let branchArity = ins.opcode == Op.loop ? 0 : endArity
                if ins.opcode == Op.if { try pop(1) }
                frames.append(
                    Frame(polymorphic: false, endArity: endArity, branchArity: branchArity, startHeight: height))
            case Op.else:
                // 0.2.0 and 0.4.0 leave the height and the polymorphic flag as the then-arm left them.
                break
            case Op.end:
                let f = frames.removeLast()
                height = f.startHeight
                try push(f.endArity)
            case Op.unreachable:
                try markUnreachable()
            case Op.br:
                try pop(try frame(ins.immediate).branchArity)
                try markUnreachable()
            case Op.brIf:
                let a = try frame(ins.immediate).branchArity
                try pop(a)
                try pop(1)
                try push(a)
            case Op.brTable:
                let first = Int(ins.immediate)
                let n = Int(ins.count)
                let a = try frame(Int64(body.labels[first + n])).branchArity
                for i in 0..<n where try frame(Int64(body.labels[first + i])).branchArity != a {
                    throw fail("br_table targets of different arity")
                }
                try pop(a)
                try markUnreachable()
            case Op.return:
                try pop(arity)
                try markUnreachable()
            case Op.call:
                guard let t = module.functionType(Int(ins.immediate)) else {
                    throw fail("call to unknown function \(ins.immediate)")
                }
                try pop(UInt32(t.params.count))
                try push(UInt32(t.results.count))
            case Op.callIndirect:
                guard ins.immediate < Int64(module.types.count) else {
                    throw fail("call_indirect to unknown type \(ins.immediate)")
                }
                let t = module.types[Int(ins.immediate)]
                try pop(1)
                try pop(UInt32(t.params.count))
                try push(UInt32(t.results.count))
            default:
                switch WasmInstruction.stackEffect(ins.opcode) {
                case .none, .control: break
                case .popPush(let p, let q):
                    try pop(UInt32(p))
                    try push(UInt32(q))
                case .select:
                    try pop(2)
                    try pop(1)
                    try push(1)
                }
            }
        }
        return maxSeen
    }

    /// The 15 instructions that replace `call f`, with the stack-height global `sh`.
    ///
    /// With `fused`, `SH - c` is written as `SH + (-c)`: the same wrapping i32 result and the same
    /// price, but an add of a constant is one fused WasmKit instruction.
    static func guardedCall(
        _ callee: UInt32, cost: UInt32, stackHeightGlobal sh: UInt32, limit: UInt32,
        fused: Bool = false
    ) -> [WasmInstruction] {
        let c = Int64(Int32(bitPattern: cost))
        let g = Int64(sh)
        let prologue = [
            WasmInstruction(Op.globalGet, g), WasmInstruction(Op.i32Const, c), WasmInstruction(Op.i32Add),
            WasmInstruction(Op.globalSet, g),
            WasmInstruction(Op.globalGet, g), WasmInstruction(Op.i32Const, Int64(Int32(bitPattern: limit))),
            WasmInstruction(Op.i32GtU), WasmInstruction(Op.if, Op.emptyBlockType), WasmInstruction(Op.unreachable),
            WasmInstruction(Op.end),
            WasmInstruction(Op.call, Int64(callee)),
        ]
        // The fused form subtracts by adding the negated cost (same value, one opcode the engine fuses).
        let restore =
            fused
            ? [
                WasmInstruction(Op.globalGet, g),
                WasmInstruction(Op.i32Const, Int64(Int32(truncatingIfNeeded: 0 &- c))), WasmInstruction(Op.i32Add),
            ]
            : [WasmInstruction(Op.globalGet, g), WasmInstruction(Op.i32Const, c), WasmInstruction(Op.i32Sub)]
        return prologue + restore + [WasmInstruction(Op.globalSet, g)]
    }
}
