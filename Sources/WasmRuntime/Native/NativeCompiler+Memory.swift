/// Moves, globals and linear-memory access.
extension NativeCompiler {
    /// Returns false when `op` is not a move, global or memory instruction.
    mutating func data(_ op: Op, _ w: UnsafePointer<UInt32>) -> Bool {
        switch op {
        case .copy:
            a.load64(.rax, slot(w[2]))
            a.store64(slot(w[1]), .rax)
        case .const32: constant(w[1], UInt64(w[2]))
        case .const64: constant(w[1], UInt64(w[2]) | UInt64(w[3]) << 32)
        case .select:
            a.load32(.rcx, slot(w[4]))
            a.load64(.rax, slot(w[2]))
            a.test(.rcx, .rcx, w: false)
            a.conditionalMove(.equal, .rax, slot(w[3]), w: true)
            a.store64(slot(w[1]), .rax)
        case .globalGet:
            cell(w[2])
            a.load64(.rax, X86Memory(base: .rax))
            a.store64(slot(w[1]), .rax)
        case .globalSet:
            cell(w[1])
            a.load64(.rcx, slot(w[2]))
            a.store64(X86Memory(base: .rax), .rcx)
        case .globalAddI32, .globalAddTee:
            cell(w[1])
            a.load32(.rcx, X86Memory(base: .rax))
            a.alu(.add, .rcx, immediate: Int32(bitPattern: w[2]), w: false)
            a.store64(X86Memory(base: .rax), .rcx)
            if op == .globalAddTee { a.store64(slot(w[3]), .rcx) }
        case .globalAddI64, .gasCharge:
            cell(w[1])
            a.load64(.rcx, X86Memory(base: .rax))
            add64(.rcx, UInt64(w[2]) | UInt64(w[3]) << 32)
            a.store64(X86Memory(base: .rax), .rcx)
            if op == .gasCharge {
                // The stores leave the flags of the addition: a negative balance traps.
                a.store64(slot(w[4]), .rcx)
                trap(.sign, .unreachable)
            }
        case .stackGuard: stackGuard(w)
        case .memorySize:
            a.mov(.rax, .r14)
            a.shift(.shr, .rax, by: 16, w: true)
            a.store64(slot(w[1]), .rax)
        default: return load(op, w) || store(op, w)
        }
        return true
    }

    private mutating func constant(_ d: UInt32, _ v: UInt64) {
        if let s = Int32(exactly: Int64(bitPattern: v)) {
            a.storeImmediate64(slot(d), s)
        } else {
            a.movImmediate(.rax, v)
            a.store64(slot(d), .rax)
        }
    }

    /// rax = the address of global `g`'s cell.
    private mutating func cell(_ g: UInt32) { a.load64(.rax, X86Memory(base: .rbx, displacement: Int32(g) * 8)) }

    /// r += v (64-bit), setting the flags of the addition.
    mutating func add64(_ r: X86Register, _ v: UInt64) {
        if let s = Int32(exactly: Int64(bitPattern: v)) {
            a.alu(.add, r, immediate: s, w: true)
        } else {
            a.movImmediate(.rdx, v)
            a.alu(.add, r, .rdx, w: true)
        }
    }

    /// rax = the effective address of `slot + offset`; traps unless `size` bytes there are in bounds.
    private mutating func address(_ s: UInt32, _ offset: UInt32, _ size: Int32) {
        a.load32(.rax, slot(s))
        if offset != 0 { add64(.rax, UInt64(offset)) }
        a.lea(.rcx, X86Memory(base: .rax, displacement: size))
        a.alu(.cmp, .rcx, .r14, w: true)
        trap(.above, .memoryOutOfBounds)
    }

    private var heap: X86Memory { X86Memory(base: .r13, index: .rax) }

    /// `d a off`.
    private mutating func load(_ op: Op, _ w: UnsafePointer<UInt32>) -> Bool {
        let size: Int32
        switch op {
        case .i32Load, .f32Load, .i64Load32S, .i64Load32U: size = 4
        case .i64Load, .f64Load: size = 8
        case .i32Load8S, .i32Load8U, .i64Load8S, .i64Load8U: size = 1
        case .i32Load16S, .i32Load16U, .i64Load16S, .i64Load16U: size = 2
        default: return false
        }
        address(w[2], w[3], size)
        switch op {
        case .i32Load, .f32Load, .i64Load32U: a.load32(.rcx, heap)
        case .i64Load, .f64Load: a.load64(.rcx, heap)
        case .i32Load8S: a.loadSignExtend8(.rcx, heap, w: false)
        case .i64Load8S: a.loadSignExtend8(.rcx, heap, w: true)
        case .i32Load8U, .i64Load8U: a.loadZeroExtend8(.rcx, heap)
        case .i32Load16S: a.loadSignExtend16(.rcx, heap, w: false)
        case .i64Load16S: a.loadSignExtend16(.rcx, heap, w: true)
        case .i32Load16U, .i64Load16U: a.loadZeroExtend16(.rcx, heap)
        default: a.loadSignExtend32(.rcx, heap)
        }
        a.store64(slot(w[1]), .rcx)
        return true
    }

    /// `a v off`.
    private mutating func store(_ op: Op, _ w: UnsafePointer<UInt32>) -> Bool {
        let size: Int32
        switch op {
        case .i32Store, .i64Store32: size = 4
        case .i64Store: size = 8
        case .i32Store8, .i64Store8: size = 1
        case .i32Store16, .i64Store16: size = 2
        default: return false
        }
        address(w[1], w[3], size)
        a.load64(.rcx, slot(w[2]))
        switch size {
        case 8: a.store64(heap, .rcx)
        case 4: a.store32(heap, .rcx)
        case 2: a.store16(heap, .rcx)
        default: a.store8(heap, .rcx)
        }
        return true
    }
}
