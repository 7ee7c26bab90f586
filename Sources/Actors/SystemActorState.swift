import IPLD

/// State of the system actor (ID 0): the manifest data CID.
public struct SystemActorState: Sendable, Equatable {
    public var builtinActors: CID

    public init(builtinActors: CID) { self.builtinActors = builtinActors }

    public init(cbor bytes: [UInt8]) throws(IPLDError) {
        var r = CBORReader(bytes)
        try r.readTupleHeader(1, "SystemActorState")
        builtinActors = try r.readCID()
        guard r.isAtEnd else { throw .invalidCBOR("trailing bytes after SystemActorState") }
    }

    public func encode() -> [UInt8] {
        var w = CBORWriter()
        w.writeArrayHeader(1)
        w.writeCID(builtinActors)
        return w.bytes
    }
}
