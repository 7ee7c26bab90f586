/// Validates one function body and translates it into slot-addressed internal code in one pass.
///
/// The operand stack is tracked at compile time, so every stack position is a fixed frame slot
/// after the locals. A stack entry may stay virtual (a local or a constant) until an instruction
/// consumes it as an operand; it is written to its slot only when something needs it there.
struct FunctionCompiler {
    enum Source: Equatable {
        case slot
        case local(UInt32)
        case constant(UInt64)
    }

    struct Operand {
        /// `nil` is the unknown type of a polymorphic (unreachable) stack.
        var type: ValueType?
        var source: Source
    }

    struct Control {
        enum Kind { case function, block, loop, `if`, `else` }
        var kind: Kind
        var result: ValueType?
        var height: Int
        var unreachable = false
        var liveAtEntry: Bool
        /// Loop: the code position branches jump back to.
        var start = 0
        /// Forward branches to the end: (instruction start, offset word).
        var patches: [(Int, Int)] = []
        var elseBranch: (Int, Int)? = nil
    }

    struct Compare {
        var start: Int
        var end: Int
        var result: UInt32
        var branch: Op
        var operands: (UInt32, UInt32)
    }

    let module: ModuleStructure
    let typeIDs: [Int32]
    let canonicalizeNaNs: Bool
    let features: Features
    let functionIndex: Int
    let type: FunctionType
    var reader: ByteReader
    var locals: [ValueType]
    var stack: [Operand] = []
    var controls: [Control] = []
    var code: [UInt32] = []
    var maxHeight = 0
    /// False while translating code no execution can reach; such code is validated but not emitted.
    var live = true
    /// The last emitted instruction, when it writes a slot through its first operand word.
    var lastDefinition: (start: Int, slot: UInt32)?
    var lastCompare: Compare?
    var localReferences = 0

    init(
        module: ModuleStructure, typeIDs: [Int32], configuration: RuntimeConfiguration, function: Int,
        body: FunctionBody, bytes: UnsafeBufferPointer<UInt8>
    ) {
        self.module = module
        self.typeIDs = typeIDs
        canonicalizeNaNs = configuration.canonicalizeNaNs
        features = configuration.features
        functionIndex = function
        type = module.functionType(function)
        reader = ByteReader(bytes, offset: body.code.lowerBound, end: body.code.upperBound)
        locals = type.parameters + body.locals
        code.reserveCapacity(body.code.count * 2)
    }

    func invalid(_ reason: String) -> ModuleError {
        .invalid(reason: reason, function: functionIndex, offset: reader.offset)
    }

    func home(_ position: Int) -> UInt32 { UInt32(locals.count + position) }

    // MARK: Emission

    mutating func emit(_ op: Op, _ operands: UInt32...) {
        lastDefinition = nil
        lastCompare = nil
        guard live else { return }
        code.append(UInt32(op.rawValue))
        code.append(contentsOf: operands)
    }

    /// Emits an instruction whose first operand is the destination slot `d`.
    mutating func define(_ op: Op, _ d: UInt32, _ operands: UInt32...) {
        lastCompare = nil
        guard live else {
            lastDefinition = nil
            return
        }
        let start = code.count
        code.append(UInt32(op.rawValue))
        code.append(d)
        code.append(contentsOf: operands)
        lastDefinition = (start, d)
    }

    mutating func emitConstant(_ d: UInt32, _ value: UInt64, _ type: ValueType?) {
        if type == .i64 || type == .f64 {
            define(
                .const64, d, UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32))
        } else {
            define(.const32, d, UInt32(truncatingIfNeeded: value))
        }
    }

    /// Emits a branch whose offset is patched later; returns (instruction start, offset word).
    mutating func emitBranch(_ op: Op, _ operands: UInt32...) -> (Int, Int)? {
        lastDefinition = nil
        lastCompare = nil
        guard live else { return nil }
        let start = code.count
        code.append(UInt32(op.rawValue))
        code.append(contentsOf: operands)
        code.append(0)
        return (start, code.count - 1)
    }

    mutating func patch(_ site: (Int, Int), to target: Int) {
        code[site.1] = UInt32(bitPattern: Int32(target - site.0))
    }

    // MARK: Operand stack

    mutating func push(_ type: ValueType?, _ source: Source = .slot) {
        if case .local = source { localReferences += 1 }
        stack.append(Operand(type: type, source: source))
        if stack.count > maxHeight { maxHeight = stack.count }
    }

    mutating func pop(_ expected: ValueType?) throws(ModuleError) -> Operand {
        let frame = controls[controls.count - 1]
        if stack.count == frame.height {
            guard frame.unreachable else { throw invalid("type mismatch") }
            return Operand(type: expected, source: .slot)
        }
        var v = stack.removeLast()
        if case .local = v.source { localReferences -= 1 }
        if let expected {
            if let t = v.type, t != expected { throw invalid("type mismatch") }
            v.type = expected
        }
        return v
    }

    /// The slot holding operand `v` that was popped from `position`, writing a constant to its slot.
    mutating func use(_ v: Operand, _ position: Int) -> UInt32 {
        switch v.source {
        case .slot: return home(position)
        case .local(let x): return x
        case .constant(let k):
            emitConstant(home(position), k, v.type)
            return home(position)
        }
    }

    /// Writes the virtual stack entry at `position` to its own slot.
    mutating func materialize(_ position: Int) {
        let v = stack[position]
        switch v.source {
        case .slot: return
        case .local(let x):
            localReferences -= 1
            define(.copy, home(position), x)
        case .constant(let k):
            emitConstant(home(position), k, v.type)
        }
        stack[position].source = .slot
    }

    mutating func materializeFrame() {
        for i in controls[controls.count - 1].height..<stack.count { materialize(i) }
    }

    /// Entries reading local `x` must be copied out before `x` changes.
    mutating func willWrite(local x: UInt32) {
        guard localReferences > 0 else { return }
        for i in stack.indices where stack[i].source == .local(x) { materialize(i) }
    }

    mutating func markUnreachable() {
        let h = controls[controls.count - 1].height
        for i in h..<stack.count { if case .local = stack[i].source { localReferences -= 1 } }
        stack.removeSubrange(h...)
        controls[controls.count - 1].unreachable = true
        live = false
    }
}
