/// Branches, calls and returns.
extension NativeCompiler {
    func target(_ pc: Int, _ words: UnsafePointer<UInt32>, _ i: Int) -> Int { pc + Int(Int32(bitPattern: words[i])) }

    static let branchConditions = OpTable<X86Condition>([
        .brIfEq: .equal, .brIfNe: .notEqual, .brIfLtS: .less, .brIfLtU: .below, .brIfGtS: .greater,
        .brIfGtU: .above, .brIfLeS: .lessOrEqual, .brIfLeU: .belowOrEqual, .brIfGeS: .greaterOrEqual,
        .brIfGeU: .aboveOrEqual, .brIfEqK: .equal, .brIfNeK: .notEqual, .brIfLtSK: .less, .brIfLtUK: .below,
        .brIfGtSK: .greater, .brIfGtUK: .above, .brIfLeSK: .lessOrEqual, .brIfLeUK: .belowOrEqual,
        .brIfGeSK: .greaterOrEqual, .brIfGeUK: .aboveOrEqual,
    ])

    /// Returns false when `op` is not a control instruction.
    mutating func control(_ op: Op, _ w: UnsafePointer<UInt32>, at pc: Int) -> Bool {
        switch op {
        case .unreachable: trap(.unreachable)
        case .br: branch(nil, to: target(pc, w, 1))
        case .brIfNez, .brIfEqz, .brIfI64Nez, .brIfI64Eqz:
            let wide = op == .brIfI64Nez || op == .brIfI64Eqz
            if wide { a.load64(.rax, slot(w[1])) } else { a.load32(.rax, slot(w[1])) }
            a.test(.rax, .rax, w: wide)
            branch(op == .brIfNez || op == .brIfI64Nez ? .notEqual : .equal, to: target(pc, w, 2))
        case .brIfEq, .brIfNe, .brIfLtS, .brIfLtU, .brIfGtS, .brIfGtU, .brIfLeS, .brIfLeU, .brIfGeS, .brIfGeU:
            a.load32(.rax, slot(w[1]))
            a.alu(.cmp, .rax, slot(w[2]), w: false)
            branch(Self.branchConditions[op]!, to: target(pc, w, 3))
        case .brIfEqK, .brIfNeK, .brIfLtSK, .brIfLtUK, .brIfGtSK, .brIfGtUK, .brIfLeSK, .brIfLeUK, .brIfGeSK,
            .brIfGeUK:
            a.load32(.rax, slot(w[1]))
            a.alu(.cmp, .rax, immediate: Int32(bitPattern: w[2]), w: false)
            branch(Self.branchConditions[op]!, to: target(pc, w, 3))
        case .brTable: branchTable(w, at: pc)
        case .guardedCall: stackGuard(w)
        case .call: call(w)
        case .callIndirect: callIndirect(w)
        case .ret0, .ret1:
            if op == .ret1 {
                a.load64(.rax, slot(w[1]))
                a.store64(slot(0), .rax)
            }
            a.alu(.xor, .rax, .rax, w: false)
            a.alu(.add, .rsp, immediate: 8, w: true)
            a.ret()
        default: return false
        }
        return true
    }

    /// A jump table of 32-bit offsets to one stub per label; a stub moves the carried value (if
    /// any) into the label's slot and jumps.
    private mutating func branchTable(_ w: UnsafePointer<UInt32>, at pc: Int) {
        let n = w[3]
        a.load32(.rax, slot(w[1]))
        a.movImmediate(.rcx, UInt64(n))
        a.alu(.cmp, .rax, .rcx, w: false)
        a.conditionalMove(.above, .rax, .rcx, w: false)
        let tableField = a.leaRelative(.rdx)
        a.loadSignExtend32(.rax, X86Memory(base: .rdx, index: .rax, scale: 4))
        a.alu(.add, .rax, .rdx, w: true)
        a.jump(.rax)
        let table = a.position
        a.link(tableField, to: table)
        for _ in 0...n { a.int32(0) }
        for i in 0...Int(n) {
            let entry = w + 4 + 2 * i
            a.patch32(at: table + 4 * i, Int32(a.position - table))
            if entry[1] != ~0 {
                a.load64(.rcx, slot(w[2]))
                a.store64(slot(entry[1]), .rcx)
            }
            branch(nil, to: pc + Int(Int32(bitPattern: entry[0])))
        }
    }

