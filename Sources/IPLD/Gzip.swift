import CZlib

/// gzip through zlib (vector CARs are gzip streams).
public enum Gzip {
    /// The most a vector's CAR may inflate to: far above any real vector (the official ones stay
    /// under 16 MiB), far below what would threaten the machine when a stranger's vector is a bomb.
    public static let defaultOutputLimit = 256 << 20

    /// Inflates a complete gzip stream; concatenated members are accepted as gzip(1) does.
    ///
    /// Output past `limit` bytes stops the inflation at once, so a decompression bomb costs at
    /// most `limit` bytes of memory.
    public static func decompress(_ input: [UInt8], limit: Int = defaultOutputLimit) throws(IPLDError) -> [UInt8] {
        guard input.count >= 18, input[0] == 0x1f, input[1] == 0x8b else { throw .invalidGzip("missing gzip header") }
        var stream = z_stream()
        // 15 + 16: maximum window, gzip wrapper only.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .invalidGzip("zlib initialisation failed")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(input.count * 4, limit))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var failure: IPLDError? = nil
        input.withUnsafeBufferPointer { inBuf in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = UInt32(inBuf.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = UInt32(outBuf.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                guard output.count + produced <= limit else {
                    failure = .limitExceeded(what: "inflated gzip stream", limit: limit)
                    return
                }
                output.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_STREAM_END:
                    if stream.avail_in == 0 { return }
                    // Another gzip member follows.
                    guard inflateReset(&stream) == Z_OK else { failure = .invalidGzip("cannot reset for next member"); return }
                case Z_OK:
                    if stream.avail_in == 0 && produced == 0 { failure = .invalidGzip("truncated stream"); return }
                case Z_BUF_ERROR:
                    if stream.avail_in == 0 { failure = .invalidGzip("truncated stream"); return }
                case Z_DATA_ERROR: failure = .invalidGzip("corrupt data"); return
                case Z_MEM_ERROR: failure = .invalidGzip("out of memory"); return
                default: failure = .invalidGzip("zlib error \(status)"); return
                }
            }
        }
        if let failure { throw failure }
        return output
    }

    /// Compresses `input` into one gzip member (used to build vectors and test inputs).
    public static func compress(_ input: [UInt8], level: Int32 = 6) throws(IPLDError) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
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
