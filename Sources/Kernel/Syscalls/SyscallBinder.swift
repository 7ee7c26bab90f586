import FVMShared
import FVMWasm
import WasmRuntime

/// Collects the host functions of one ABI generation for kernels of type `K`. Every binding
/// charges `OnSyscall`, checks its out-pointer, decodes its arguments, calls the kernel, writes
/// its return record, and turns kernel errors into error numbers, out-of-gas signals or fatal
/// errors.
///
/// Generic over the kernel, so the bindings the production table is built from call the concrete
/// kernel's methods directly.
struct SyscallBinder<K: GasOps> {
    let generation: SyscallSet.Generation
    private(set) var table = HostFunctionTable()

    init(generation: SyscallSet.Generation) { self.generation = generation }

    typealias Body<R> = (inout SyscallContext<K>) throws -> R

    /// A syscall that writes a record of type `R` to the out-pointer it takes first.
    mutating func bind<R: SyscallReturn>(
        _ module: String, _ name: String, _ params: [ValueType], returning: R.Type, _ body: @escaping Body<R>
    ) {
        table.register(
            HostFunction(module: module, name: name, parameters: params, results: [.i32]) { call in
                let kernel = try Self.enter(call)
                let out = call.arguments.u32(0)
                if UInt64(out) + UInt64(R.size) > UInt64(call.memory.byteCount) {
                    call.skipGasResync()
                    call.result = ErrorNumber.illegalArgument.rawValue
                    return
                }
                var context = SyscallContext(
                    kernel: kernel, memory: call.memory, args: call.arguments, firstArgument: 1)
                call.result = try Self.errorNumber(module, name) { () throws in
                    let value = try body(&context)
                    try context.write(try ReturnEncoder.encode(value), at: out)
                }
            })
    }

    /// A syscall without a return record.
    mutating func bind(_ module: String, _ name: String, _ params: [ValueType], _ body: @escaping Body<Void>) {
        table.register(
            HostFunction(module: module, name: name, parameters: params, results: [.i32]) { call in
                let kernel = try Self.enter(call)
                var context = SyscallContext(
                    kernel: kernel, memory: call.memory, args: call.arguments, firstArgument: 0)
                call.result = try Self.errorNumber(module, name) { () throws in try body(&context) }
            })
    }

    /// A syscall that ends the invocation (`vm.abort`, `vm.exit`): it gets the raw call after the
    /// `OnSyscall` charge and throws the signal itself.
    mutating func bindExit(
        _ module: String, _ name: String, _ params: [ValueType],
        _ body: @escaping (borrowing FVMWasm.HostCall) throws -> Void
    ) {
        table.register(
            HostFunction(module: module, name: name, parameters: params, results: [.i32]) { call in
                _ = try Self.enter(call)
                try body(call)
            })
    }

    /// The invocation's kernel, after charging the syscall.
    private static func enter(_ call: borrowing FVMWasm.HostCall) throws -> K {
        guard let kernel = call.context as? K else {
            throw ExecutionError.fatal(.invariant("syscall outside an invocation"))
        }
        do {
            try kernel.chargeSyscall()
        } catch {
            throw HostSignal.outOfGas
        }
        return kernel
    }

    /// Runs a binding: 0 on success, the error number of a syscall error; out of gas and fatal
    /// errors unwind the invocation.
    private static func errorNumber(_ module: String, _ name: String, _ run: () throws -> Void) throws -> UInt32 {
        do {
            try run()
            return 0
        } catch let error as ExecutionError {
            switch error {
            case .syscall(let number, _): return number.rawValue
            case .outOfGas: throw HostSignal.outOfGas
            case .fatal(let cause): throw ExecutionError.fatal(.inSyscall("\(module).\(name)", cause))
            }
        }
    }
}
