/// The state `Instance.reset(to:)` restores: memory contents and size, defined mutable globals,
/// the table and the dropped-segment flags.
public struct InstanceSnapshot {
    let pageCount: Int
    let memoryImage: [UInt8]
    let globals: [(index: Int, bits: UInt64)]
    let tableElements: [FunctionReference]
    let droppedData: [Bool]
    let droppedElements: [Bool]
}
