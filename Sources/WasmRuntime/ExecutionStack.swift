/// The value stack and the call-frame stack of one invocation (and the Wasm calls it makes).
final class ExecutionStack {
    struct Frame {
        var returnPC: UnsafePointer<UInt32>?
        var fp: UnsafeMutablePointer<UInt64>
        var instance: Unmanaged<Instance>
    }

    let slots: UnsafeMutablePointer<UInt64>
    let slotCount: Int
    let frames: UnsafeMutablePointer<Frame>
    let maxDepth: Int

    init(configuration: RuntimeConfiguration) {
        slotCount = max(configuration.valueStackSlots, 16)
        maxDepth = max(configuration.maxCallDepth, 1)
        slots = .allocate(capacity: slotCount)
        frames = .allocate(capacity: maxDepth + 1)
    }

    deinit {
        slots.deallocate()
        frames.deallocate()
    }

    var end: UnsafeMutablePointer<UInt64> { slots + slotCount }
}
