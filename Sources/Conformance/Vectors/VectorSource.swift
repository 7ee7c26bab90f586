/// Where a vector comes from. Reports keep the sources apart because only the official corpus is an
/// expectation independent of this VM: scenario vectors were recorded by it.
public enum VectorSource: String, Sendable, CaseIterable, Comparable {
    /// The official corpus (fvm-test-vectors), produced by other implementations.
    case official
    /// Scenario vectors recorded by this VM (`make scenarios`).
    case scenario

    /// The `_meta.gen[].source` the scenario recorder writes.
    public static let scenarioGenerator = "fvm-swift-scenarios"

    /// The source named by a vector's generators (`_meta.gen[].source`): anything but this VM's
    /// recorder counts as official, since that is what the official corpus's generators are.
    public init(generators: [String]) {
        self = generators.contains(Self.scenarioGenerator) ? .scenario : .official
    }

    /// Section heading.
    public var title: String {
        switch self {
        case .official: "Official vectors"
        case .scenario: "Scenario vectors"
        }
    }

    /// What a pass against this source means, shown beside every count of it.
    public var label: String {
        switch self {
        case .official: "official vectors"
        case .scenario: "scenario vectors recorded by this VM: a regression baseline, not an independent expectation"
        }
    }

    public static func < (a: VectorSource, b: VectorSource) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
