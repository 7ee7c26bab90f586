import BigInt
import Foundation
import IPLD
import Kernel

/// What is wrong with a vector file, naming the field.
public struct VectorError: Error, Equatable, CustomStringConvertible {
    public let field: String
    public let reason: String
    public init(_ field: String, _ reason: String) {
        self.field = field
        self.reason = reason
    }
    public var description: String { field.isEmpty ? reason : "\(field): \(reason)" }
}

/// Class, selector and metadata of a vector file.
public struct VectorHeader: Sendable {
    public var vectorClass: String
    public var selector: [String: String]
    public var meta: TestVector.Meta?

    /// Where the vector comes from, by its generators.
    public var source: VectorSource { VectorSource(generators: meta?.generators ?? []) }
}

/// Bounds on the parts of a vector that a stranger controls, beyond the JSON limits: generous
/// for real vectors (one message, a few variants), small enough that a hostile file fails early.
public enum VectorLimits {
    /// Bytes of a vector file.
    public static let maxFileBytes = 64 << 20
    /// Messages in `apply_messages` (and receipts).
    public static let maxMessages = 10_000
    /// Bytes of one serialized message (Lotus accepts at most 64 KiB).
    public static let maxMessageBytes = 1 << 20
    /// Bytes of one expected return value.
    public static let maxReturnBytes = 8 << 20
    /// Variants of one vector.
    public static let maxVariants = 256
    /// Randomness rules of one vector.
    public static let maxRandomnessRules = 100_000
}

/// Builds a `TestVector` from JSON, checking every field it reads.
public enum VectorParser {
    /// Parses a vector file's bytes. Class checks are left to the runner, which reports them.
    public static func parse(_ data: [UInt8]) throws(VectorError) -> TestVector {
        let json: JSONValue
        do {
            json = try JSONValue.parse(data)
        } catch {
            throw VectorError("", error.description)
        }
        return try parse(json)
    }

    /// The class, selector and `_meta` of any vector-like JSON object: enough to report on it
    /// even when its class is not one this runner executes.
    public static func header(_ json: JSONValue) throws(VectorError) -> VectorHeader {
        guard case .object = json else { throw VectorError("", "top level is a \(json.typeName), not an object") }
        let vectorClass = try string(json, "class")
        var selector: [String: String] = [:]
        if let sel = json["selector"], !sel.isNull {
            guard case .object(let members) = sel else { throw VectorError("selector", "not an object") }
            for (k, v) in members {
                guard let s = v.stringValue else { throw VectorError("selector.\(k)", "not a string") }
                selector[k] = s
            }
        }
        var meta: TestVector.Meta? = nil
        if let m = json["_meta"], !m.isNull {
            meta = TestVector.Meta(
                id: try string(m, "id", path: "_meta"), version: m["version"]?.stringValue,
                description: m["description"]?.stringValue, comment: m["comment"]?.stringValue,
                generators: generators(m))
        }
        return VectorHeader(vectorClass: vectorClass, selector: selector, meta: meta)
    }

    /// `_meta.gen[].source`, ignoring entries of another shape (the field is informational).
    static func generators(_ meta: JSONValue) -> [String] {
        guard case .array(let entries)? = meta["gen"] else { return [] }
        return entries.compactMap { $0["source"]?.stringValue }
    }

