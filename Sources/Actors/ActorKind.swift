/// A builtin actor type, spelled as the bundle manifests name it (the raw value is the manifest
/// name, so a manifest entry maps to a kind by name).
public enum ActorKind: String, Sendable, CaseIterable {
    case system
    case `init`
    case cron
    case account
    case storagepower
    case storageminer
    case storagemarket
    case paymentchannel
    case multisig
    case reward
    case verifiedregistry
    case datacap
    case placeholder
    case evm
    case eam
    case ethaccount
}

extension ActorKind {
    /// The short name reports use (`miner`, not `storageminer`).
    public var shortName: String {
        switch self {
        case .storagepower: "power"
        case .storageminer: "miner"
        case .storagemarket: "market"
        case .paymentchannel: "paych"
        case .verifiedregistry: "verifreg"
        default: rawValue
        }
    }
}
