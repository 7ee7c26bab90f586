import Actors
import Kernel

/// Names the invocation frames of a flame graph: `f01000 miner::PreCommitSector(6)`, or
/// `f01000 method 6` when the actor's type is not known (a trace read from a file).
public struct FrameNamer: Sendable {
    public var version: ActorsVersion?
    public var kinds: [UInt64: ActorKind]

    public init(version: ActorsVersion? = nil, kinds: [UInt64: ActorKind] = [:]) {
        self.version = version
        self.kinds = kinds
    }

    /// Types learnt from the receivers of a diagnosed run's calls.
    public init(_ diagnosis: VectorDiagnosis) {
        var kinds: [UInt64: ActorKind] = [:]
        for message in diagnosis.messages {
            for call in message.calls {
                for (_, node) in call.flattened() { kinds[node.to] = node.actor ?? kinds[node.to] }
            }
        }
        self.init(version: diagnosis.version, kinds: kinds)
    }

    public func name(actor: UInt64?, method: UInt64?) -> String {
        guard let actor else { return "(unknown actor)" }
        guard let method else { return "f0\(actor)" }
        guard let version, let kind = kinds[actor] else { return "f0\(actor) method \(method)" }
        return "f0\(actor) \(kind.shortName)::\(MethodNames.label(of: method, on: kind, version: version))"
    }
}
