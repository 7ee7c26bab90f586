import CZlib

/// gzip decompression through zlib (vector CARs are gzip streams).
public enum Gzip {
    /// Inflates a complete gzip stream; concatenated members are accepted as gzip(1) does.
    public static func decompress(_ input: [UInt8]) throws(IPLDError) -> [UInt8] {
        guard input.count >= 18, input[0] == 0x1f, input[1] == 0x8b else { throw .invalidGzip("missing gzip header") }
        var stream = z_stream()
        // 15 + 16: maximum window, gzip wrapper only.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .invalidGzip("zlib initialisation failed")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
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
}
