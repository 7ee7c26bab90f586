/// Segment initialization at instantiation and the bulk memory and table instructions.
extension Instance {
    /// Applies active element then data segments in order (bulk-memory semantics: a failing segment
    /// traps after the earlier ones were written), then drops active and declarative segments.
    func initializeSegments() throws(InstantiationError) {
        let s = module.structure
        for (i, seg) in s.elements.enumerated() {
            switch seg.mode {
            case .active(let offset):
                let d = UInt32(truncatingIfNeeded: evaluate(offset))
                do {
                    try tableInit(segment: i, destination: d, source: 0, count: UInt32(seg.functions.count))
                } catch {
                    throw .trap(error)
                }
                droppedElements[i] = true
            case .declarative:
                droppedElements[i] = true
            case .passive:
                break
            }
        }
        for (i, seg) in s.data.enumerated() {
            guard let offset = seg.offset else { continue }
            let d = UInt32(truncatingIfNeeded: evaluate(offset))
            do {
                try memoryInit(segment: i, destination: d, source: 0, count: UInt32(seg.bytes.count))
            } catch {
                throw .trap(error)
            }
            droppedData[i] = true
        }
    }

    var tableIsImported: Bool {
        module.structure.imports.contains { if case .table = $0.kind { true } else { false } }
    }

    func memoryInit(segment: Int, destination: UInt32, source: UInt32, count: UInt32) throws(Trap) {
        let bytes = module.structure.data[segment].bytes
        let available = droppedData[segment] ? 0 : bytes.count
        guard UInt64(source) + UInt64(count) <= UInt64(available),
            UInt64(destination) + UInt64(count) <= UInt64(memoryState.pointee.byteCount)
        else { throw .memoryOutOfBounds }
        guard count > 0 else { return }
        bytes.withUnsafeBytes { b in
            (memoryState.pointee.base + Int(destination)).copyMemory(
                from: b.baseAddress! + Int(source), byteCount: Int(count))
        }
    }

    func tableInit(segment: Int, destination: UInt32, source: UInt32, count: UInt32) throws(Trap) {
        let functionsOfSegment = module.structure.elements[segment].functions
        let available = droppedElements[segment] ? 0 : functionsOfSegment.count
        guard let table, UInt64(source) + UInt64(count) <= UInt64(available),
            UInt64(destination) + UInt64(count) <= UInt64(table.count)
        else { throw .tableOutOfBounds }
        for i in 0..<Int(count) {
            if let f = functionsOfSegment[Int(source) + i] {
                table.elements[Int(destination) + i] = functions[f]
                let owner = owner(ofFunction: f)
                if owner !== self || tableIsImported { table.keepAlive(owner) }
            } else {
                table.elements[Int(destination) + i] = .null
            }
        }
    }

    func tableCopy(destination: UInt32, source: UInt32, count: UInt32) throws(Trap) {
        guard let table, UInt64(source) + UInt64(count) <= UInt64(table.count),
            UInt64(destination) + UInt64(count) <= UInt64(table.count)
        else { throw .tableOutOfBounds }
        let stride = MemoryLayout<FunctionReference>.stride
        UnsafeMutableRawPointer(table.elements + Int(destination)).copyMemory(
            from: table.elements + Int(source), byteCount: Int(count) * stride)
    }

    func memoryCopy(destination: UInt32, source: UInt32, count: UInt32) throws(Trap) {
        let size = UInt64(memoryState.pointee.byteCount)
        guard UInt64(source) + UInt64(count) <= size, UInt64(destination) + UInt64(count) <= size else {
            throw .memoryOutOfBounds
        }
        let base = memoryState.pointee.base
        (base + Int(destination)).copyMemory(from: base + Int(source), byteCount: Int(count))
    }

    func memoryFill(destination: UInt32, value: UInt32, count: UInt32) throws(Trap) {
        guard UInt64(destination) + UInt64(count) <= UInt64(memoryState.pointee.byteCount) else {
            throw .memoryOutOfBounds
        }
        (memoryState.pointee.base + Int(destination)).initializeMemory(
            as: UInt8.self, repeating: UInt8(truncatingIfNeeded: value), count: Int(count))
    }
}
