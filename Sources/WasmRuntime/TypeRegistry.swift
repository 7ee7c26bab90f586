import Synchronization

/// Process-wide canonical numbers for function types, so `call_indirect` compares one integer
/// across modules and instances.
enum TypeRegistry {
    private static let ids = Mutex<[FunctionType: Int32]>([:])

    static func id(of type: FunctionType) -> Int32 {
        ids.withLock { table in
            if let id = table[type] { return id }
            let id = Int32(table.count)
            table[type] = id
            return id
        }
    }
}
