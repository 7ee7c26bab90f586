import FVMShared
import IPLD
import Kernel

/// Why a FEVM scenario step failed; each case names the step and the value at fault.
public enum FEVMError: Error, Equatable, CustomStringConvertible {
    /// A hex string that is not an Ethereum address, word or byte string.
    case malformedHex(field: String, reason: String)
    /// No official nv18 vector could seed the scenario's state (or the v10 bundle is missing).
    case baseStateUnavailable(String)
    /// The state tree or a block could not be read or written.
    case state(String, doing: String)
    /// The Ethereum address already names an actor.
    case addressTaken(EthAddress)
    /// The Ethereum address names no actor.
    case unknownAddress(EthAddress)
    /// The actor at the address is not an EVM contract.
    case notAContract(EthAddress, kind: String)
    /// The executor refused or could not apply the message.
    case messageNotApplied(String)

    public var description: String {
        switch self {
        case .malformedHex(let field, let reason): "\(field): \(reason)"
        case .baseStateUnavailable(let why): "no nv18 base state: \(why)"
        case .state(let why, let doing): "state error while \(doing): \(why)"
        case .addressTaken(let a): "address \(a) already has an actor"
        case .unknownAddress(let a): "address \(a) has no actor"
        case .notAContract(let a, let kind): "address \(a) is a \(kind) actor, not an EVM contract"
        case .messageNotApplied(let why): "message not applied: \(why)"
        }
    }
}
