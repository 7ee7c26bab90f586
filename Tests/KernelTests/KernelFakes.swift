import Actors
import BigInt
import FVMShared
import IPLD
import Testing

@testable import Kernel

/// Small stand-ins for what the kernel is given: a state tree with a manifest of fake code CIDs,
/// actor code scripted in Swift, fixed randomness and recording externs.
enum Fake {
    /// A code CID per builtin kind, plus one for user code the manifest does not list.
    static func code(_ kind: ActorKind) -> CID { code(named: kind.rawValue) }
    static let userCode = code(named: "user-actor")

    private static func code(named name: String) -> CID {
        CID(
            codec: CID.Codec.raw,
            hash: Multihash(code: Multihash.Code.blake2b_256, digest: Blake2b.hash256(Array(name.utf8))))
    }

    static let sender: UInt64 = 100
    static let receiver: UInt64 = 101
    static let other: UInt64 = 102
    static let initialBalance = BigInt(10).power(18)
}

/// A genesis state: system (with the manifest), init, reward, burnt funds, and three actors
/// (f0100 an account, f0101 and f0102 user code), each with `Fake.initialBalance`.
struct FakeWorld {
    let store = MemoryBlockstore()
    let profile: NetworkProfile
    var root: CID

    init(_ profile: NetworkProfile, extra: [(UInt64, ActorState)] = []) throws {
        self.profile = profile
        let entries: [IPLDValue] = ActorKind.allCases.map { .array([.text($0.rawValue), .link(Fake.code($0))]) }
        let manifestData = store.putValue(.array(entries))
        let empty = store.putCBOR([0x80])
        let addressMap = try HAMT(store: store).flush()
        let initHead = store.putCBOR(InitActorState(addressMap: addressMap, nextID: 1000, networkName: "fake").encode())
        let systemHead = store.putCBOR(SystemActorState(builtinActors: manifestData).encode())
        func actor(_ code: CID, _ head: CID, balance: BigInt = 0) -> ActorState {
            ActorState(code: code, head: head, nonce: 0, balance: balance)
        }
        let accountHead = store.putCBOR(AccountActorState(address: Address(id: Fake.sender)).encodeForTests())
        var actors: [(UInt64, ActorState)] = [
            (StateTree.systemActorID, actor(Fake.code(.system), systemHead)),
            (StateTree.initActorID, actor(Fake.code(.`init`), initHead)),
            (Executor.rewardActorID, actor(Fake.code(.reward), empty)),
            (Executor.burntFundsActorID, actor(Fake.code(.account), empty)),
            (Fake.sender, actor(Fake.code(.account), accountHead, balance: Fake.initialBalance)),
            (Fake.receiver, actor(Fake.userCode, empty, balance: Fake.initialBalance)),
            (Fake.other, actor(Fake.userCode, empty, balance: Fake.initialBalance)),
        ]
        actors += extra
        let hamt = HAMT(store: store)
        for (id, state) in actors {
            try hamt.set(Address(id: id).bytes, try state.encode(profile.actorStateFormat))
        }
        var w = CBORWriter()
        w.writeArrayHeader(3)
        w.writeUInt(profile.stateTreeVersions.last!)
        w.writeCID(try hamt.flush())
        w.writeCID(empty)
        root = store.putCBOR(w.bytes)
    }

    /// A machine over this state with `runner` running actor code.
    func machine(
        runner: ActorCodeRunner?, externs: Externs = RecordingExterns(), epoch: Int64 = 1000,
        baseFee: BigInt = 100
    ) throws -> Machine {
        let context = MachineContext(epoch: epoch, baseFee: baseFee, circulatingSupply: 0)
        return try Machine(
            profile: profile, context: context, stateRoot: root, store: store,
            randomness: FixedRandomness(), externs: externs, runner: runner, tracing: true)
    }
}

extension AccountActorState {
    /// `[address]`, the account state tuple.
    func encodeForTests() -> [UInt8] {
        var w = CBORWriter()
        w.writeArrayHeader(1)
        w.writeAddress(address)
        return w.bytes
    }
}

/// Actor code written as Swift closures, one per receiver; records every invocation.
final class ScriptedRunner: ActorCodeRunner {
    /// Untyped so test closures need no annotation; anything but an `ExecutionError` is a test bug.
    typealias Script = (DefaultKernel) throws -> InvocationOutcome
    var scripts: [UInt64: Script] = [:]
    /// Used for receivers without a script of their own.
    var fallback: Script = { _ in .returned(blockID: 0) }
    private(set) var invocations: [(receiver: UInt64, method: UInt64, caller: UInt64)] = []

