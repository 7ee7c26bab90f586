import FVMShared
import IPLD

extension InvocationKernel: EventOps {
    public func emitEvent(_ encoded: [UInt8]) throws(ExecutionError) {
        try requireWritable("emit_event")
        try charge(prices.onActorEventValidate(length: encoded.count))
        guard encoded.count <= 1 << 20 else { throw .syscall(.illegalArgument, "event too large") }
        var r = CBORReader(encoded)
        var totalValue = 0
        var indexedElements = 0
        var indexedBytes = 0
        do {
            let n = try r.readArrayHeader()
            guard n <= 256 else { throw ExecutionError.syscall(.illegalArgument, "too many event entries") }
            for _ in 0..<n {
                try r.readTupleHeader(4, "event entry")
                let flags = try r.readUInt()
                let key = try r.readText()
                let codec = try r.readUInt()
                let value = try r.readBytes()
                guard key.utf8.count <= 32 else { throw ExecutionError.syscall(.illegalArgument, "event key too long") }
                guard codec == CID.Codec.raw else {
                    throw ExecutionError.syscall(.illegalCodec, "event value codec must be raw")
                }
                totalValue += value.count
                if flags & 0b11 != 0 {
                    indexedElements += 1
                    indexedBytes += key.utf8.count + value.count
                }
            }
            guard r.isAtEnd else { throw ExecutionError.syscall(.illegalArgument, "trailing bytes after event") }
        } catch let e as ExecutionError {
            throw e
        } catch {
            throw .syscall(.illegalArgument, "malformed event: \(error)")
        }
        guard totalValue <= 8192 else { throw .syscall(.illegalArgument, "event values too large") }
        try charge(
            prices.onActorEventAccept(
                serializedLength: encoded.count, indexedElements: indexedElements, indexedBytes: indexedBytes))
        callManager.emit(StampedEvent(emitter: receiver, encodedEntries: encoded))
    }
}
