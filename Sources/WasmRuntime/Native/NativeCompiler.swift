/// Translates a module's internal code into x86-64 machine code, one function after another.
///
/// The translation is a template per instruction: slots stay in the value stack, addressed from
/// the frame pointer, so a native activation has exactly the frame the interpreter would give it
/// and every instruction has the interpreter's effect, trap points and order of side effects.
/// Registers while Wasm code runs: r12 frame pointer, r13 memory base, r14 memory size in bytes,
/// r15 the `NativeContext`, rbx the instance's global cells; the rest are scratch.
struct NativeCompiler {
    var a = X86Assembler()
    let code: UnsafePointer<UInt32>
    let codeCount: Int
    let functions: [CompiledFunction]
    let importCount: Int

    private var entries: [Int] = []
    private var calls: [(field: Int, function: Int)] = []
    /// Per function: the native position of every internal instruction, by code offset.
    var labels: [Int] = []
    var functionStart = 0
    var branches: [(field: Int, target: Int)] = []
    var traps: [(field: Int, trap: Trap)] = []
    var propagations: [Int] = []

    init(module: CompiledModule) {
        code = UnsafePointer(module.code)
        codeCount = module.codeCount
        functions = module.functions
        importCount = module.structure.importedFunctionCount
        a.reserve(module.codeCount * 8)
    }

    /// Native code for every defined function of `module`, or nil where it cannot be generated.
    static func compile(_ module: CompiledModule) -> NativeCode? {
        guard NativeCode.isSupported else { return nil }
        var compiler = NativeCompiler(module: module)
        compiler.trampoline()
        for i in module.functions.indices { compiler.function(i) }
        for call in compiler.calls {
            compiler.a.link(call.field, to: compiler.entries[call.function - compiler.importCount])
        }
        return NativeCode(bytes: compiler.a.bytes, entries: compiler.entries)
    }

    /// Saves the callee-saved registers, loads the fixed ones from the context, sets the native
    /// stack limit that bounds the call depth, and calls the entry.
    private mutating func trampoline() {
        for r in [X86Register.rbx, .rbp, .r12, .r13, .r14, .r15] { a.push(r) }
        a.alu(.sub, .rsp, immediate: 8, w: true)
        a.mov(.r15, .rdi)
        a.mov(.r12, .rsi)
        a.load64(.rbx, context(NativeLayout.globals))
        a.load64(.rax, context(NativeLayout.memory))
        a.load64(.r13, X86Memory(base: .rax, displacement: NativeLayout.memoryBase))
        a.load64(.r14, X86Memory(base: .rax, displacement: NativeLayout.memoryBytes))
        a.mov(.rax, .rsp)
        a.alu(.sub, .rax, context(NativeLayout.depthBytes), w: true)
        a.store64(context(NativeLayout.stackLimit), .rax)
        a.call(.rdx)
        a.alu(.add, .rsp, immediate: 8, w: true)
        for r in [X86Register.r15, .r14, .r13, .r12, .rbp, .rbx] { a.pop(r) }
        a.ret()
    }

    private mutating func function(_ index: Int) {
        let f = functions[index]
        let end = index + 1 < functions.count ? functions[index + 1].codeOffset : codeCount
        functionStart = f.codeOffset
        labels = Array(repeating: -1, count: end - f.codeOffset)
        branches.removeAll(keepingCapacity: true)
        traps.removeAll(keepingCapacity: true)
        propagations.removeAll(keepingCapacity: true)
        entries.append(a.position)
        prologue(f)
        var pc = f.codeOffset
        while pc < end {
            labels[pc - functionStart] = a.position
            let words = code + pc
            let op = UnsafeRawPointer(words).load(as: Op.self)
            instruction(op, words, at: pc)
            pc += op.length(words)
        }
        for b in branches { a.link(b.field, to: labels[b.target - functionStart]) }
        epilogues()
    }

    /// Checks the depth and the value stack as the interpreter does before entering, then
    /// zeroes the declared locals.
    private mutating func prologue(_ f: CompiledFunction) {
        a.alu(.sub, .rsp, immediate: 8, w: true)
        a.alu(.cmp, .rsp, context(NativeLayout.stackLimit), w: true)
        trap(.below, .callStackExhausted)
        a.lea(.rax, slot(UInt32(f.frameSize)))
        a.alu(.cmp, .rax, context(NativeLayout.stackEnd), w: true)
        trap(.above, .callStackExhausted)
        guard f.localCount > 0 else { return }
        a.alu(.xor, .rax, .rax, w: false)
        if f.localCount <= 8 {
            for i in 0..<f.localCount { a.store64(slot(UInt32(f.parameterCount + i)), .rax) }
        } else {
            a.lea(.rdi, slot(UInt32(f.parameterCount)))
            a.movImmediate(.rcx, UInt64(f.localCount))
            a.repeatStoreQuadwords()
        }
    }

    /// The shared exits: one that returns the status in eax, and one per trap kind used.
    private mutating func epilogues() {
        let exit = a.position
        a.alu(.add, .rsp, immediate: 8, w: true)
        a.ret()
        for field in propagations { a.link(field, to: exit) }
        var stubs: [Int: Int] = [:]
        for t in traps {
            let code = NativeStatus.code(t.trap)
            if let stub = stubs[Int(code)] {
                a.link(t.field, to: stub)
                continue
            }
            stubs[Int(code)] = a.position
            a.link(t.field, to: a.position)
            a.movImmediate(.rax, UInt64(code))
            a.link(a.jump(), to: exit)
        }
    }

    private mutating func instruction(_ op: Op, _ w: UnsafePointer<UInt32>, at pc: Int) {
        if control(op, w, at: pc) || data(op, w) || integer(op, w) { return }
        cold(w)
    }

    // MARK: Helpers for the instruction templates

    func slot(_ s: UInt32) -> X86Memory { X86Memory(base: .r12, displacement: Int32(s) * 8) }
    func context(_ offset: Int32) -> X86Memory { X86Memory(base: .r15, displacement: offset) }

    mutating func trap(_ c: X86Condition, _ t: Trap) { traps.append((a.jump(c), t)) }
    mutating func trap(_ t: Trap) { traps.append((a.jump(), t)) }

    /// Leaves the function with the status in eax when it is not `ok`.
    mutating func propagateStatus() {
        a.test(.rax, .rax, w: false)
        propagations.append(a.jump(.notEqual))
    }

    mutating func reloadMemorySize() {
        a.load64(.rax, context(NativeLayout.memory))
        a.load64(.r14, X86Memory(base: .rax, displacement: NativeLayout.memoryBytes))
    }

    mutating func branch(_ c: X86Condition?, to target: Int) {
        branches.append((c.map { a.jump($0) } ?? a.jump(), target))
    }

    mutating func callDefined(_ function: Int) { calls.append((a.call(), function)) }

    /// Runs one instruction through the interpreter's out-of-line implementation.
    mutating func cold(_ words: UnsafePointer<UInt32>) {
        a.mov(.rdi, .r15)
        a.movImmediate(.rsi, UInt64(UInt(bitPattern: words)))
        a.mov(.rdx, .r12)
        a.call(context(NativeLayout.executeCold))
        propagateStatus()
        if UnsafeRawPointer(words).load(as: Op.self) == .memoryGrow { reloadMemorySize() }
    }
}
