import Actors
import BigInt
import FVMShared
import IPLD

/// The messages a scenario sends, built over one genesis: senders by account name (nonces kept
/// here), method numbers from the version's tables, and the IDs new actors will get.
public struct ScenarioScript {
    public let genesis: ScenarioGenesis
    public let actorsVersion: ActorsVersion
    public private(set) var messages: [Message] = []
    public private(set) var expectations: [ScenarioExpectation] = []
    private var nonces: [Address: UInt64] = [:]
    private var nextID: UInt64

    /// Gas limit, fee cap and premium of a message that names none.
    public static let gasLimit: Int64 = 10_000_000_000
    public static let feeCap = BigInt(200)
    public static let premium = BigInt(10)
    public static let fil = BigInt(10).power(18)

    init(genesis: ScenarioGenesis, actorsVersion: ActorsVersion) {
        self.genesis = genesis
        self.actorsVersion = actorsVersion
        nextID = genesis.nextActorID
    }

    /// The key address of a genesis account.
    public func key(_ name: String) -> Address { genesis.account(name).address }
    /// The ID address of a genesis account.
    public func id(_ name: String) -> Address { Address(id: genesis.account(name).id) }

    /// The ID the next created actor gets (a fixed return value of the creating message).
    public mutating func newActorID() -> UInt64 {
        defer { nextID += 1 }
        return nextID
    }

    /// The number of `kind`'s method `name` in this actors version.
    public func method(_ kind: ActorKind, _ name: String) throws(ScenarioError) -> UInt64 {
        guard let m = kind.methods.first(where: { $0.name == name && $0.versions.contains(actorsVersion) }),
            let number = m.value
        else { throw .unknownMethod(actor: "\(kind)", method: name, actorsVersion: actorsVersion.rawValue) }
        return number
    }

    /// Appends a message from the genesis account `from`; `nonce` overrides the next one, `byVersion`
    /// states the exit code where an actors version differs from `expect`.
    public mutating func send(
        from: String, to: Address, value: BigInt = 0, method: UInt64 = 0, params: [UInt8] = [],
        gasLimit: Int64 = gasLimit, feeCap: BigInt = feeCap, nonce: UInt64? = nil, expect: ExitCode = .ok,
        byVersion: [ActorsVersion: ExitCode] = [:], returns: ScenarioExpectation.ReturnCheck? = nil
    ) {
        send(
            fromAddress: key(from), to: to, value: value, method: method, params: params, gasLimit: gasLimit,
            feeCap: feeCap, nonce: nonce, expect: expect, byVersion: byVersion, returns: returns)
    }

    /// As `send(from:...)` from any address (an unknown or non-account sender).
    public mutating func send(
        fromAddress from: Address, to: Address, value: BigInt = 0, method: UInt64 = 0, params: [UInt8] = [],
        gasLimit: Int64 = gasLimit, feeCap: BigInt = feeCap, nonce: UInt64? = nil, expect: ExitCode = .ok,
        byVersion: [ActorsVersion: ExitCode] = [:], returns: ScenarioExpectation.ReturnCheck? = nil
    ) {
        let sequence = nonce ?? nonces[from, default: 0]
        if nonce == nil { nonces[from] = sequence + 1 }
        messages.append(
            Message(
                to: to, from: from, sequence: sequence, value: value, gasLimit: gasLimit, gasFeeCap: feeCap,
                gasPremium: Self.premium, method: method, params: params))
        expectations.append(ScenarioExpectation(exitCode: byVersion[actorsVersion] ?? expect, returns: returns))
    }
}

/// DAG-CBOR parameter helpers for scenarios.
public enum ScenarioCBOR {
    /// Encodes with a writer closure.
    public static func encode(_ body: (inout CBORWriter) -> Void) -> [UInt8] {
        var w = CBORWriter()
        body(&w)
        return w.bytes
    }

    public static func bigInt(_ w: inout CBORWriter, _ value: BigInt) {
        // Scenario amounts are non-negative and small enough to encode.
        try! w.writeBigInt(value)
    }
}
