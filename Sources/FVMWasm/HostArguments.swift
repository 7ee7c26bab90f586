import WasmRuntime

/// The arguments of one host call, copied out of the engine's slots into a fixed inline buffer
/// so that reading them needs no allocation and outlives the engine's call record.
public struct HostArguments {
    /// More than any FVM syscall takes (the widest, v3 `send`, has eight).
    public static let capacity = 12
    private var storage:
        (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    /// How many arguments the function takes.
    public let count: Int

    init(_ call: borrowing WasmRuntime.HostCall, count: Int) {
        self.count = min(count, Self.capacity)
        withUnsafeMutableBytes(of: &storage) { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for i in 0..<self.count { words[i] = call.i64(i) }
        }
    }

    /// Argument `i` as raw 64 bits (an i32 argument is zero-extended).
    public func bits(_ i: Int) -> UInt64 {
        precondition(i < count, "argument \(i) of \(count)")
        return withUnsafeBytes(of: storage) { $0.load(fromByteOffset: i * 8, as: UInt64.self) }
    }

    public func u32(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: bits(i)) }
    public func i32(_ i: Int) -> Int32 { Int32(bitPattern: u32(i)) }
    public func u64(_ i: Int) -> UInt64 { bits(i) }
    public func i64(_ i: Int) -> Int64 { Int64(bitPattern: bits(i)) }
}
