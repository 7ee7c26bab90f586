import Actors
import BigInt
import FVMShared
import IPLD
import Kernel

/// Builds a genesis state from a version's bundle the way Lotus's genesis does: the system actor's
/// state written directly (it names the manifest), the other singletons created by running their
/// own constructors as implicit messages from f00, burnt funds and the funded accounts written
/// as account actors.
public enum GenesisBuilder {
    /// The singletons after init, with their well-known IDs, in construction order.
    static let singletons: [(id: UInt64, kind: ActorKind)] = [
        (2, .reward), (3, .cron), (4, .storagepower), (5, .storagemarket), (6, .verifiedregistry),
        (7, .datacap), (10, .eam),
    ]
    static let burntFundsID: UInt64 = 99
    static let networkName = "swift-fvm-scenarios"

    /// The genesis of `profile` over its bundle from `bundles`.
    public static func build(profile: NetworkProfile, bundles: BundleCatalog, runner: ActorCodeRunner)
        throws(ScenarioError) -> ScenarioGenesis
    {
        let bundle: ActorBundle
        switch bundles.bundle(for: profile) {
        case .loaded(let b): bundle = b
        case .missing(let why), .failed(let why): throw .bundle(why)
        }
        return try build(profile: profile, bundle: bundle, runner: runner)
    }

    public static func build(profile: NetworkProfile, bundle: ActorBundle, runner: ActorCodeRunner)
        throws(ScenarioError) -> ScenarioGenesis
    {
        let manifest: Manifest
        do {
            manifest = try bundle.mainnetManifest()
        } catch {
            throw .bundle("\(bundle.name): \(error)")
        }
        guard let epoch = MainnetUpgrade.scenarioEpoch(profile.networkVersion.rawValue) else {
            throw .genesis(
                "no mainnet upgrade epoch", doing: "choosing the epoch of nv\(profile.networkVersion.rawValue)")
        }
        let context = MachineContext(
            epoch: epoch, baseFee: ScenarioGenesis.baseFee, circulatingSupply: ScenarioGenesis.circulatingSupply)
        let store = LayeredBlockstore(shared: bundle.store)
        let seed = try seedTree(profile: profile, manifest: manifest, store: store)
        let machine: Machine
        do {
            machine = try Machine(
                profile: profile, context: context, stateRoot: seed, store: store,
                randomness: ReplayRandomness(rules: []), externs: ConformanceExterns(), runner: runner)
        } catch {
            throw .genesis("\(error)", doing: "opening the seed tree")
        }
        let executor = Executor(machine: machine)
        try construct(.`init`, id: StateTree.initActorID, params: initParams(), in: machine, executor)
        let accounts = try placeAccounts(in: machine, manifest: manifest)
        let verifregRoot = accounts[0].id
        for (id, kind) in singletons where manifest.code(of: kind) != nil {
            try place(kind, id: id, in: machine, manifest: manifest)
            try construct(kind, id: id, params: params(of: kind, verifregRoot: verifregRoot), in: machine, executor)
        }
        try setBalance(of: 2, ScenarioGenesis.rewardBalance, in: machine)
        return try finish(machine, profile: profile, bundle: bundle, context: context, accounts: accounts)
    }

    /// A tree with the system actor (its state names the manifest) and an unconstructed init actor.
    private static func seedTree(profile: NetworkProfile, manifest: Manifest, store: LayeredBlockstore)
        throws(ScenarioError) -> CID
    {
        guard let version = profile.stateTreeVersions.last else {
            throw .genesis("the profile names no state-tree version", doing: "seeding the tree")
        }
        store.put(Machine.emptyArrayCID, [0x80])
        do {
            let empty = try HAMT(store: store).flush()
            var w = CBORWriter()
            w.writeArrayHeader(3)
            w.writeUInt(version)
            w.writeCID(empty)
            w.writeCID(Machine.emptyArrayCID)
            let tree = try StateTree(
                root: store.putCBOR(w.bytes), store: store, versions: profile.stateTreeVersions,
                format: profile.actorStateFormat)
            let systemHead = store.putCBOR(SystemActorState(builtinActors: manifest.dataCID).encode())
            tree.setActor(StateTree.systemActorID, try actor(.system, head: systemHead, manifest: manifest))
            tree.setActor(StateTree.initActorID, try actor(.`init`, head: Machine.emptyArrayCID, manifest: manifest))
            return try tree.flush()
        } catch let e as ScenarioError {
            throw e
        } catch {
            throw .genesis("\(error)", doing: "seeding the tree")
        }
    }

    private static func actor(_ kind: ActorKind, head: CID, manifest: Manifest, balance: BigInt = 0)
        throws(ScenarioError) -> ActorState
    {
        guard let code = manifest.code(of: kind) else {
            throw .genesis("the manifest has no \(kind) code", doing: "placing \(kind)")
        }
        return ActorState(code: code, head: head, nonce: 0, balance: balance)
    }

