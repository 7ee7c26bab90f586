import Actors

/// Method names for reports: the builtin actors' name of a method number, given the actor type and
/// network version; anything unknown (a non-builtin actor, a version without a table, an unlisted
/// number) stays the number.
public enum MethodNames {
    /// Method 0: a plain value transfer, which every actor accepts.
    public static let send = "Send"

    /// The method's name, nil when no table knows it.
    public static func name(actor: String?, method: UInt64, nv: Int?) -> String? {
        guard let version = nv.flatMap({ ActorsVersion(networkVersion: $0) }) else { return method == 0 ? send : nil }
        return name(actor: actor, method: method, version: version)
    }

    /// The method's name in a known release, nil when its table lacks it or the actor is not builtin.
    static func name(actor: String?, method: UInt64, version: ActorsVersion) -> String? {
        if method == 0 { return send }
        guard let kind = actor.flatMap(ActorKind.init(rawValue:)) else { return nil }
        return tables[version]?[kind]?[method]
    }

    /// The name when known, else the number; `unknown` when there is no number.
    public static func label(actor: String?, method: UInt64?, nv: Int?) -> String {
        guard let method else { return ReportFormat.unknown }
        return name(actor: actor, method: method, nv: nv) ?? String(method)
    }

    /// Number to name, by release and actor type, computed once (the exported numbers are hashes).
    private static let tables: [ActorsVersion: [ActorKind: [UInt64: String]]] = {
        var out: [ActorsVersion: [ActorKind: [UInt64: String]]] = [:]
        for version in ActorsVersion.allCases {
            for kind in ActorKind.allCases {
                var byNumber: [UInt64: String] = [:]
                for method in kind.methods where method.versions.contains(version) {
                    if let number = method.value { byNumber[number] = method.name }
                }
                out[version, default: [:]][kind] = byNumber
            }
        }
        return out
    }()
}
