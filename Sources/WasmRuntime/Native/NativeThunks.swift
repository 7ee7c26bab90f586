/// The Swift functions native code calls for what it does not do inline: calls to imported or
/// foreign functions, and the cold instructions. Each returns a `NativeStatus` code.
enum NativeThunks {
    typealias CallImport = @convention(c) (UnsafeMutableRawPointer, UInt32, UnsafeMutablePointer<UInt64>) -> UInt32
    typealias CallReference =
        @convention(c) (UnsafeMutableRawPointer, UnsafeRawPointer, UnsafeMutablePointer<UInt64>) -> UInt32
    typealias ExecuteCold =
        @convention(c) (UnsafeMutableRawPointer, UnsafePointer<UInt32>, UnsafeMutablePointer<UInt64>) -> UInt32

    nonisolated(unsafe) static let callImport = unsafeBitCast(callImportBody, to: UnsafeRawPointer.self)
    nonisolated(unsafe) static let callReference = unsafeBitCast(callReferenceBody, to: UnsafeRawPointer.self)
    nonisolated(unsafe) static let executeCold = unsafeBitCast(executeColdBody, to: UnsafeRawPointer.self)

    private static let callImportBody: CallImport = { raw, index, fp in
        let context = raw.assumingMemoryBound(to: NativeContext.self)
        return call(context.pointee.runningInstance.functions[Int(index)], fp: fp, context: context)
    }

    private static let callReferenceBody: CallReference = { raw, reference, fp in
        let context = raw.assumingMemoryBound(to: NativeContext.self)
        return call(reference.load(as: FunctionReference.self), fp: fp, context: context)
    }

    private static let executeColdBody: ExecuteCold = { raw, pc, fp in
        let context = raw.assumingMemoryBound(to: NativeContext.self)
        do throws(ExecutionError) {
            _ = try Interpreter.cold(pc, fp, context.pointee.runningInstance)
            return NativeStatus.ok
        } catch {
            return NativeStatus.code(error, in: context)
        }
    }

    /// A host function, or a function of another instance (which runs with its own context).
    private static func call(
        _ reference: FunctionReference, fp: UnsafeMutablePointer<UInt64>, context: UnsafeMutablePointer<NativeContext>
    ) -> UInt32 {
        do throws(ExecutionError) {
            if let host = reference.host {
                try Interpreter.callHost(host.takeUnretainedValue(), slots: fp, caller: context.pointee.runningInstance)
            } else {
                try NativeExecution.run(reference, fp: fp, stack: context.pointee.stack.takeUnretainedValue())
            }
            return NativeStatus.ok
        } catch {
            return NativeStatus.code(error, in: context)
        }
    }
}
