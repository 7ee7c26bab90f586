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
        let elements = table.map { t in tableEntries(UnsafeBufferPointer(start: t.elements, count: t.count)) } ?? []
        return InstanceSnapshot(
            pageCount: memory?.pageCount ?? 0, memoryImage: image, globals: mutableGlobals,
            tableElements: elements,
            droppedData: droppedData, droppedElements: droppedElements)
    }

    /// Table elements as indices of this instance's functions where they are its own.
    private func tableEntries(_ elements: UnsafeBufferPointer<FunctionReference>) -> [TableEntry] {
        var own: [UnsafePointer<UInt32>: Int] = [:]
        for i in 0..<functionCount where functions[i].instance?.toOpaque() == Unmanaged.passUnretained(self).toOpaque()
        {
            if let code = functions[i].code { own[code] = i }
        }
        return elements.map { e in
            if e.isNull { return .null }
            if e.instance?.toOpaque() == Unmanaged.passUnretained(self).toOpaque(), let code = e.code, let i = own[code]
            {
                return .own(i)
            }
            return .foreign(e)
        }
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
            for (i, entry) in snapshot.tableElements.enumerated() {
                switch entry {
                case .null: table.elements[i] = .null
                case .own(let index): table.elements[i] = functions[index]
                case .foreign(let reference): table.elements[i] = reference
                }
            }
        }
        droppedData = snapshot.droppedData
        droppedElements = snapshot.droppedElements
    }
}
