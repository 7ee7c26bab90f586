import FVMShared
import FVMWasm
import IPLD

/// One syscall's kernel, guest memory and arguments. Arguments are taken in order, so each
/// binding names them as it decodes them; a syscall with a return record starts past its
/// out-pointer.
struct SyscallContext<K> {
    let kernel: K
    let memory: LinearMemory
    private let args: HostArguments
    private var nextArgument: Int

    init(kernel: K, memory: LinearMemory, args: HostArguments, firstArgument: Int) {
        self.kernel = kernel
        self.memory = memory
        self.args = args
        nextArgument = firstArgument
    }

    private mutating func take() -> Int {
        defer { nextArgument += 1 }
        return nextArgument
    }

    mutating func u32() -> UInt32 { args.u32(take()) }
    mutating func i32() -> Int32 { args.i32(take()) }
    mutating func u64() -> UInt64 { args.u64(take()) }
    mutating func i64() -> Int64 { args.i64(take()) }

    /// A guest buffer: the next two arguments, offset and length.
    mutating func buffer() -> GuestBuffer { GuestBuffer(offset: u32(), length: u32()) }

    /// Bytes of `buffer`; out of range is IllegalArgument.
    func read(_ buffer: GuestBuffer) throws(ExecutionError) -> [UInt8] {
        do {
            return try memory.read(offset: buffer.offset, count: buffer.length)
        } catch {
            throw .syscall(.illegalArgument, "\(error)")
        }
    }

    /// Fails with IllegalArgument unless `buffer` lies in memory.
    func check(_ buffer: GuestBuffer) throws(ExecutionError) {
        do {
            try memory.check(offset: buffer.offset, count: buffer.length)
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

    /// Writes `bytes` at the start of `buffer`, BufferTooSmall when they do not fit; returns their length.
    func write(_ bytes: [UInt8], into buffer: GuestBuffer, what: String) throws(ExecutionError) -> UInt32 {
        try check(buffer)
        guard bytes.count <= Int(buffer.length) else {
            throw .syscall(.bufferTooSmall, "\(what) needs \(bytes.count) bytes")
        }
        try write(bytes, at: buffer.offset)
        return UInt32(bytes.count)
    }

    /// A binary CID starting at `offset`, read at most to the end of memory.
    func readCID(at offset: UInt32) throws(ExecutionError) -> CID {
        guard Int(offset) <= memory.byteCount else { throw .syscall(.illegalArgument, "CID offset out of memory") }
        // A CID is at most a few varints and a 64-byte digest; read a bounded window.
        let available = UInt32(memory.byteCount - Int(offset))
        let window = try read(GuestBuffer(offset: offset, length: min(available, 256)))
        do {
            var at = 0
            return try CID.read(from: window, at: &at)
        } catch {
            throw .syscall(.illegalArgument, "invalid CID: \(error)")
        }
    }

    /// Writes a CID into `buffer`; returns its length.
    func writeCID(_ cid: CID, into buffer: GuestBuffer) throws(ExecutionError) -> UInt32 {
        try write(cid.bytes, into: buffer, what: "CID")
    }

    /// An address occupying exactly `buffer`.
    func readAddress(_ buffer: GuestBuffer) throws(ExecutionError) -> Address {
        let bytes = try read(buffer)
        do {
            return try Address(bytes: bytes)
        } catch {
            throw .syscall(.illegalArgument, "invalid address: \(error)")
        }
    }
}

/// `[offset, offset + length)` of guest memory, as a syscall names it.
struct GuestBuffer {
    var offset: UInt32
    var length: UInt32
}
