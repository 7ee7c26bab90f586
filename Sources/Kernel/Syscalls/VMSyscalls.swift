import FVMShared
import FVMWasm
import WasmRuntime

/// `vm`: ending the invocation (`abort` in v2, `exit` in v3) and the v2 invocation context.
enum VMSyscalls {
    /// v2 `vm.context`: what the invocation received, from whom, and where the network is.
    struct InvocationContextReturn: SyscallReturn {
        var valueReceived: TokenAmountReturn
        var caller: UInt64
        var receiver: UInt64
        var method: UInt64
        var epoch: Int64
        var networkVersion: UInt32
        static let size = TokenAmountReturn.size + UInt64.size * 3 + Int64.size + UInt32.size

        func encode(into encoder: inout ReturnEncoder) {
            encoder.record(valueReceived)
            encoder.integer(caller)
            encoder.integer(receiver)
            encoder.integer(method)
            encoder.integer(epoch)
            encoder.integer(networkVersion)
        }
    }

    /// v3 `exit` reads at most this much of the actor's message.
    static let maxExitMessage: UInt32 = 1024

    static func bind<K: NetworkOps & MessageOps>(_ b: inout SyscallBinder<K>) {
        switch b.generation {
        case .v2:
            b.bindExit("vm", "abort", [.i32, .i32, .i32]) { call in
                let args = call.arguments
                let message = abortMessage(call.memory, offset: args.u32(1), length: args.u32(2))
                throw HostSignal.exit(code: args.u32(0), returnBlock: 0, message: message)
            }
            b.bind("vm", "context", [.i32], returning: InvocationContextReturn.self) { c in
                let message = c.kernel.message
                return InvocationContextReturn(
                    valueReceived: try TokenAmountReturn(message.valueReceived), caller: message.caller,
                    receiver: message.receiver, method: message.method, epoch: c.kernel.machineContext.epoch,
                    networkVersion: c.kernel.networkVersion)
            }
        case .v3:
            b.bindExit("vm", "exit", [.i32, .i32, .i32, .i32]) { call in
                let args = call.arguments
                let message = exitMessage(call.memory, offset: args.u32(2), length: args.u32(3))
                throw HostSignal.exit(code: args.u32(0), returnBlock: args.u32(1), message: message)
            }
            b.bind("vm", "message_context", [.i32], returning: MessageContextReturn.self) { c in
                try MessageContextReturn(try c.kernel.messageContext())
            }
        }
    }

    /// v2: the abort message as UTF-8; an unreadable or invalid one is replaced by a note saying
    /// so, because the abort itself must still happen.
    static func abortMessage(_ memory: LinearMemory, offset: UInt32, length: UInt32) -> String {
        do {
            let bytes = try memory.read(offset: offset, count: length)
            return String(validating: bytes, as: UTF8.self) ?? "actor aborted (message is not UTF-8)"
        } catch {
            return "actor aborted (message unreadable: \(error))"
        }
    }

    /// v3: the exit message, decoded leniently and cut to `maxExitMessage` bytes; an unreadable
    /// one is replaced by a note saying so, because the exit itself must still happen.
    static func exitMessage(_ memory: LinearMemory, offset: UInt32, length: UInt32) -> String {
        do {
            let bytes = try memory.read(offset: offset, count: min(length, maxExitMessage))
            return String(decoding: bytes, as: UTF8.self)
        } catch {
            return "exit message unreadable: \(error)"
        }
    }
}

extension VMSyscalls {
    /// v3 `vm.message_context`: the top-level message and this invocation.
    struct MessageContextReturn: SyscallReturn {
        var origin: UInt64
        var nonce: UInt64
        var caller: UInt64
        var receiver: UInt64
        var method: UInt64
        var valueReceived: TokenAmountReturn
        var gasPremium: TokenAmountReturn
        /// Bit 0: read-only.
        var flags: UInt64
        static let size = UInt64.size * 5 + TokenAmountReturn.size * 2 + UInt64.size

        init(_ m: MessageContext) throws(ExecutionError) {
            origin = m.origin
            nonce = m.nonce
            caller = m.caller
            receiver = m.receiver
            method = m.method
            valueReceived = try TokenAmountReturn(m.valueReceived)
            gasPremium = try TokenAmountReturn(m.gasPremium)
            flags = m.readOnly ? 1 : 0
        }

        func encode(into encoder: inout ReturnEncoder) {
            for field in [origin, nonce, caller, receiver, method] { encoder.integer(field) }
            encoder.record(valueReceived)
            encoder.record(gasPremium)
            encoder.integer(flags)
        }
    }
}
