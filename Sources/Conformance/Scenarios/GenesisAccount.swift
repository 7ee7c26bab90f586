import FVMShared
import IPLD

/// A funded account of the scenario genesis: a name, its key address and the ID it got.
///
/// Vectors carry unsigned messages (the runner checks no signature), so a key address only has
/// to be well formed and stable: its payload is derived from the name, never from a real key.
public struct GenesisAccount: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case secp256k1, bls, ethereum
    }

    public let name: String
    public let kind: Kind
    public let address: Address
    public internal(set) var id: UInt64 = 0

    init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
        address = Self.address(name: name, kind: kind)
    }

    /// The key address of `name`: f1 (20-byte hash), f3 (48 bytes) or f410 (EAM namespace, 20 bytes).
    static func address(name: String, kind: Kind) -> Address {
        let seed = Array("swift-fvm scenario key \(name)".utf8)
        switch kind {
        case .secp256k1: return try! Address(protocol: .secp256k1, payload: Blake2b.hash(seed, length: 20))
        case .bls: return try! Address(protocol: .bls, payload: Blake2b.hash(seed, length: 48))
        case .ethereum:
            return try! Address(protocol: .delegated, payload: [10] + Blake2b.hash(seed, length: 20))
        }
    }

    /// Accounts every genesis holds, in ID order (the verified registry's root key first).
    static let standard: [GenesisAccount] = [
        GenesisAccount(name: "verifreg-root", kind: .secp256k1), GenesisAccount(name: "alice", kind: .secp256k1),
        GenesisAccount(name: "bob", kind: .secp256k1), GenesisAccount(name: "carol", kind: .secp256k1),
        GenesisAccount(name: "dave", kind: .bls), GenesisAccount(name: "erin", kind: .ethereum),
        GenesisAccount(name: "frank", kind: .bls),
    ]
}
