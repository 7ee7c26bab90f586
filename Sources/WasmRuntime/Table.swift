/// A funcref table. Without `table.grow` its size is fixed, so the interpreter keeps its address.
public final class Table {
    let elements: UnsafeMutablePointer<FunctionReference>
    public let count: Int
    public let maximum: Int?
    /// Instances and host functions referenced by elements, kept alive by the table.
    var owners: [ObjectIdentifier: AnyObject] = [:]

    public init(min: Int, max: Int?) {
        count = min
        maximum = max
        elements = .allocate(capacity: Swift.max(min, 1))
        elements.initialize(repeating: .null, count: Swift.max(min, 1))
    }

    deinit { elements.deallocate() }

    func keepAlive(_ owner: AnyObject) {
        owners[ObjectIdentifier(owner)] = owner
    }
}
