import Actors
import BigInt
import FVMShared
import IPLD
import Kernel

/// A FEVM world to script: Ethereum accounts and contracts placed straight into an nv18 state
/// tree, then messages applied by the real executor, as the conformance runner applies a vector's
/// messages (unsigned, so no signature is checked).
///
/// Set-up writes the state the way builtin-actors v10 lays it out, so the EVM actor cannot tell a
/// placed contract from one the EAM deployed; everything after set-up goes through the executor.
public final class FEVMScenario {
    public let machine: Machine
    public let manifest: Manifest
    /// Gas limit of a message when the caller gives none: generous on the Filecoin scale (the
    /// block limit), since Ethereum gas figures mean nothing here.
    public static let defaultGasLimit: Int64 = 10_000_000_000

    /// Method numbers of the FRC-42 entry points used here.
    public enum Method {
        public static let send: UInt64 = 0
        public static let invokeContract: UInt64 = 3_844_450_837
        public static let eamCreateExternal: UInt64 = 4
    }

    public init(base: FEVMBaseState, runner: ActorCodeRunner) throws(FEVMError) {
        do {
            machine = try Machine(
                profile: base.profile, context: base.context, stateRoot: base.stateRoot, store: base.store,
                randomness: ReplayRandomness(rules: []), externs: ConformanceExterns(), runner: runner)
        } catch {
            throw .state(error.description, doing: "opening the base state")
        }
        manifest = machine.manifest
    }

    /// Engines cache prepared actor modules: scenarios that share one prepare each module once
    /// per process instead of once per scenario.
    public static let sharedEngines = WasmEngines()

    /// A scenario whose actor code runs on the shared engines.
    public convenience init(base: FEVMBaseState) throws(FEVMError) {
        try self.init(base: base, runner: WasmActorRunner(engine: Self.sharedEngines.engine(for: base.profile)))
    }

    var tree: StateTree { machine.stateTree }
    var store: Blockstore { machine.store }

    // MARK: - Accounts

    /// An ethaccount at `address` with `balance`: the kind of actor an Ethereum key sends from.
    @discardableResult
    public func fundEthAccount(_ address: EthAddress, balance: BigInt) throws(FEVMError) -> UInt64 {
        try createActor(at: address, kind: .ethaccount, head: Machine.emptyArrayCID, balance: balance)
    }

    /// A placeholder at `address`: what a value send to an unused f4 address leaves behind.
    @discardableResult
    public func placePlaceholder(_ address: EthAddress, balance: BigInt) throws(FEVMError) -> UInt64 {
        try createActor(at: address, kind: .placeholder, head: Machine.emptyArrayCID, balance: balance)
    }

    /// An EVM contract at `address` running `code`, with `storage` (zero values are left out,
    /// as SSTORE of zero deletes), `nonce` (its CREATE counter) and `balance`.
    @discardableResult
    public func placeContract(
        address: EthAddress, code: [UInt8], storage: [EVMWord: EVMWord] = [:], nonce: UInt64 = 1,
        balance: BigInt = 0
    ) throws(FEVMError) -> UInt64 {
        let state = EVMContractState.make(code: code, storage: storage, nonce: nonce, store: store)
        return try createActor(at: address, kind: .evm, head: store.putCBOR(state.encode()), balance: balance)
    }

    private func createActor(at address: EthAddress, kind: ActorKind, head: CID, balance: BigInt)
        throws(FEVMError) -> UInt64
    {
        guard try actorID(of: address) == nil else { throw .addressTaken(address) }
        guard let code = manifest.code(of: kind) else { throw .state("no \(kind) code", doing: "reading the manifest") }
        let f4 = address.filecoinAddress
        do {
            let id = try tree.registerNewAddress(f4)
            tree.setActor(id, ActorState(code: code, head: head, nonce: 0, balance: balance, delegatedAddress: f4))
            return id
        } catch {
            throw .state(error.description, doing: "creating \(kind) at \(address)")
        }
    }

    // MARK: - Reading state

    /// The actor ID behind an Ethereum address (f410 or masked ID), nil when there is none.
    public func actorID(of address: EthAddress) throws(FEVMError) -> UInt64? {
        do {
            if address.bytes.starts(with: [0xff] + [UInt8](repeating: 0, count: 11)) {
                let id = address.bytes[12...].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                return try tree.actor(id) == nil ? nil : id
            }
            return try tree.lookupID(address.filecoinAddress)
        } catch {
            throw .state(error.description, doing: "resolving \(address)")
        }
    }

    /// The actor entry behind an Ethereum address.
    public func actor(at address: EthAddress) throws(FEVMError) -> ActorState {
        guard let id = try actorID(of: address) else { throw .unknownAddress(address) }
        do {
            guard let actor = try tree.actor(id) else { throw FEVMError.unknownAddress(address) }
            return actor
        } catch let e as FEVMError {
            throw e
        } catch {
            throw .state("\(error)", doing: "reading f0\(id)")
        }
    }

    public func balance(of address: EthAddress) throws(FEVMError) -> BigInt { try actor(at: address).balance }

    /// The builtin kind of the actor at `address` (ethaccount, placeholder, evm, …).
    public func kind(of address: EthAddress) throws(FEVMError) -> ActorKind? {
        manifest.kind(of: try actor(at: address).code)
    }

    /// The contract's state as the EVM actor last wrote it.
    public func contractState(of address: EthAddress) throws(FEVMError) -> EVMContractState {
        let actor = try actor(at: address)
        guard manifest.kind(of: actor.code) == .evm else {
            throw .notAContract(address, kind: manifest.kind(of: actor.code).map { "\($0)" } ?? "non-builtin")
        }
        do {
            return try EVMContractState(cbor: try store.require(actor.head))
        } catch {
            throw .state(error.description, doing: "decoding the EVM state of \(address)")
        }
    }

    /// Every non-zero storage slot of the contract at `address`.
    public func storage(of address: EthAddress) throws(FEVMError) -> [EVMWord: EVMWord] {
        let root = try contractState(of: address).contractState
        return try EVMStorage.read(root: root, store: store)
    }
}

extension FEVMScenario {
    /// Sets an account's nonce: a sender's next message must carry it.
    public func setNonce(_ id: UInt64, _ nonce: UInt64) throws(FEVMError) {
        do {
            guard var actor = try tree.actor(id) else {
                throw FEVMError.state("absent", doing: "setting f0\(id)'s nonce")
            }
            actor.nonce = nonce
            tree.setActor(id, actor)
        } catch let e as FEVMError {
            throw e
        } catch {
            throw .state("\(error)", doing: "setting f0\(id)'s nonce")
        }
    }
}

extension FEVMScenario {
    /// Every Ethereum address the init actor has mapped (placed, created by the EAM, or a
    /// placeholder left by a value send).
    public func ethAddresses() throws(FEVMError) -> [EthAddress] {
        do {
            guard let initActor = try tree.actor(StateTree.initActorID) else {
                throw FEVMError.state("absent", doing: "reading the init actor")
            }
            let state = try InitActorState(cbor: try store.require(initActor.head))
            var out: [EthAddress] = []
            try HAMT(root: state.addressMap, store: store).forEach { key, _ in
                if let a = try? Address(bytes: key), let eth = EthAddress(filecoin: a) { out.append(eth) }
            }
            return out.sorted()
        } catch let e as FEVMError {
            throw e
        } catch {
            throw .state("\(error)", doing: "listing the init actor's addresses")
        }
    }
}