    /// Parses a `message`-class vector.
    public static func parse(_ json: JSONValue) throws(VectorError) -> TestVector {
        let head = try header(json)
        guard head.vectorClass == "message" else {
            throw VectorError("class", "unknown test vector class \"\(head.vectorClass)\"")
        }
        let (vectorClass, selector, meta) = (head.vectorClass, head.selector, head.meta)
        let car = try base64(json, "car")
        guard let pre = json["preconditions"] else { throw VectorError("preconditions", "missing") }
        let preconditions = TestVector.Preconditions(
            stateRoot: try cidLink(pre["state_tree"], "preconditions.state_tree"),
            baseFee: try bigInt(pre["basefee"], "preconditions.basefee") ?? TestVector.defaultBaseFee,
            circulatingSupply: try bigInt(pre["circ_supply"], "preconditions.circ_supply") ?? TestVector.totalFilecoin,
            variants: try variants(pre["variants"]))
        let messages = try array(json["apply_messages"], "apply_messages", max: VectorLimits.maxMessages)
        var apply: [TestVector.ApplyMessage] = []
        for (i, m) in messages.enumerated() {
            let path = "apply_messages[\(i)]"
            let bytes = try base64(m, "bytes", path: path)
            guard bytes.count <= VectorLimits.maxMessageBytes else {
                throw VectorError(
                    "\(path).bytes",
                    "message of \(bytes.count) bytes exceeds the \(VectorLimits.maxMessageBytes)-byte limit")
            }
            apply.append(.init(bytes: bytes, epochOffset: try int64(m["epoch_offset"], "\(path).epoch_offset")))
        }
        guard let post = json["postconditions"] else { throw VectorError("postconditions", "missing") }
        let receipts = try expectedReceipts(post["receipts"], messageCount: apply.count)
        let postconditions = TestVector.Postconditions(
            stateRoot: try cidLink(post["state_tree"], "postconditions.state_tree"), receipts: receipts)
        return TestVector(
            vectorClass: vectorClass, selector: selector, meta: meta, car: car, preconditions: preconditions,
            applyMessages: apply, postconditions: postconditions, randomness: try randomness(json["randomness"]))
    }

    /// The expected receipts: one per message at least, or the vector cannot be judged.
    static func expectedReceipts(_ v: JSONValue?, messageCount: Int) throws(VectorError) -> [TestVector.ExpectedReceipt]
    {
        let items = try array(v, "postconditions.receipts", max: VectorLimits.maxMessages)
        guard items.count >= messageCount else {
            throw VectorError("postconditions.receipts", "\(items.count) receipts for \(messageCount) messages")
        }
        var receipts: [TestVector.ExpectedReceipt] = []
        for (i, r) in items.enumerated() {
            let path = "postconditions.receipts[\(i)]"
            guard let code = try int64(r["exit_code"], "\(path).exit_code") else {
                throw VectorError("\(path).exit_code", "missing")
            }
            guard let gas = try uint64(r["gas_used"], "\(path).gas_used") else {
                throw VectorError("\(path).gas_used", "missing")
            }
            let ret = r["return"]?.isNull == false ? try base64(r, "return", path: path) : []
            guard ret.count <= VectorLimits.maxReturnBytes else {
                throw VectorError(
                    "\(path).return", "\(ret.count) bytes exceed the \(VectorLimits.maxReturnBytes)-byte limit")
            }
            receipts.append(.init(exitCode: code, returnData: ret, gasUsed: gas))
        }
        return receipts
    }

    // MARK: - Field readers

    static func array(_ v: JSONValue?, _ field: String, max: Int) throws(VectorError) -> [JSONValue] {
        guard let v else { throw VectorError(field, "missing") }
        guard let items = v.arrayValue else { throw VectorError(field, "expected an array, found \(v.typeName)") }
        guard items.count <= max else { throw VectorError(field, "\(items.count) items exceed the limit of \(max)") }
        return items
    }

    static func string(_ obj: JSONValue, _ key: String, path: String = "") throws(VectorError) -> String {
        let name = path.isEmpty ? key : "\(path).\(key)"
        guard let v = obj[key] else { throw VectorError(name, "missing") }
        guard let s = v.stringValue else { throw VectorError(name, "expected a string, found \(v.typeName)") }
        return s
    }

    static func decodeBase64(_ text: String, _ field: String) throws(VectorError) -> [UInt8] {
        guard let data = Data(base64Encoded: text) else { throw VectorError(field, "invalid base64") }
        return [UInt8](data)
    }

    static func base64(_ obj: JSONValue, _ key: String, path: String = "") throws(VectorError) -> [UInt8] {
        try decodeBase64(try string(obj, key, path: path), path.isEmpty ? key : "\(path).\(key)")
    }

