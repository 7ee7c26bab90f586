/// A global variable; its cell has a stable address the interpreter reads and writes directly.
public final class Global {
    let cell: UnsafeMutablePointer<UInt64>
    public let type: ValueType
    public let mutable: Bool

    public init(type: ValueType, mutable: Bool, value: Value) {
        precondition(value.type == type, "global value of the wrong type")
        self.type = type
        self.mutable = mutable
        cell = .allocate(capacity: 1)
        cell.initialize(to: value.bits)
    }

    deinit { cell.deallocate() }

    public var value: Value {
        get { Value(bits: cell.pointee, type: type) }
        set {
            precondition(newValue.type == type, "global value of the wrong type")
            cell.pointee = newValue.bits
        }
    }
}
