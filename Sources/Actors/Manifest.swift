import IPLD

/// Why a manifest could not be read.
public enum ManifestError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case invalid(String)
    case missingActor(String)

    public var description: String {
        switch self {
        case .notFound(let why): "manifest not found: \(why)"
        case .invalid(let why): "invalid manifest: \(why)"
        case .missingActor(let name): "manifest lacks the required actor \(name)"
        }
    }
}

/// A builtin actor type: its manifest name and its id (1-based position in the manifest).
public struct BuiltinActorType: Hashable, Sendable, CustomStringConvertible {
    public let id: UInt32
    public let name: String
    public var description: String { name }
}

/// The builtin actors of one network: name ↔ code CID ↔ type id.
public struct Manifest: Sendable {
    public let dataCID: CID
    /// Entries in manifest order.
    public let entries: [(name: String, code: CID)]
    private let typeByCode: [CID: BuiltinActorType]
    private let codeByName: [String: CID]

    /// Reads the manifest data block `[[name, code]...]`.
    public init(dataCID: CID, store: Blockstore) throws(ManifestError) {
        self.dataCID = dataCID
        let value: IPLDValue
        do {
            value = try store.getValue(dataCID)
        } catch {
            throw .notFound("data block \(dataCID): \(error)")
        }
        guard let items = value.list else { throw .invalid("data block is not a list") }
        var entries: [(String, CID)] = []
        var typeByCode: [CID: BuiltinActorType] = [:]
        var codeByName: [String: CID] = [:]
        for (i, item) in items.enumerated() {
            guard let pair = item.list, pair.count == 2, let name = pair[0].string, let code = pair[1].cid else {
                throw .invalid("entry \(i) is not [name, CID]")
            }
            entries.append((name, code))
            typeByCode[code] = BuiltinActorType(id: UInt32(i + 1), name: name)
            codeByName[name] = code
        }
        self.entries = entries
        self.typeByCode = typeByCode
        self.codeByName = codeByName
    }

    /// The manifest a state tree uses: the system actor's state `[manifest data CID]`.
    public init(systemActorHead: CID, store: Blockstore) throws(ManifestError) {
        let state: SystemActorState
        do {
            state = try SystemActorState(cbor: try store.require(systemActorHead))
        } catch {
            throw .notFound("system actor state \(systemActorHead): \(error)")
        }
        try self.init(dataCID: state.builtinActors, store: store)
    }

    /// The builtin type of a code CID, nil for non-builtin code.
    public func type(of code: CID) -> BuiltinActorType? { typeByCode[code] }

    /// The builtin kind of a code CID, nil for non-builtin code or a name this VM does not know.
    public func kind(of code: CID) -> ActorKind? { typeByCode[code].flatMap { ActorKind(rawValue: $0.name) } }

    /// The code CID of a builtin kind.
    public func code(of kind: ActorKind) -> CID? { codeByName[kind.rawValue] }

    /// The code CID of a builtin actor by name (`account`, `init`, ...).
    public func code(named name: String) -> CID? { codeByName[name] }

    /// The code CID of a builtin type id.
    public func code(typeID: UInt32) -> CID? {
        guard typeID >= 1, Int(typeID) <= entries.count else { return nil }
        return entries[Int(typeID) - 1].code
    }

    /// Checks that the kinds a VM cannot run without are present.
    public func require(_ kinds: [ActorKind]) throws(ManifestError) { try require(kinds.map(\.rawValue)) }

    /// Checks that the actors a VM cannot run without are present.
    public func require(_ names: [String]) throws(ManifestError) {
        for n in names where codeByName[n] == nil { throw .missingActor(n) }
    }
}
