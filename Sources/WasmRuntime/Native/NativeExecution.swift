/// Runs a Wasm function: natively when its module has native code, else in the interpreter.
enum NativeExecution {
    static func run(_ reference: FunctionReference, fp: UnsafeMutablePointer<UInt64>, stack: ExecutionStack)
        throws(ExecutionError)
    {
        let instance = reference.instance!.takeUnretainedValue()
        guard let entry = reference.native, let code = instance.module.native else {
            try Interpreter.run(reference, fp: fp, stack: stack)
            return
        }
        var context = NativeContext(instance: instance, stack: stack)
        let status = withUnsafeMutablePointer(to: &context) { code.enter($0, fp, entry) }
        switch status {
        case NativeStatus.ok: return
        case NativeStatus.hostError: throw context.error!
        default: throw .trap(NativeStatus.traps[Int(status) - 1])
        }
    }
}
