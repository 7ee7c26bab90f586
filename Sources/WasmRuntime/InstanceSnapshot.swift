/// The state `Instance.reset(to:)` restores: memory contents and size, defined mutable globals,
/// the table and the dropped-segment flags.
public struct InstanceSnapshot {
    let pageCount: Int
    let memoryImage: [UInt8]
    let globals: [(index: Int, bits: UInt64)]
    /// The table as function indices of the snapshotted instance (nil: null or foreign), so that
    /// restoring it into another instance of the module points at that instance's functions.
    let tableElements: [TableEntry]
    let droppedData: [Bool]
    let droppedElements: [Bool]
}
