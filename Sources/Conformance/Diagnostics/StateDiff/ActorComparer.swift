import Actors
import BigInt
import FVMShared
import IPLD

/// Turns one differing entry of the actors HAMT into an `ActorChange`: the actor-record fields
/// (code, head, nonce, balance, delegated address), then its state field by field.
struct ActorComparer {
    let blocks: DiffBlocks
    let manifest: Manifest
    let version: ActorsVersion

    func compare(_ entry: KeyedDifference) -> ActorChange? {
        guard case .bytes(let key) = entry.key, let id = (try? Address(bytes: key))?.id else { return nil }
        let e = entry.expected.flatMap(Self.actorState)
        let a = entry.actual.flatMap(Self.actorState)
        let kind = (a ?? e).flatMap { manifest.kind(of: $0.code) }
        switch (e, a) {
        case (let e?, let a?):
            return ActorChange(
                id: id, kind: kind, presence: .inBoth, changes: record(e, a) + state(e.head, a.head, kind))
        case (nil, _?):
            return ActorChange(id: id, kind: kind, presence: .onlyInOurs, changes: [])
        case (_?, nil):
            return ActorChange(id: id, kind: kind, presence: .onlyExpected, changes: [])
        case (nil, nil):
            return nil
        }
    }

    static func actorState(_ value: IPLDValue) -> ActorState? { try? ActorState(cbor: DagCBOR.encode(value)) }

    func record(_ e: ActorState, _ a: ActorState) -> [StateChange] {
        var out: [StateChange] = []
        func add(_ name: String, _ ev: String, _ av: String) {
            if ev != av { out.append(StateChange(path: [name], kind: .changed, expected: ev, actual: av)) }
        }
        add("code", Self.codeName(e.code, manifest), Self.codeName(a.code, manifest))
        add("nonce", "\(e.nonce)", "\(a.nonce)")
        if e.balance != a.balance {
            let delta = a.balance - e.balance
            out.append(
                StateChange(
                    path: ["balance"], kind: .changed, expected: FILAmount.format(e.balance),
                    actual: FILAmount.format(a.balance)
                        + " (ours \(delta.sign == .minus ? "" : "+")\(FILAmount.fil(delta)) FIL)"))
        }
        add(
            "delegated_address", e.delegatedAddress.map { "\($0)" } ?? "none",
            a.delegatedAddress.map { "\($0)" } ?? "none")
        add("head", StateValueText.short(e.head), StateValueText.short(a.head))
        return out
    }

    static func codeName(_ code: CID, _ manifest: Manifest) -> String {
        manifest.type(of: code).map { "\($0.name) (\(StateValueText.short(code)))" } ?? StateValueText.short(code)
    }

    /// The state below two heads, named by the actor's schema.
    func state(_ e: CID, _ a: CID, _ kind: ActorKind?) -> [StateChange] {
        guard e != a, let ev = blocks.value(e), let av = blocks.value(a) else { return [] }
        let schema = kind.flatMap { ActorStateSchemas.schema(for: $0, version: version) }
        return StructureDiff(blocks: blocks).fields(schema, ev, av, path: ["state"])
    }
}
