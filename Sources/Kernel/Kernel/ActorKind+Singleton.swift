import Actors

extension ActorKind {
    /// Whether v2's `create_actor` refuses this kind because a network has exactly one of it.
    var isSingleton: Bool {
        switch self {
        case .system, .`init`, .reward, .cron, .storagepower, .storagemarket, .verifiedregistry: true
        default: false
        }
    }
}
