import FVMCrypto
import IPLD

/// The EVM actor's state in actors v10: `[bytecode, bytecode_hash, contract_state, nonce, tombstone]`.
///
/// The bytecode is a raw IPLD block (BLAKE2b-256), its keccak-256 is kept for EXTCODEHASH, the
/// storage is an `EVMStorage` KAMT, the nonce counts CREATE/CREATE2 and the tombstone marks a
/// self-destructed contract (`[origin, nonce]`, null while alive).
public struct EVMContractState: Sendable, Equatable {
    public var bytecode: CID
    public var bytecodeHash: [UInt8]
    public var contractState: CID
    public var nonce: UInt64
    public var tombstone: (origin: UInt64, nonce: UInt64)?

    public static func == (a: Self, b: Self) -> Bool {
        a.bytecode == b.bytecode && a.bytecodeHash == b.bytecodeHash && a.contractState == b.contractState
            && a.nonce == b.nonce && a.tombstone?.origin == b.tombstone?.origin
            && a.tombstone?.nonce == b.tombstone?.nonce
    }

    /// The state of a live contract running `code` with `storage`; writes the blocks to `store`.
    public static func make(code: [UInt8], storage: [EVMWord: EVMWord], nonce: UInt64, store: Blockstore)
        -> EVMContractState
    {
        let bytecode = CID(
            codec: CID.Codec.raw, hash: Multihash(code: Multihash.Code.blake2b_256, digest: Blake2b.hash256(code)))
        store.put(bytecode, code)
        return EVMContractState(
            bytecode: bytecode, bytecodeHash: Keccak256.hash(code),
            contractState: EVMStorage.write(storage, store: store),
            nonce: nonce, tombstone: nil)
    }

    init(bytecode: CID, bytecodeHash: [UInt8], contractState: CID, nonce: UInt64, tombstone: (UInt64, UInt64)?) {
        self.bytecode = bytecode
        self.bytecodeHash = bytecodeHash
        self.contractState = contractState
        self.nonce = nonce
        self.tombstone = tombstone
    }

    public init(cbor bytes: [UInt8]) throws(IPLDError) {
        var r = CBORReader(bytes)
        try r.readTupleHeader(5, "EVM State")
        bytecode = try r.readCID()
        bytecodeHash = try r.readBytes()
        contractState = try r.readCID()
        nonce = try r.readUInt()
        tombstone = try r.readOptional { (r: inout CBORReader) throws(IPLDError) in
            try r.readTupleHeader(2, "Tombstone")
            return (try r.readUInt(), try r.readUInt())
        }
        guard r.isAtEnd else { throw .invalidCBOR("trailing bytes after EVM State") }
    }

    public func encode() -> [UInt8] {
        var w = CBORWriter()
        w.writeArrayHeader(5)
        w.writeCID(bytecode)
        w.writeBytes(bytecodeHash)
        w.writeCID(contractState)
        w.writeUInt(nonce)
        if let t = tombstone {
            w.writeArrayHeader(2)
            w.writeUInt(t.origin)
            w.writeUInt(t.nonce)
        } else {
            w.writeNull()
        }
        return w.bytes
    }
}