    /// An unconstructed actor (empty head) at a well-known ID, as Lotus creates it before its constructor.
    private static func place(_ kind: ActorKind, id: UInt64, in machine: Machine, manifest: Manifest)
        throws(ScenarioError)
    {
        machine.stateTree.setActor(id, try actor(kind, head: Machine.emptyArrayCID, manifest: manifest))
    }

    /// Runs the constructor (method 1) of the actor at `id` from the system actor.
    private static func construct(
        _ kind: ActorKind, id: UInt64, params: [UInt8], in machine: Machine, _ executor: Executor
    ) throws(ScenarioError) {
        let message = Message(
            to: Address(id: id), from: Address(id: StateTree.systemActorID), sequence: 0, value: 0,
            gasLimit: 10_000_000_000, gasFeeCap: 0, gasPremium: 0, method: 1, params: params)
        let result: ApplyResult
        do {
            result = try executor.executeImplicit(message)
        } catch {
            throw .genesis("\(error)", doing: "constructing \(kind)")
        }
        guard result.receipt.exitCode.isSuccess else {
            throw .constructorFailed(
                actor: "\(kind)", exitCode: result.receipt.exitCode.rawValue, info: result.failureInfo ?? "")
        }
    }

    /// The verified registry's root key, then the funded accounts, registered with the init actor.
    private static func placeAccounts(in machine: Machine, manifest: Manifest) throws(ScenarioError)
        -> [GenesisAccount]
    {
        let tree = machine.stateTree
        var placed: [GenesisAccount] = []
        do {
            let burnt = AccountActorState(address: Address(id: burntFundsID))
            tree.setActor(
                burntFundsID, try actor(.account, head: machine.store.putCBOR(burnt.encode()), manifest: manifest))
            for var account in GenesisAccount.standard {
                let actorState: ActorState
                switch account.kind {
                case .secp256k1, .bls:
                    let head = machine.store.putCBOR(AccountActorState(address: account.address).encode())
                    actorState = try actor(
                        .account, head: head, manifest: manifest, balance: ScenarioGenesis.accountBalance)
                case .ethereum:
                    guard manifest.code(of: .ethaccount) != nil else { continue }
                    var eth = try actor(
                        .ethaccount, head: Machine.emptyArrayCID, manifest: manifest,
                        balance: ScenarioGenesis.accountBalance)
                    eth.delegatedAddress = account.address
                    actorState = eth
                }
                account.id = try tree.registerNewAddress(account.address)
                tree.setActor(account.id, actorState)
                placed.append(account)
            }
        } catch let e as ScenarioError {
            throw e
        } catch {
            throw .genesis("\(error)", doing: "placing the accounts")
        }
        return placed
    }

    private static func setBalance(of id: UInt64, _ balance: BigInt, in machine: Machine) throws(ScenarioError) {
        do {
            guard var actor = try machine.stateTree.actor(id) else { return }
            actor.balance = balance
            machine.stateTree.setActor(id, actor)
        } catch {
            throw .genesis("\(error)", doing: "funding f0\(id)")
        }
    }

    /// Flushes and keeps the state's own blocks (not the bundle's), sorted by CID text.
    private static func finish(
        _ machine: Machine, profile: NetworkProfile, bundle: ActorBundle, context: MachineContext,
        accounts: [GenesisAccount]
    ) throws(ScenarioError) -> ScenarioGenesis {
        do {
            let root = try machine.flush()
            let blocks = try ReachableBlocks.collect(from: root, in: machine.store) { bundle.store.has($0) }
            let initActor = try machine.stateTree.actor(StateTree.initActorID)
            let initState = try InitActorState(cbor: try machine.store.require(initActor?.head ?? root))
            let manifest = machine.manifest
            let kinds = Set(ActorKind.allCases.filter { manifest.code(of: $0) != nil })
            return ScenarioGenesis(
                profile: profile, bundle: bundle, manifest: manifest, blocks: blocks, stateRoot: root, context: context,
                accounts: accounts, nextActorID: initState.nextID, kinds: kinds)
        } catch let e as ScenarioError {
            throw e
        } catch {
            throw .genesis("\(error)", doing: "flushing the genesis")
        }
    }
}

extension GenesisBuilder {
    static func initParams() -> [UInt8] {
        var w = CBORWriter()
        w.writeArrayHeader(1)
        w.writeText(networkName)
        return w.bytes
    }

    /// Constructor parameters of each singleton, as the actors decode them.
    static func params(of kind: ActorKind, verifregRoot: UInt64) -> [UInt8] {
        var w = CBORWriter()
        switch kind {
        case .reward:
            // Option<StoragePower>: the realized power at genesis, zero.
            w.writeBytes([])
        case .cron:
            // The entries Lotus installs: power's OnEpochTickEnd (5) and market's CronTick (2).
            w.writeArrayHeader(1)
            w.writeArrayHeader(2)
            for (id, method) in [(UInt64(4), UInt64(5)), (5, 2)] {
                w.writeArrayHeader(2)
                w.writeAddress(Address(id: id))
                w.writeUInt(method)
            }
        case .verifiedregistry: w.writeAddress(Address(id: verifregRoot))
        case .datacap: w.writeAddress(Address(id: 6))
        default: return []
        }
        return w.bytes
    }
}
