extension Instance {
    /// Captures the state `reset(to:)` restores.
    public func snapshot() -> InstanceSnapshot {
        let image = memory.map { m in m.withUnsafeMutableBytes { Array($0) } } ?? []
        let s = module.structure
        var mutableGlobals: [(Int, UInt64)] = []
        for (i, g) in s.globals.enumerated() where g.mutable {
            let index = s.importedGlobalCount + i
            mutableGlobals.append((index, globalCells[index].pointee))
        }
        let elements =
            table.map { t in Array(UnsafeBufferPointer(start: t.elements, count: t.count)) } ?? []
        return InstanceSnapshot(
            pageCount: memory?.pageCount ?? 0, memoryImage: image, globals: mutableGlobals,
            tableElements: elements,
            droppedData: droppedData, droppedElements: droppedElements)
    }

    /// Restores memory (contents and size), defined mutable globals, the table and segment state.
    public func reset(to snapshot: InstanceSnapshot) {
        if let memory {
            if memory.pageCount > snapshot.pageCount {
                memory.shrink(to: snapshot.pageCount)
            } else if memory.pageCount < snapshot.pageCount {
                _ = memory.grow(by: snapshot.pageCount - memory.pageCount)
            }
            snapshot.memoryImage.withUnsafeBytes { b in
                if let src = b.baseAddress {
                    memoryState.pointee.base.copyMemory(from: src, byteCount: min(b.count, memory.byteCount))
                }
            }
        }
        for (index, bits) in snapshot.globals { globalCells[index].pointee = bits }
        if let table, snapshot.tableElements.count == table.count {
            snapshot.tableElements.withUnsafeBufferPointer { b in
                if let src = b.baseAddress { table.elements.update(from: src, count: b.count) }
            }
        }
        droppedData = snapshot.droppedData
        droppedElements = snapshot.droppedElements
    }
}
