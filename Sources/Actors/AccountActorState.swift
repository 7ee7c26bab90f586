import FVMShared
import IPLD

/// State of an account actor: its key address.
public struct AccountActorState: Sendable, Equatable {
    public var address: Address

    public init(address: Address) { self.address = address }

    public init(cbor bytes: [UInt8]) throws(IPLDError) {
        var r = CBORReader(bytes)
        try r.readTupleHeader(1, "AccountActorState")
        address = try r.readAddress()
        guard r.isAtEnd else { throw .invalidCBOR("trailing bytes after AccountActorState") }
    }
}

extension AccountActorState {
    /// The DAG-CBOR tuple `[address]`, as builtin-actors writes it.
    public func encode() -> [UInt8] {
        var w = CBORWriter()
        w.writeArrayHeader(1)
        w.writeAddress(address)
        return w.bytes
    }
}