    /// `g k m`: G += k (32-bit); trap when G > m.
    mutating func stackGuard(_ w: UnsafePointer<UInt32>) {
        a.load64(.rax, X86Memory(base: .rbx, displacement: Int32(w[1]) * 8))
        a.load32(.rcx, X86Memory(base: .rax))
        a.alu(.add, .rcx, immediate: Int32(bitPattern: w[2]), w: false)
        a.store64(X86Memory(base: .rax), .rcx)
        a.alu(.cmp, .rcx, immediate: Int32(bitPattern: w[3]), w: false)
        trap(.above, .unreachable)
    }

    /// Saves the frame pointer in this activation's native slot, moves it to the callee's frame,
    /// and restores it after the call; a callee may have grown the memory.
    private mutating func nativeCall(frame h: UInt32, _ emitCall: (inout NativeCompiler) -> Void) {
        a.store64(X86Memory(base: .rsp), .r12)
        a.lea(.r12, slot(h))
        emitCall(&self)
        a.load64(.r12, X86Memory(base: .rsp))
        propagateStatus()
        reloadMemorySize()
    }

    private mutating func call(_ w: UnsafePointer<UInt32>) {
        let f = Int(w[1])
        guard f < importCount else {
            nativeCall(frame: w[2]) { $0.callDefined(f) }
            return
        }
        a.mov(.rdi, .r15)
        a.movImmediate(.rsi, UInt64(f))
        a.lea(.rdx, slot(w[2]))
        a.call(context(NativeLayout.callImport))
        propagateStatus()
        reloadMemorySize()
    }

    /// `t h a`: checks the table index, null and type as the interpreter does, then calls native
    /// code of this instance directly and anything else through the thunk.
    private mutating func callIndirect(_ w: UnsafePointer<UInt32>) {
        a.load32(.rax, slot(w[3]))
        a.alu(.cmp, .rax, context(NativeLayout.tableCount), w: true)
        trap(.aboveOrEqual, .tableOutOfBounds)
        a.imul(.rax, .rax, immediate: NativeLayout.referenceStride, w: true)
        a.alu(.add, .rax, context(NativeLayout.table), w: true)
        a.load32(.rcx, X86Memory(base: .rax, displacement: NativeLayout.referenceType))
        a.test(.rcx, .rcx, w: false)
        trap(.sign, .indirectCallToNull)
        a.alu(.cmp, .rcx, immediate: Int32(bitPattern: w[1]), w: false)
        trap(.notEqual, .indirectCallTypeMismatch)
        a.load64(.rcx, X86Memory(base: .rax, displacement: NativeLayout.referenceInstance))
        a.alu(.cmp, .rcx, context(NativeLayout.instance), w: true)
        let foreign = a.jump(.notEqual)
        a.load64(.rcx, X86Memory(base: .rax, displacement: NativeLayout.referenceNative))
        a.test(.rcx, .rcx, w: true)
        let interpreted = a.jump(.equal)
        nativeCall(frame: w[2]) { $0.a.call(.rcx) }
        let done = a.jump()
        a.link(foreign, to: a.position)
        a.link(interpreted, to: a.position)
        a.mov(.rdi, .r15)
        a.mov(.rsi, .rax)
        a.lea(.rdx, slot(w[2]))
        a.call(context(NativeLayout.callReference))
        propagateStatus()
        reloadMemorySize()
        a.link(done, to: a.position)
    }
}