    func invoke(code: CID, paramsID: UInt32, kernel: DefaultKernel) throws(ExecutionError) -> InvocationOutcome {
        invocations.append((kernel.receiver, kernel.method, kernel.caller))
        do {
            return try (scripts[kernel.receiver] ?? fallback)(kernel)
        } catch let error as ExecutionError {
            throw error
        } catch {
            throw .fatal(.invariant("script failed: \(error)"))
        }
    }
}

/// Randomness that ignores its inputs.
struct FixedRandomness: RandomnessSource {
    func draw(kind: RandomnessKind, personalization: Int64, round: Int64, entropy: [UInt8]) throws(ExecutionError)
        -> [UInt8]
    {
        Array(repeating: kind == .chain ? 1 : 2, count: 32)
    }
}

/// Externs that answer from fixed values and record what they were asked.
final class RecordingExterns: Externs {
    var proofVerdict = true
    var fault: ConsensusFault? = nil
    var tipset: CID? = nil
    var batchSealCharge: BatchSealCharge = .perSeal
    private(set) var asked: [ExternCapability] = []

    func verifyProof(_ kind: ProofKind, encoded: [UInt8]) throws(ExternError) -> Bool {
        asked.append(.proof(kind))
        return proofVerdict
    }

    func batchVerifySeals(_ seals: [IPLDValue]) throws(ExternError) -> [Bool] {
        asked.append(.batchSeals)
        return seals.map { _ in proofVerdict }
    }

    func verifyConsensusFault(header1: [UInt8], header2: [UInt8], extra: [UInt8]) throws(ExternError)
        -> ConsensusFault?
    {
        asked.append(.consensusFault)
        return fault
    }

    func tipsetCID(epoch: Int64) throws(ExternError) -> CID {
        asked.append(.tipsetCID)
        guard let tipset else { throw .unsupported(.tipsetCID) }
        return tipset
    }
}

extension Message {
    /// A message from the fake sender; fee cap 200 and premium 10 over the fake base fee 100.
    static func fake(
        to: UInt64 = Fake.receiver, method: UInt64 = 2, value: BigInt = 0, sequence: UInt64 = 0,
        gasLimit: Int64 = 10_000_000, from: UInt64 = Fake.sender
    ) -> Message {
        Message(
            to: Address(id: to), from: Address(id: from), sequence: sequence, value: value, gasLimit: gasLimit,
            gasFeeCap: 200, gasPremium: 10, method: method, params: [])
    }
}

/// One fake world, its machine and executor, with scripted actor code.
final class Harness {
    let world: FakeWorld
    let runner = ScriptedRunner()
    let externs = RecordingExterns()
    let machine: Machine

    init(
        _ profile: NetworkProfile, extra: [(UInt64, ActorState)] = [], baseFee: BigInt = 100,
        engine: Bool = true
    ) throws {
        world = try FakeWorld(profile, extra: extra)
        machine = try world.machine(runner: engine ? runner : nil, externs: externs, baseFee: baseFee)
    }

    /// Runs `script` as the receiver's code for one message.
    func apply(_ message: Message = .fake(), rawLength: Int = 100, script: ScriptedRunner.Script? = nil) throws
        -> ApplyResult
    {
        if let script { runner.scripts[message.to.id ?? Fake.receiver] = script }
        return try Executor(machine: machine).executeExplicit(message, rawLength: rawLength)
    }

    func actor(_ id: UInt64) throws -> ActorState? { try machine.stateTree.actor(id) }
    func balance(_ id: UInt64) throws -> BigInt { try actor(id)?.balance ?? -1 }
}

/// The error number a kernel call failed with, nil when it succeeded or failed otherwise.
func errorNumber(_ body: () throws -> Void) -> ErrorNumber? {
    do {
        try body()
        return nil
    } catch {
        if case .syscall(let number, _)? = error as? ExecutionError { return number }
        return nil
    }
}

/// Runs `body` inside one invocation of the receiver on a fresh fake world and returns what it
/// produced; the test fails when the body never ran.
func inInvocation<T>(_ profile: NetworkProfile, readOnly: Bool = false, _ body: @escaping (DefaultKernel) -> T)
    throws -> T?
{
    let harness = try Harness(profile)
    var produced: T? = nil
    let script: ScriptedRunner.Script = { kernel in
        if readOnly {
            _ = try kernel.send(
                to: Address(id: Fake.other), method: 2, paramsID: 0, value: 0, gasLimit: nil, readOnlyFlag: true)
        } else {
            produced = body(kernel)
        }
        return .returned(blockID: 0)
    }
    harness.runner.scripts[Fake.receiver] = script
    harness.runner.scripts[Fake.other] = { kernel in
        produced = body(kernel)
        return .returned(blockID: 0)
    }
    _ = try harness.apply()
    return produced
}

extension NetworkProfile: CustomTestStringConvertible {
    public var testDescription: String { name }
}
