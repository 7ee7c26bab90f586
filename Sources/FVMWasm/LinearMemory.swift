import WasmRuntime

/// Bounds-checked access to an actor's linear memory from host functions.
///
/// Valid only during the host call that received it.
public struct LinearMemory {
    let memory: Memory

    /// Current size in bytes.
    public var byteCount: Int { memory.byteCount }

    /// Checks that `[offset, offset + count)` lies inside memory.
    public func check(offset: UInt32, count: UInt32) throws(MemoryAccessError) {
        let end = UInt64(offset) + UInt64(count)
        guard end <= UInt64(memory.byteCount) else {
            throw MemoryAccessError(offset: UInt64(offset), count: UInt64(count), memorySize: memory.byteCount)
        }
    }

    /// Runs `body` on the bytes `[offset, offset + count)` without copying.
    public func withBytes<T>(offset: UInt32, count: UInt32, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        try check(offset: offset, count: count)
        if count == 0 { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return try memory.withUnsafeMutableBytes { all in
            try body(UnsafeRawBufferPointer(rebasing: all[Int(offset)..<(Int(offset) + Int(count))]))
        }
    }

    /// Copies `[offset, offset + count)` out of memory.
    public func read(offset: UInt32, count: UInt32) throws(MemoryAccessError) -> [UInt8] {
        try check(offset: offset, count: count)
        if count == 0 { return [] }
        return memory.withUnsafeMutableBytes { Array($0[Int(offset)..<(Int(offset) + Int(count))]) }
    }

    /// Copies `bytes` into memory at `offset`.
    public func write(_ bytes: some Collection<UInt8>, at offset: UInt32) throws(MemoryAccessError) {
        guard bytes.count <= Int(UInt32.max) else {
            throw MemoryAccessError(offset: UInt64(offset), count: UInt64(bytes.count), memorySize: memory.byteCount)
        }
        try check(offset: offset, count: UInt32(bytes.count))
        if bytes.isEmpty { return }
        memory.withUnsafeMutableBytes { all in
            let dst = UnsafeMutableRawBufferPointer(rebasing: all[Int(offset)..<(Int(offset) + bytes.count)])
            // Callers pass arrays and slices: one block copy, not a generic element-by-element loop.
            let copied: Void? = bytes.withContiguousStorageIfAvailable {
                dst.copyMemory(from: UnsafeRawBufferPointer($0))
            }
            if copied == nil { _ = dst.initializeMemory(as: UInt8.self, from: bytes) }
        }
    }

    /// Reads a little-endian integer.
    public func load<T: FixedWidthInteger>(_ type: T.Type, at offset: UInt32) throws(MemoryAccessError) -> T {
        try check(offset: offset, count: UInt32(MemoryLayout<T>.size))
        return memory.withUnsafeMutableBytes {
            T(littleEndian: $0.loadUnaligned(fromByteOffset: Int(offset), as: T.self))
        }
    }

    /// Writes a little-endian integer.
    public func store<T: FixedWidthInteger>(_ value: T, at offset: UInt32) throws(MemoryAccessError) {
        try check(offset: offset, count: UInt32(MemoryLayout<T>.size))
        memory.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: Int(offset), as: T.self) }
    }
}
