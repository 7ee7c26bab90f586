import Actors
import FVMShared
import FVMWasm

/// Everything that differs between network versions, in one value per version.
///
/// Code elsewhere asks the profile; it never tests the network version number itself.
public struct NetworkProfile: Sendable {
    public let networkVersion: NetworkVersion
    /// Upgrade name, for reports.
    public let name: String
    /// Builtin-actors bundle file the network runs (`v9.tar.zst`, ...).
    public let bundleName: String
    /// The builtin-actors release in that bundle (9, 10): method tables and state schemas follow it.
    public let actorsVersion: Int
    /// State-tree versions a machine of this network opens.
    public let stateTreeVersions: [UInt64]
    /// Layout of actors in the state tree.
    public let actorStateFormat: ActorStateFormat
    /// Manifest entries the machine cannot run without.
    public let requiredActors: [ActorKind]
    /// Gas prices and gas arithmetic.
    public let priceList: PriceList
    /// Executor, call-manager and kernel behaviour.
    public let rules: ExecutionRules
    /// Wasm instrumentation, gas synchronisation and memory limits.
    public let wasm: WasmProfile
    /// The syscalls actors of this network import.
    public let syscalls: SyscallSet

    /// nv17 (Shark): actors v9, ref-fvm 2.x rules.
    public static let nv17 = NetworkProfile(
        networkVersion: .v17, name: "shark", bundleName: "v9.tar.zst", actorsVersion: 9,
        stateTreeVersions: [3, 4], actorStateFormat: .fourFields,
        requiredActors: [.system, .`init`, .account], priceList: .skyr, rules: .v2, wasm: .nv17, syscalls: .v2)

    /// nv18 (Hygge): actors v10, ref-fvm 3.x rules.
    public static let nv18 = fvm3(.v18, name: "hygge", actorsVersion: 10)

    /// nv19 (Lightning): actors v11 on the FVM 3 rules. The V1P1 Window PoSt proof types
    /// (FIP-0061) are already priced in HYGGE; the miner actor decides which types it accepts.
    public static let nv19 = fvm3(.v19, name: "lightning", actorsVersion: 11)

    /// nv20 (Thunder): a network version without an actors migration, still actors v11.
    public static let nv20 = fvm3(.v20, name: "thunder", actorsVersion: 11)

    /// Every network version this VM runs.
    public static let all: [NetworkProfile] = [.nv17, .nv18, .nv19, .nv20]

    /// A network on the FVM 3 rules (nv18 and the versions that kept them), with its own actors.
    private static func fvm3(_ nv: NetworkVersion, name: String, actorsVersion: Int) -> NetworkProfile {
        NetworkProfile(
            networkVersion: nv, name: name, bundleName: "v\(actorsVersion).tar.zst", actorsVersion: actorsVersion,
            stateTreeVersions: [5], actorStateFormat: .fiveFields,
            requiredActors: [.system, .`init`, .account, .placeholder, .eam, .ethaccount], priceList: .hygge,
            rules: .v3, wasm: .nv18, syscalls: .v3)
    }

    /// The profile of a network version, nil when unsupported.
    public static func forVersion(_ nv: UInt32) -> NetworkProfile? {
        all.first { $0.networkVersion.rawValue == nv }
    }
}
