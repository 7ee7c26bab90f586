import BigInt
import FVMShared
import FVMWasm
import IPLD

/// Arguments and guest memory of one syscall, with the decoding rules every syscall shares.
struct SyscallContext {
    let kernel: InvocationKernel
    let memory: LinearMemory
    let args: HostArguments

    func u32(_ i: Int) -> UInt32 { args.u32(i) }
    func i32(_ i: Int) -> Int32 { args.i32(i) }
    func u64(_ i: Int) -> UInt64 { args.u64(i) }
    func i64(_ i: Int) -> Int64 { args.i64(i) }

    /// Bytes `[offset, offset + length)`; out of range is IllegalArgument.
    func read(_ offset: UInt32, _ length: UInt32) throws(ExecutionError) -> [UInt8] {
        do {
            return try memory.read(offset: offset, count: length)
        } catch {
            throw .syscall(.illegalArgument, "\(error)")
        }
    }

    func check(_ offset: UInt32, _ length: UInt32) throws(ExecutionError) {
        do {
            try memory.check(offset: offset, count: length)
        } catch {
            throw .syscall(.illegalArgument, "\(error)")
        }
    }

    func write(_ bytes: [UInt8], at offset: UInt32) throws(ExecutionError) {
        do {
            try memory.write(bytes, at: offset)
        } catch {
            throw .syscall(.illegalArgument, "\(error)")
        }
    }

    /// A binary CID starting at `offset`, read at most to the end of memory.
    func readCID(_ offset: UInt32) throws(ExecutionError) -> CID {
        guard Int(offset) <= memory.byteCount else { throw .syscall(.illegalArgument, "CID offset out of memory") }
        // A CID is at most a few varints and a 64-byte digest; read a bounded window.
        let available = UInt32(memory.byteCount - Int(offset))
        let window = try read(offset, min(available, 256))
        do {
            var at = 0
            return try CID.read(from: window, at: &at)
        } catch {
            throw .syscall(.illegalArgument, "invalid CID: \(error)")
        }
    }

    /// Writes a CID into `[offset, offset + length)`; returns its length.
    func writeCID(_ cid: CID, _ offset: UInt32, _ length: UInt32) throws(ExecutionError) -> UInt32 {
        try check(offset, length)
        guard cid.bytes.count <= Int(length) else {
            throw .syscall(.bufferTooSmall, "CID needs \(cid.bytes.count) bytes")
        }
        try write(cid.bytes, at: offset)
        return UInt32(cid.bytes.count)
    }

    /// An address occupying exactly `[offset, offset + length)`.
    func readAddress(_ offset: UInt32, _ length: UInt32) throws(ExecutionError) -> Address {
        let bytes = try read(offset, length)
        do {
            return try Address(bytes: bytes)
        } catch {
            throw .syscall(.illegalArgument, "invalid address: \(error)")
        }
    }

    /// A token amount as the syscall ABI returns it: u128 little-endian (lo, hi).
    static func tokenAmount(_ value: BigInt) throws(ExecutionError) -> [UInt8] {
        guard let (lo, hi) = value.u128Parts else {
            throw .fatal(.invariant("token amount \(value) does not fit in u128"))
        }
        return le(lo) + le(hi)
    }

    static func le<T: FixedWidthInteger>(_ v: T) -> [UInt8] {
        withUnsafeBytes(of: v.littleEndian) { Array($0) }
    }
}

extension BigInt {
    /// (low, high) 64-bit halves when the value is in 0..<2^128.
    var u128Parts: (UInt64, UInt64)? {
        guard sign == .plus, magnitude < (BigUInt(1) << 128) else { return nil }
        let lo = UInt64(truncatingIfNeeded: magnitude & BigUInt(UInt64.max))
        let hi = UInt64(truncatingIfNeeded: magnitude >> 64)
        return (lo, hi)
    }
}
