import WasmKit

/// The memory and mutable globals of a freshly instantiated module.
struct InstanceSnapshot {
    var memory: [UInt8]
    var globals: [Value]
}
