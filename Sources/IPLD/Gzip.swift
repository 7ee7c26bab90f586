import CZlib

/// gzip through zlib (vector CARs are gzip streams).
public enum Gzip {
    /// The most a vector's CAR may inflate to: 40 times the largest official one (3.1 MiB), far
    /// below what would threaten the machine when a stranger's vector is a bomb.
    public static let defaultOutputLimit = 128 << 20

    /// Inflates a complete gzip stream; concatenated members are accepted as gzip(1) does.
    ///
    /// Output goes straight into one buffer of `limit` bytes of address space, of which only what
    /// is written becomes resident; output past `limit` stops the inflation at once. So a
    /// decompression bomb costs at most `limit` bytes of memory.
    public static func decompress(_ input: [UInt8], limit: Int = defaultOutputLimit) throws(IPLDError) -> [UInt8] {
        guard input.count >= 18, input[0] == 0x1f, input[1] == 0x8b else { throw .invalidGzip("missing gzip header") }
        var stream = z_stream()
        // 15 + 16: maximum window, gzip wrapper only.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .invalidGzip("zlib initialisation failed")
        }
        defer { inflateEnd(&stream) }
        let capacity = min(max(limit, 0), Int(UInt32.max))
        var failure: IPLDError? = nil
        let output = input.withUnsafeBufferPointer { inBuf in
            [UInt8](unsafeUninitializedCapacity: max(capacity, 1)) { outBuf, written in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = UInt32(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = UInt32(capacity)
                failure = inflateAll(&stream, limit: limit)
                written = capacity - Int(stream.avail_out)
            }
        }
        if let failure { throw failure }
        return output
    }

    /// Runs `inflate` over every member until the input ends; nil on success.
    private static func inflateAll(_ stream: inout z_stream, limit: Int) -> IPLDError? {
        while true {
            let status = inflate(&stream, Z_NO_FLUSH)
            switch status {
            case Z_STREAM_END:
                if stream.avail_in == 0 { return nil }
                // Another gzip member follows.
                guard inflateReset(&stream) == Z_OK else { return .invalidGzip("cannot reset for next member") }
            case Z_OK, Z_BUF_ERROR:
                if stream.avail_out == 0 { return .limitExceeded(what: "inflated gzip stream", limit: limit) }
                if stream.avail_in == 0 { return .invalidGzip("truncated stream") }
            case Z_DATA_ERROR: return .invalidGzip("corrupt data")
            case Z_MEM_ERROR: return .invalidGzip("out of memory")
            default: return .invalidGzip("zlib error \(status)")
            }
        }
    }

    /// Compresses `input` into one gzip member (used to build vectors and test inputs).
    public static func compress(_ input: [UInt8], level: Int32 = 6) throws(IPLDError) -> [UInt8] {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else {
            throw .invalidGzip("zlib initialisation failed")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))) + 32)
        let status: Int32 = input.withUnsafeBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = UInt32(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = UInt32(outBuf.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw .invalidGzip("deflate failed with status \(status)") }
        output.removeLast(Int(stream.avail_out))
        return output
    }
}
