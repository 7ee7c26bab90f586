import FVMShared
import IPLD

/// What one message of a scenario must end with, independent of gas.
public struct ScenarioExpectation: Sendable, Equatable {
    public var exitCode: ExitCode
    public var returns: ReturnCheck?

    /// A return value the actors' rules fix.
    public enum ReturnCheck: Sendable, Equatable, CustomStringConvertible {
        /// A tuple whose first element is this ID address (init's Exec, power's CreateMiner).
        case idAddress(UInt64)
        /// Exactly these bytes.
        case exact([UInt8])

        /// Nil when `data` satisfies the check, else what was found.
        func mismatch(_ data: [UInt8]) -> String? {
            switch self {
            case .exact(let bytes): return bytes == data ? nil : Hex.encode(data)
            case .idAddress(let id):
                var r = CBORReader(data)
                guard (try? r.readArrayHeader()) != nil, let a = try? r.readAddress() else {
                    return "0x" + Hex.encode(data)
                }
                return a.id == id ? nil : "\(a)"
            }
        }

        public var description: String {
            switch self {
            case .idAddress(let id): "a tuple starting with f0\(id)"
            case .exact(let bytes): "0x" + Hex.encode(bytes)
            }
        }
    }
}
