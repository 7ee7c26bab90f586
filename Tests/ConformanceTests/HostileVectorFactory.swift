import BigInt
import FVMShared
import Foundation
import IPLD

/// Writes vectors a stranger could send: well-formed up to the one part that is hostile, so each
/// file exercises one limit. Needs no corpus: the message and CAR are built here.
struct HostileVectorFactory {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("fvm-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    static let root = try! CID.compute(codec: CID.Codec.dagCBOR, data: DagCBOR.encode(.array([])))

    /// A valid message: f0100 sends nothing to f0101.
    static func messageBytes() throws -> [UInt8] {
        try Message(
            to: Address(id: 101), from: Address(id: 100), sequence: 0, value: 0, gasLimit: 1_000_000,
            gasFeeCap: 100, gasPremium: 1, method: 0, params: []
        ).encode()
    }

    /// A CAR header naming `root`, with no blocks.
    static func carHeader() -> [UInt8] {
        var out: [UInt8] = []
        let header = DagCBOR.encode(.makeMap([("roots", .array([.link(root)])), ("version", .unsigned(1))]))
        Varint.encode(UInt64(header.count), into: &out)
        return out + header
    }

    /// The vector's JSON fields, with `car` (gzip bytes) and the given overrides.
    static func vector(car: [UInt8], messages: [[UInt8]]? = nil, receipts: String? = nil) throws -> String {
        let msgs = try (messages ?? [messageBytes()]).map { "{\"bytes\": \"\(Data($0).base64EncodedString())\"}" }
        let rcpts = receipts ?? "[{\"exit_code\": 0, \"gas_used\": 1000, \"return\": null}]"
        return """
            {"class": "message", "_meta": {"id": "hostile"}, "car": "\(Data(car).base64EncodedString())",
             "preconditions": {"state_tree": {"root_cid": {"/": "\(root)"}}, "variants": [{"id": "v", "epoch": 1, "nv": 18}]},
             "apply_messages": [\(msgs.joined(separator: ", "))],
             "postconditions": {"state_tree": {"root_cid": {"/": "\(root)"}}, "receipts": \(rcpts)}}
            """
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    /// gzip members of `memberBytes` zeros, concatenated: inflates to `count × memberBytes`
    /// from about a thousandth of that.
    static func bomb(memberBytes: Int, count: Int) throws -> [UInt8] {
        let member = try Gzip.compress(
            carHeader() + [UInt8](repeating: 0, count: memberBytes - carHeader().count), level: 9)
        var out: [UInt8] = []
        out.reserveCapacity(member.count * count)
        for _ in 0..<count { out += member }
        return out
    }

    /// Every hostile file, named after its case, with a phrase its error reason must contain.
    func writeAll() throws -> [String: String] {
        let plainCar = try Gzip.compress(Self.carHeader())
        var expected: [String: String] = [:]
        // 64 members of 64 MiB: 4 GiB once inflated.
        try write("gzip-bomb.json", Self.vector(car: try Self.bomb(memberBytes: 64 << 20, count: 64)))
        expected["gzip-bomb.json"] = "inflated gzip stream exceeds the limit"
        var bigSection = Self.carHeader()
        Varint.encode(UInt64(9 << 20), into: &bigSection)
        bigSection += [UInt8](repeating: 0, count: 9 << 20)
        try write("car-huge-section.json", Self.vector(car: try Gzip.compress(bigSection)))
        expected["car-huge-section.json"] = "CAR section at byte"
        try write("deep-nesting.json", String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000))
        expected["deep-nesting.json"] = "nested deeper than"
        try write("many-values.json", "[" + Array(repeating: "0", count: 2_000_000).joined(separator: ",") + "]")
        expected["many-values.json"] = "more than 1000000 values"
        try write("long-number.json", "{\"class\": \"message\", \"x\": " + String(repeating: "9", count: 1 << 20) + "}")
        expected["long-number.json"] = "number literal longer than"
        try write("huge-message.json", Self.vector(car: plainCar, messages: [[UInt8](repeating: 0x40, count: 2 << 20)]))
        expected["huge-message.json"] = "exceeds the 1048576-byte limit"
        try write("too-few-receipts.json", Self.vector(car: plainCar, receipts: "[]"))
        expected["too-few-receipts.json"] = "0 receipts for 1 messages"
        try write("receipt-not-an-array.json", Self.vector(car: plainCar, receipts: "{\"exit_code\": 0}"))
        expected["receipt-not-an-array.json"] = "expected an array, found object"
        let oversized = dir.appendingPathComponent("oversized-file.json")
        _ = FileManager.default.createFile(atPath: oversized.path, contents: nil)
        let handle = try FileHandle(forWritingTo: oversized)
        try handle.truncate(atOffset: 65 << 20)  // sparse: costs no disk
        try handle.close()
        expected["oversized-file.json"] = "exceeds the 67108864-byte limit for a vector"
        return expected
    }
}
