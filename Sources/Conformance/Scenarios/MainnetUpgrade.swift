/// Mainnet upgrade epochs (Lotus's mainnet build parameters), where each version's scenarios run:
/// at the upgrade plus `scenarioOffset`, an epoch the network actually ran that version at.
public enum MainnetUpgrade {
    /// Network version to the first epoch it ran on mainnet.
    public static let epochs: [UInt32: Int64] = [
        17: 2_383_680, 18: 2_683_348, 19: 2_809_800, 20: 2_870_280, 21: 3_469_380, 22: 3_855_360,
        23: 4_154_640, 24: 4_461_240, 25: 4_878_840, 26: 5_138_040, 27: 5_348_280, 28: 6_052_800,
    ]

    public static let scenarioOffset: Int64 = 1000

    /// The epoch scenarios of network version `nv` run at, nil for a version not listed.
    public static func scenarioEpoch(_ nv: UInt32) -> Int64? { epochs[nv].map { $0 + scenarioOffset } }
}
