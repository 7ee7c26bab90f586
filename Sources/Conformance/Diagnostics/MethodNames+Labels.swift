import Actors

extension MethodNames {
    /// The name of `method` on an actor of `kind` under `version`; nil when that release has no such method.
    public static func name(of method: UInt64, on kind: ActorKind, version: ActorsVersion) -> String? {
        name(actor: kind.rawValue, method: method, version: version)
    }

    /// `Name(number)` when the method is known, else `method number`: call trees show both.
    public static func label(of method: UInt64, on kind: ActorKind?, version: ActorsVersion) -> String {
        guard let kind, let name = name(of: method, on: kind, version: version) else { return "method \(method)" }
        return "\(name)(\(method))"
    }
}
