import IPLD

/// A Filecoin address: protocol byte and payload.
public struct Address: Hashable, Sendable, CustomStringConvertible {
    /// Address protocols.
    public enum AddressProtocol: UInt8, Sendable {
        case id = 0, secp256k1 = 1, actor = 2, bls = 3, delegated = 4
    }

    public let proto: AddressProtocol
    /// Payload without the protocol byte (for ID addresses: the uvarint of the id).
    public let payload: [UInt8]

    /// `f0<id>`.
    public init(id: UInt64) {
        proto = .id
        payload = Varint.encode(id)
    }

    /// Parses and validates the binary form `protocol ‖ payload`.
    public init(bytes: [UInt8]) throws(AddressError) {
        guard bytes.count >= 2 else { throw .tooShort }
        guard let p = AddressProtocol(rawValue: bytes[0]) else { throw .unknownProtocol(bytes[0]) }
        let payload = Array(bytes[1...])
        switch p {
        case .id:
            var offset = 0
            do {
                _ = try Varint.decode(payload, at: &offset)
            } catch {
                throw .invalidPayload("ID is not a minimal varint")
            }
            guard offset == payload.count else { throw .invalidPayload("trailing bytes after ID") }
        case .secp256k1, .actor:
            guard payload.count == 20 else { throw .invalidPayload("expected 20-byte payload, got \(payload.count)") }
        case .bls:
            guard payload.count == 48 else { throw .invalidPayload("expected 48-byte payload, got \(payload.count)") }
        case .delegated:
            var offset = 0
            do {
                _ = try Varint.decode(payload, at: &offset)
            } catch {
                throw .invalidPayload("bad namespace varint")
            }
            guard payload.count - offset <= 54 else { throw .invalidPayload("sub-address longer than 54 bytes") }
        }
        proto = p
        self.payload = payload
    }

    /// Makes an address of another protocol from its payload, validating it.
    public init(protocol p: AddressProtocol, payload: [UInt8]) throws(AddressError) {
        try self.init(bytes: [p.rawValue] + payload)
    }

    /// Binary form.
    public var bytes: [UInt8] { [proto.rawValue] + payload }

    /// The actor ID of an ID address.
    public var id: UInt64? {
        guard proto == .id else { return nil }
        var offset = 0
        return try? Varint.decode(payload, at: &offset)
    }

    /// Namespace and sub-address of a delegated (f4) address.
    public var delegated: (namespace: UInt64, subaddress: [UInt8])? {
        guard proto == .delegated else { return nil }
        var offset = 0
        guard let ns = try? Varint.decode(payload, at: &offset) else { return nil }
        return (ns, Array(payload[offset...]))
    }

    /// Mainnet text form (`f0123`, `f1…` with checksum).
    public var description: String {
        switch proto {
        case .id: return "f0\(id ?? 0)"
        case .delegated:
            guard let d = delegated else { return "f4?" }
            let checksum = Blake2b.hash(bytes, length: 4)
            return "f4\(d.namespace)f" + Multibase.base32Encode(d.subaddress + checksum)
        default:
            let checksum = Blake2b.hash(bytes, length: 4)
            return "f\(proto.rawValue)" + Multibase.base32Encode(payload + checksum)
        }
    }
}

/// Why an address could not be parsed.
public enum AddressError: Error, Equatable, CustomStringConvertible {
    case tooShort
    case unknownProtocol(UInt8)
    case invalidPayload(String)

    public var description: String {
        switch self {
        case .tooShort: "address shorter than 2 bytes"
        case .unknownProtocol(let p): "unknown address protocol \(p)"
        case .invalidPayload(let why): "invalid address payload: \(why)"
        }
    }
}

extension CBORReader {
    /// Reads an address (a CBOR byte string).
    public mutating func readAddress() throws(IPLDError) -> Address {
        let raw = try readBytes()
        do {
            return try Address(bytes: raw)
        } catch {
            throw .decodeFailed(type: "Address", reason: error.description)
        }
    }
}

extension CBORWriter {
    /// Writes an address as a CBOR byte string.
    public mutating func writeAddress(_ a: Address) { writeBytes(a.bytes) }
}
