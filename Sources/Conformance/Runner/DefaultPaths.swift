import Foundation

/// Where inputs are found when none are named, relative to the working directory (the clone): the
/// clone's own copy first, then the shared folder beside it. Every command takes its defaults here.
public enum DefaultPaths {
    /// The official corpus: `vectors/fvm-test-vectors/corpus`, else `../shared/vectors/...`.
    public static var officialCorpus: String {
        firstExisting(["vectors/fvm-test-vectors/corpus", "../shared/vectors/fvm-test-vectors/corpus"])
    }

    /// This VM's recorded scenario corpus, committed in the clone.
    public static let scenarioCorpus = "vectors/scenarios"

    /// Ethereum's tests (VMTests and GeneralStateTests folders).
    public static let ethereumTests = "../shared/ethereum-tests"

    /// Ethereum's VMTests, the FEVM oracle's default input.
    public static var ethereumVMTests: String { ethereumTests + "/VMTests" }

    /// What `run` executes without arguments: the official corpus, and the scenario corpus when present.
    public static var runInputs: [String] {
        [officialCorpus] + (FileManager.default.fileExists(atPath: scenarioCorpus) ? [scenarioCorpus] : [])
    }

    /// The first of `candidates` that exists, else the last: the shared folder a fresh clone uses,
    /// so that an error names the place a newcomer is told to provide.
    static func firstExisting(_ candidates: [String]) -> String {
        candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[candidates.count - 1]
    }
}
