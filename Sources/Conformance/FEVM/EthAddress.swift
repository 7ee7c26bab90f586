import FVMShared
import IPLD

/// A 20-byte Ethereum address, as the EVM actor and the EAM see accounts and contracts.
public struct EthAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let bytes: [UInt8]

    /// The EAM's namespace: an Ethereum address lives on Filecoin as `f410…` (FIP-0048, FIP-0055).
    public static let eamNamespace: UInt64 = 10

    public init(_ bytes: [UInt8]) throws(FEVMError) {
        guard bytes.count == 20 else {
            throw .malformedHex(field: "address", reason: "expected 20 bytes, got \(bytes.count)")
        }
        self.bytes = bytes
    }

    /// A well-known address written in the source (exactly 20 bytes).
    init(constant bytes: [UInt8]) {
        precondition(bytes.count == 20, "an Ethereum address has 20 bytes")
        self.bytes = bytes
    }

    /// Parses `0x` followed by 40 hex digits (the prefix is optional).
    public init(hex: String) throws(FEVMError) {
        let raw = try Hex.decode(hex, field: "address")
        try self.init(raw)
    }

    /// The masked-ID form `0xff0000000000000000000000‖id`, which the EVM actor resolves to `f0<id>`.
    public init(maskedID id: UInt64) {
        var b: [UInt8] = [0xff] + [UInt8](repeating: 0, count: 11)
        for shift in stride(from: 56, through: 0, by: -8) { b.append(UInt8((id >> UInt64(shift)) & 0xff)) }
        bytes = b
    }

    /// The delegated address the init actor maps to an actor ID: `f410` and these 20 bytes.
    public var filecoinAddress: Address {
        // 20 bytes under namespace 10 is always a valid delegated address.
        (try? Address(protocol: .delegated, payload: Varint.encode(Self.eamNamespace) + bytes)) ?? Address(id: 0)
    }

    /// The address of the delegated form, when `address` is an `f410` address.
    public init?(filecoin address: Address) {
        guard let d = address.delegated, d.namespace == Self.eamNamespace, d.subaddress.count == 20 else {
            return nil
        }
        bytes = d.subaddress
    }

    public var description: String { "0x" + Hex.encode(bytes) }

    public static func < (a: EthAddress, b: EthAddress) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
}
