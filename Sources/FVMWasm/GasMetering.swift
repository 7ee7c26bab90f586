/// The metered-block algorithm of fvm-wasm-instrument.
enum GasMetering {
    /// An instruction whose linear cost is charged at run time from the i32 on the stack.
    struct DynamicCharge {
        var position: Int
        var unit: UInt32
    }

    private struct ControlBlock {
        var lowestForwardTarget: Int
        var active: MeteredBlock
        var isLoop: Bool
    }

    private struct Counter {
        var stack: [ControlBlock] = []
        var finalized: [MeteredBlock] = []

        mutating func begin(_ cursor: Int, isLoop: Bool) {
            stack.append(
                ControlBlock(
                    lowestForwardTarget: stack.count, active: MeteredBlock(start: cursor, cost: 0), isLoop: isLoop))
        }

        mutating func finalizeMetered(_ cursor: Int) {
            let last = stack.count - 1
            let closing = stack[last].active
            stack[last].active = MeteredBlock(start: cursor + 1, cost: 0)
            // A `block` shares its parent's start: merge instead of charging twice.
            if last > 0 && closing.start == stack[last - 1].active.start {
                stack[last - 1].active.cost += closing.cost
                return
            }
            if closing.cost > 0 { finalized.append(closing) }
        }

        mutating func finalizeControl(_ cursor: Int) {
            finalizeMetered(cursor)
            let closing = stack.removeLast()
            let index = stack.count
            if stack.isEmpty { return }
            stack[index - 1].lowestForwardTarget = min(
                stack[index - 1].lowestForwardTarget, closing.lowestForwardTarget)
            if closing.lowestForwardTarget < index { finalizeMetered(cursor) }
        }

        mutating func branch(_ cursor: Int, targets: some Sequence<Int>) {
            finalizeMetered(cursor)
            for t in targets where !stack[t].isLoop {
                stack[stack.count - 1].lowestForwardTarget = min(stack[stack.count - 1].lowestForwardTarget, t)
            }
        }

        mutating func add(_ c: UInt64) throws(WasmPreparationError) {
            let (v, o) = stack[stack.count - 1].active.cost.addingReportingOverflow(c)
            if o { throw .gasInjection(reason: "block cost overflow", function: nil) }
            stack[stack.count - 1].active.cost = v
        }
    }

    /// Splits a body into metered blocks (sorted by start) and the dynamically charged sites.
    static func meter(
        _ ops: [WasmInstruction], labels: [UInt32], rules: InstrumentationRules,
        function: Int
    ) throws(WasmPreparationError) -> (blocks: [MeteredBlock], dynamic: [DynamicCharge]) {
        func fail(_ reason: String) -> WasmPreparationError { .gasInjection(reason: reason, function: function) }
        var counter = Counter()
        counter.begin(0, isLoop: false)
        var lastConst: Int64? = nil
        var dynamic: [DynamicCharge] = []
        for (cursor, op) in ops.enumerated() {
            guard !counter.stack.isEmpty else { throw fail("instruction after the final end") }
            var cost: UInt64
            switch rules.prices.cost(op.opcode) {
            case .fixed(let c): cost = c
            case .linear(let base, let unit):
                if !rules.linearCosts {
                    cost = base
                    break
                }
                guard unit < 0x8000_0000 else { throw fail("cost per unit exceeds 2^31") }
                if let k = lastConst {
                    guard k >= 0 else { throw fail("linearly priced instruction with a negative constant argument") }
                    cost = base + UInt64(k) * UInt64(unit)
                } else {
                    dynamic.append(DynamicCharge(position: cursor, unit: unit))
                    cost = base
                }
            }
            switch op.opcode {
            case Op.block:
                try counter.add(cost)
                counter.begin(counter.stack[counter.stack.count - 1].active.start, isLoop: false)
            case Op.if:
                try counter.add(cost)
                counter.begin(cursor + 1, isLoop: false)
            case Op.loop:
                try counter.add(cost)
                counter.begin(cursor + 1, isLoop: true)
            case Op.end:
                counter.finalizeControl(cursor)
            case Op.else:
                counter.finalizeMetered(cursor)
            case Op.br, Op.brIf:
                try counter.add(cost)
                let target = counter.stack.count - 1 - Int(op.immediate)
                guard target >= 0 else { throw fail("branch label \(op.immediate) out of range") }
                counter.branch(cursor, targets: CollectionOfOne(target))
            case Op.brTable:
                try counter.add(cost)
                let top = counter.stack.count - 1
                let first = Int(op.immediate)
                let n = Int(op.count)
                var targets: [Int] = []
                targets.reserveCapacity(n + 1)
                if rules.brTableDefaultIsTarget { targets.append(top - Int(labels[first + n])) }
                for i in 0..<n { targets.append(top - Int(labels[first + i])) }
                guard targets.allSatisfy({ $0 >= 0 }) else { throw fail("br_table label out of range") }
                counter.branch(cursor, targets: targets)
            case Op.return:
                try counter.add(cost)
                counter.branch(cursor, targets: CollectionOfOne(0))
            case Op.i32Const:
                try counter.add(cost)
                lastConst = op.immediate
                continue
            default:
                try counter.add(cost)
            }
            lastConst = nil
        }
        guard counter.stack.isEmpty else { throw fail("body ends inside a control block") }
        counter.finalized.sort { $0.start < $1.start }
        return (counter.finalized, dynamic)
    }
}
