import Actors
import BigInt
import FVMShared
import IPLD
import Kernel

/// A genesis state of one network version: the state's own blocks (the bundle's code and
/// manifest stay in the bundle), its root, the context scenarios run in and the funded accounts.
public struct ScenarioGenesis: @unchecked Sendable {
    public let profile: NetworkProfile
    public let bundle: ActorBundle
    public let manifest: Manifest
    /// Every block reachable from `stateRoot` that the bundle does not ship: what a vector's CAR holds.
    public let blocks: [(cid: CID, data: [UInt8])]
    public let stateRoot: CID
    public let context: MachineContext
    public let accounts: [GenesisAccount]
    /// The ID the init actor assigns next.
    public let nextActorID: UInt64
    /// Manifest kinds present (v9 has no EAM, placeholder or ethaccount).
    public let kinds: Set<ActorKind>

    /// The account named `name` (a programming error when absent).
    public func account(_ name: String) -> GenesisAccount {
        guard let found = accounts.first(where: { $0.name == name }) else {
            preconditionFailure("no genesis account \(name)")
        }
        return found
    }

    /// Every account's starting balance: 1M FIL.
    public static let accountBalance = BigInt(1_000_000) * BigInt(10).power(18)
    /// What the reward actor holds to pay block rewards from.
    public static let rewardBalance = BigInt(1_000_000_000) * BigInt(10).power(18)
    public static let baseFee = BigInt(100)
    public static let circulatingSupply = BigInt(500_000_000) * BigInt(10).power(18)
}
