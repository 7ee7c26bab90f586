import BigInt
import FVMShared
import Foundation
import TestSupport
import Testing

/// Makes failing vectors out of passing ones: a copy of a corpus vector with one thing changed,
/// written to a temporary file.
struct VectorMutation {
    var json: [String: Any]

    init(corpusPath relative: String) throws {
        let url = try #require(Corpus.directory).appendingPathComponent("extracted/" + relative)
        json = try Corpus.load(url).json
    }

    /// Expects the precondition root as the post-state: the diff then shows everything the messages changed.
    mutating func expectPreStateAsPostState() throws {
        let pre = try #require(json["preconditions"] as? [String: Any])
        var post = try #require(json["postconditions"] as? [String: Any])
        post["state_tree"] = pre["state_tree"]
        json["postconditions"] = post
    }

    /// Adds `delta` attoFIL to the value message `index` sends.
    mutating func addToValue(ofMessage index: Int, _ delta: BigInt) throws {
        try change(message: index) { $0.value += delta }
    }

    /// Flips the low bit of the last byte of message `index`'s params (same length, so same gas).
    mutating func flipLastParamsBit(ofMessage index: Int) throws {
        try change(message: index) { $0.params[$0.params.count - 1] ^= 1 }
    }

    mutating func change(message index: Int, _ edit: (inout Message) -> Void) throws {
        var messages = try #require(json["apply_messages"] as? [[String: Any]])
        let text = try #require(messages[index]["bytes"] as? String)
        let bytes = try #require(Data(base64Encoded: text))
        var message = try Message(cbor: [UInt8](bytes))
        edit(&message)
        messages[index]["bytes"] = Data(try message.encode()).base64EncodedString()
        json["apply_messages"] = messages
    }

    /// The mutated vector as a file in the temporary folder; the caller removes it.
    func write() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mutated-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        return url.path
    }
}
