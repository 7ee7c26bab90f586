import CZstd

/// zstd decompression through libzstd (builtin-actor bundles are `.tar.zst`).
enum Zstd {
    static func decompress(_ input: [UInt8]) throws(BundleError) -> [UInt8] {
        guard let stream = ZSTD_createDStream() else { throw .corrupt("cannot allocate a zstd stream") }
        defer { ZSTD_freeDStream(stream) }
        ZSTD_initDStream(stream)
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
        var chunk = [UInt8](repeating: 0, count: Int(ZSTD_DStreamOutSize()))
        var failure: BundleError? = nil
        input.withUnsafeBytes { src in
            var inBuf = ZSTD_inBuffer(src: src.baseAddress, size: src.count, pos: 0)
            var lastResult = 0
            repeat {
                let produced: Int = chunk.withUnsafeMutableBytes { dst in
                    var outBuf = ZSTD_outBuffer(dst: dst.baseAddress, size: dst.count, pos: 0)
                    lastResult = ZSTD_decompressStream(stream, &outBuf, &inBuf)
                    return outBuf.pos
                }
                if ZSTD_isError(lastResult) != 0 {
                    failure = .corrupt("zstd: " + String(cString: ZSTD_getErrorName(lastResult)))
                    return
                }
                output.append(contentsOf: chunk[0..<produced])
                if inBuf.pos == inBuf.size && produced < chunk.count { break }
            } while true
            if lastResult != 0 { failure = .corrupt("zstd stream is truncated") }
        }
        if let failure { throw failure }
        return output
    }
}
