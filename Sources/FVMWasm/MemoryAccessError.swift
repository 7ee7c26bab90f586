/// A guest address range outside linear memory.
public struct MemoryAccessError: Error, Sendable, Equatable, CustomStringConvertible {
    public var offset: UInt64
    public var count: UInt64
    public var memorySize: Int
    public var description: String { "memory access [\(offset), +\(count)) outside \(memorySize) bytes" }
}
