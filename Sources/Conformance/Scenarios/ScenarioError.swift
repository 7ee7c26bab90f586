import FVMShared

/// Why a scenario could not be built, run or recorded; each case names where.
public enum ScenarioError: Error, Equatable, CustomStringConvertible {
    /// The version's bundle is missing or unusable.
    case bundle(String)
    /// Building the genesis state failed while `doing`.
    case genesis(String, doing: String)
    /// A singleton's constructor, run as an implicit message, did not exit 0.
    case constructorFailed(actor: String, exitCode: UInt32, info: String)
    /// The scenario names a method the version's table lacks.
    case unknownMethod(actor: String, method: String, actorsVersion: Int)
    /// Executing the recorded vector did not complete.
    case execution(scenario: String, String)
    /// A message ended with another exit code than the scenario states.
    case exitCodeDiffers(scenario: String, message: Int, expected: UInt32, actual: UInt32, info: String)
    /// A message returned another fixed value than the scenario states.
    case returnDiffers(scenario: String, message: Int, expected: String, actual: String)
    /// Writing the corpus failed.
    case unwritable(path: String, cause: String)

    public var description: String {
        switch self {
        case .bundle(let why): "bundle: \(why)"
        case .genesis(let why, let doing): "genesis, \(doing): \(why)"
        case .constructorFailed(let actor, let code, let info):
            "genesis: the \(actor) constructor exited \(code) (\(info))"
        case .unknownMethod(let actor, let method, let version):
            "no method \(actor).\(method) in actors v\(version)"
        case .execution(let scenario, let why): "scenario \(scenario): \(why)"
        case .exitCodeDiffers(let scenario, let message, let expected, let actual, let info):
            "scenario \(scenario): message \(message) exited \(actual), the scenario states \(expected)"
                + (info.isEmpty ? "" : " (\(info))")
        case .returnDiffers(let scenario, let message, let expected, let actual):
            "scenario \(scenario): message \(message) returned \(actual), the scenario states \(expected)"
        case .unwritable(let path, let cause): "cannot write \(path): \(cause)"
        }
    }
}
