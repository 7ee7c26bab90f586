/// A callable: a function of an instance, or a host function (`Function(host:)`).
public struct Function {
    enum Storage {
        case wasm(Instance, Int)
        case host(HostFunctionBox)
    }

    let storage: Storage

    init(instance: Instance, index: Int) { storage = .wasm(instance, index) }

    /// Wraps a host function so it can be imported by a module or invoked directly.
    public init(host: HostFunction) { storage = .host(HostFunctionBox(host)) }

    public var type: FunctionType {
        switch storage {
        case .wasm(let instance, let index): instance.module.structure.functionType(index)
        case .host(let box): box.function.type
        }
    }

    /// The reference the interpreter calls, and the object that must stay alive for it.
    var reference: (FunctionReference, AnyObject) {
        switch storage {
        case .wasm(let instance, let index):
            (instance.functions[index], instance.owner(ofFunction: index))
        case .host(let box): (box.reference, box)
        }
    }

    public func invoke(_ args: [Value]) throws(ExecutionError) -> [Value] {
        let t = type
        guard args.count == t.parameters.count, zip(args, t.parameters).allSatisfy({ $0.type == $1 })
        else {
            preconditionFailure("arguments do not match \(t)")
        }
        switch storage {
        case .wasm(let instance, let index):
            return try instance.invoke(function: index, args)
        case .host(let box):
            var slots = args.map(\.bits) + [0]
            try slots.withUnsafeMutableBufferPointer { (b) throws(ExecutionError) in
                try Interpreter.callHost(box, slots: b.baseAddress!, caller: nil)
            }
            return t.results.map { Value(bits: slots[0], type: $0) }
        }
    }
}