    static func cidLink(_ stateTree: JSONValue?, _ field: String) throws(VectorError) -> CID {
        guard let link = stateTree?["root_cid"] else { throw VectorError("\(field).root_cid", "missing") }
        guard let text = link["/"]?.stringValue else {
            throw VectorError("\(field).root_cid", "expected {\"/\": \"<cid>\"}")
        }
        do {
            return try CID(string: text)
        } catch {
            throw VectorError("\(field).root_cid", error.description)
        }
    }

    /// Exact integers from the literal digits; fractions and exponents are rejected.
    static func bigInt(_ v: JSONValue?, _ field: String) throws(VectorError) -> BigInt? {
        guard let v, !v.isNull else { return nil }
        guard let text = v.numberText else { throw VectorError(field, "expected an integer, found \(v.typeName)") }
        guard !text.contains("."), !text.contains("e"), !text.contains("E"), let n = BigInt(text) else {
            throw VectorError(field, "not an integer: \(text)")
        }
        return n
    }

    static func int64(_ v: JSONValue?, _ field: String) throws(VectorError) -> Int64? {
        guard let n = try bigInt(v, field) else { return nil }
        guard let i = Int64(exactly: n) else { throw VectorError(field, "out of the i64 range") }
        return i
    }

    static func uint64(_ v: JSONValue?, _ field: String) throws(VectorError) -> UInt64? {
        guard let n = try bigInt(v, field) else { return nil }
        guard let i = UInt64(exactly: n) else { throw VectorError(field, "out of the u64 range") }
        return i
    }

    static func variants(_ v: JSONValue?) throws(VectorError) -> [TestVector.Variant] {
        let items = try array(v, "preconditions.variants", max: VectorLimits.maxVariants)
        var out: [TestVector.Variant] = []
        for (i, item) in items.enumerated() {
            let path = "preconditions.variants[\(i)]"
            guard let epoch = try int64(item["epoch"], "\(path).epoch") else {
                throw VectorError("\(path).epoch", "missing")
            }
            guard let nv = try uint64(item["nv"], "\(path).nv"), nv <= UInt64(UInt32.max) else {
                throw VectorError("\(path).nv", "missing or out of range")
            }
            out.append(.init(id: try string(item, "id", path: path), epoch: epoch, nv: UInt32(nv)))
        }
        return out
    }

    /// Reads the `randomness` array in either encoding.
    public static func randomness(_ v: JSONValue?) throws(VectorError) -> [RandomnessRule] {
        guard let v, !v.isNull else { return [] }
        let items = try array(v, "randomness", max: VectorLimits.maxRandomnessRules)
        var out: [RandomnessRule] = []
        for (i, item) in items.enumerated() {
            let path = "randomness[\(i)]"
            guard let on = item["on"]?.arrayValue else { throw VectorError("\(path).on", "missing or not an array") }
            let ret = try base64(item, "ret", path: path)
            guard let kindText = on.first?.stringValue, let kind = RandomnessKind(rawValue: kindText) else {
                throw VectorError("\(path).on[0]", "expected \"chain\" or \"beacon\"")
            }
            switch on.count {
            case 2:
                guard let epoch = try int64(on[1], "\(path).on[1]") else {
                    throw VectorError("\(path).on[1]", "missing epoch")
                }
                out.append(.digest(kind: kind, epoch: epoch, digest: ret))
            case 4:
                guard let dst = try int64(on[1], "\(path).on[1]"), let epoch = try int64(on[2], "\(path).on[2]") else {
                    throw VectorError("\(path).on", "missing DST or epoch")
                }
                let entropy: [UInt8]
                if on[3].isNull {
                    entropy = []
                } else {
                    guard let text = on[3].stringValue else {
                        throw VectorError("\(path).on[3]", "entropy is not base64 text")
                    }
                    entropy = try decodeBase64(text, "\(path).on[3]")
                }
                out.append(.value(kind: kind, dst: dst, epoch: epoch, entropy: entropy, value: ret))
            default:
                throw VectorError(
                    "\(path).on", "expected [kind, epoch] or [kind, dst, epoch, entropy], found \(on.count) items")
            }
        }
        return out
    }
}
