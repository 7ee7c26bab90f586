import Actors

/// A named sequence of messages over a version's genesis, stating what the actors must answer.
public struct Scenario: Sendable {
    /// Folder of the recorded vectors (`sends`, `multisig`, ...).
    public let family: String
    public let name: String
    public let summary: String
    /// Manifest kinds the scenario needs; versions lacking one do not run it.
    public let requires: Set<ActorKind>
    /// Whether out-of-gas variants of the last message are recorded (it must succeed for that).
    public let outOfGas: Bool
    let script: @Sendable (inout ScenarioScript) throws -> Void

    public init(
        _ family: String, _ name: String, _ summary: String, requires: Set<ActorKind> = [], outOfGas: Bool = true,
        script: @escaping @Sendable (inout ScenarioScript) throws -> Void
    ) {
        self.family = family
        self.name = name
        self.summary = summary
        self.requires = requires
        self.outOfGas = outOfGas
        self.script = script
    }

    /// `family/name`, the vector's path below its version folder.
    public var path: String { "\(family)/\(name)" }

    /// Whether the genesis has every kind the scenario needs.
    public func runs(on genesis: ScenarioGenesis) -> Bool { requires.isSubset(of: genesis.kinds) }
}
