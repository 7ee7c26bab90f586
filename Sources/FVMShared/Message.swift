import BigInt
import IPLD

/// An unsigned message, as carried by vectors and chains.
public struct Message: Sendable, Equatable {
    public var version: UInt64
    public var to: Address
    public var from: Address
    public var sequence: UInt64
    public var value: BigInt
    /// Signed so that v2's rejection of negative limits can be expressed; v3 reads it as u64.
    public var gasLimit: Int64
    public var gasFeeCap: BigInt
    public var gasPremium: BigInt
    public var method: UInt64
    public var params: [UInt8]

    public init(
        version: UInt64 = 0, to: Address, from: Address, sequence: UInt64, value: BigInt, gasLimit: Int64,
        gasFeeCap: BigInt, gasPremium: BigInt, method: UInt64, params: [UInt8]
    ) {
        self.version = version
        self.to = to
        self.from = from
        self.sequence = sequence
        self.value = value
        self.gasLimit = gasLimit
        self.gasFeeCap = gasFeeCap
        self.gasPremium = gasPremium
        self.method = method
        self.params = params
    }

    /// Decodes the DAG-CBOR 10-tuple.
    public init(cbor bytes: [UInt8]) throws(IPLDError) {
        var r = CBORReader(bytes)
        try r.readTupleHeader(10, "Message")
        let versionValue = try r.readInt()
        guard versionValue >= 0 else { throw .decodeFailed(type: "Message", reason: "negative version") }
        version = UInt64(versionValue)
        to = try r.readAddress()
        from = try r.readAddress()
        sequence = try r.readUInt()
        value = try r.readBigInt()
        do {
            gasLimit = try r.readInt()
        } catch {
            throw .decodeFailed(type: "Message", reason: "gas limit: \(error)")
        }
        gasFeeCap = try r.readBigInt()
        gasPremium = try r.readBigInt()
        method = try r.readUInt()
        params = try r.readBytes()
        guard r.isAtEnd else { throw .invalidCBOR("trailing bytes after Message") }
    }

    /// Canonical DAG-CBOR.
    public func encode() throws(IPLDError) -> [UInt8] {
        var w = CBORWriter(capacity: 128 + params.count)
        w.writeArrayHeader(10)
        w.writeUInt(version)
        w.writeAddress(to)
        w.writeAddress(from)
        w.writeUInt(sequence)
        try w.writeBigInt(value)
        w.writeInt(gasLimit)
        try w.writeBigInt(gasFeeCap)
        try w.writeBigInt(gasPremium)
        w.writeUInt(method)
        w.writeBytes(params)
        return w.bytes
    }
}
