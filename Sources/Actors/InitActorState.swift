import IPLD

/// State of the init actor (ID 1): address map HAMT, next actor ID, network name.
public struct InitActorState: Sendable, Equatable {
    public var addressMap: CID
    public var nextID: UInt64
    public var networkName: String

    public init(addressMap: CID, nextID: UInt64, networkName: String) {
        self.addressMap = addressMap
        self.nextID = nextID
        self.networkName = networkName
    }

    public init(cbor bytes: [UInt8]) throws(IPLDError) {
        var r = CBORReader(bytes)
        try r.readTupleHeader(3, "InitActorState")
        addressMap = try r.readCID()
        nextID = try r.readUInt()
        networkName = try r.readText()
        guard r.isAtEnd else { throw .invalidCBOR("trailing bytes after InitActorState") }
    }

    public func encode() -> [UInt8] {
        var w = CBORWriter()
        w.writeArrayHeader(3)
        w.writeCID(addressMap)
        w.writeUInt(nextID)
        w.writeText(networkName)
        return w.bytes
    }
}
