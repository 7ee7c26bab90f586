import BigInt
import IPLD

/// How a network version lays out an actor in the state tree.
public enum ActorStateFormat: Sendable {
    /// `[code, head, nonce, balance]` (state tree version 4, nv17).
    case fourFields
    /// `[code, head, nonce, balance, delegated_address]` (state tree version 5, nv18).
    case fiveFields
}

/// One actor's entry in the state tree.
public struct ActorState: Sendable, Equatable {
    public var code: CID
    public var head: CID
    public var nonce: UInt64
    public var balance: BigInt
    public var delegatedAddress: Address?

    public init(code: CID, head: CID, nonce: UInt64, balance: BigInt, delegatedAddress: Address? = nil) {
        self.code = code
        self.head = head
        self.nonce = nonce
        self.balance = balance
        self.delegatedAddress = delegatedAddress
    }

    /// Decodes either layout.
    public init(cbor bytes: [UInt8]) throws(IPLDError) {
        var r = CBORReader(bytes)
        let n = try r.readArrayHeader()
        guard n == 4 || n == 5 else {
            throw .decodeFailed(type: "ActorState", reason: "expected 4 or 5 fields, found \(n)")
        }
        code = try r.readCID()
        head = try r.readCID()
        nonce = try r.readUInt()
        balance = try r.readBigInt()
        delegatedAddress =
            n == 5 ? try r.readOptional { (r: inout CBORReader) throws(IPLDError) in try r.readAddress() } : nil
        guard r.isAtEnd else { throw .invalidCBOR("trailing bytes after ActorState") }
    }

    /// Canonical DAG-CBOR in the given layout.
    public func encode(_ format: ActorStateFormat) throws(IPLDError) -> [UInt8] {
        var w = CBORWriter(capacity: 96)
        w.writeArrayHeader(format == .fourFields ? 4 : 5)
        w.writeCID(code)
        w.writeCID(head)
        w.writeUInt(nonce)
        try w.writeBigInt(balance)
        if format == .fiveFields {
            if let a = delegatedAddress { w.writeAddress(a) } else { w.writeNull() }
        }
        return w.bytes
    }
}
