import FVMShared
import Foundation
import IPLD
import Kernel

/// One recorded scenario vector: where it goes, its JSON text and what it recorded.
public struct ScenarioVector: Sendable {
    /// Path below the corpus folder: `nvNN/<family>/<name>.json`.
    public let path: String
    public let text: String
    public let receipts: [Receipt]
    public let root: CID

    /// One line of the version's summary file: the vector, its root, then per message exit code,
    /// gas used and return length.
    public var summaryLine: String {
        let parts = receipts.enumerated().map { i, r in
            "m\(i) exit=\(r.exitCode.rawValue) gas=\(r.gasUsed) ret=\(Hex.encode(r.returnData))"
        }
        return ([path, "\(root)"] + parts).joined(separator: " ")
    }
}

/// The official-schema JSON of a scenario vector.
enum ScenarioVectorJSON {
    static func make(
        id: String, description: String, genesis: ScenarioGenesis, car: [UInt8], messages: [Message],
        receipts: [Receipt], postRoot: CID
    ) throws -> JSONValue {
        let nv = genesis.profile.networkVersion.rawValue
        let link: (CID) -> JSONValue = { .object([("root_cid", .object([("/", .string("\($0)"))]))]) }
        let apply: [JSONValue] = try messages.map {
            .object([("bytes", .string(Data(try $0.encode()).base64EncodedString()))])
        }
        let expected: [JSONValue] = receipts.map {
            .object([
                ("exit_code", .number(String($0.exitCode.rawValue))),
                ("return", .string(Data($0.returnData).base64EncodedString())),
                ("gas_used", .number(String($0.gasUsed))),
            ])
        }
        return .object([
            ("class", .string("message")),
            ("selector", .object([("scenario", .string("true"))])),
            (
                "_meta",
                .object([
                    ("id", .string(id)), ("description", .string(description)),
                    (
                        "gen",
                        .array([
                            .object([
                                ("source", .string(VectorSource.scenarioGenerator)),
                                ("version", .string("swift-fvm genesis of nv\(nv) (\(genesis.profile.name))")),
                            ])
                        ])
                    ),
                ])
            ),
            ("car", .string(Data(try Gzip.compress(car)).base64EncodedString())),
            (
                "preconditions",
                .object([
                    ("state_tree", link(genesis.stateRoot)),
                    ("basefee", .number(String(genesis.context.baseFee))),
                    ("circ_supply", .number(String(genesis.context.circulatingSupply))),
                    (
                        "variants",
                        .array([
                            .object([
                                ("id", .string("nv\(nv)")), ("epoch", .number(String(genesis.context.epoch))),
                                ("nv", .number(String(nv))),
                            ])
                        ])
                    ),
                ])
            ),
            ("apply_messages", .array(apply)),
            ("postconditions", .object([("state_tree", link(postRoot)), ("receipts", .array(expected))])),
            ("randomness", .array([])),
        ])
    }
}
