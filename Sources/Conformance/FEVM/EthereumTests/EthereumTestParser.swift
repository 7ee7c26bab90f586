import BigInt

/// Reads the cases of one test file. The JSON comes from strangers: every field is checked and a
/// malformed case is an error for that case alone.
public enum EthereumTestParser {
    /// Each case by name, parsed or with why it could not be.
    public static func cases(_ json: JSONValue) throws(EthereumTestError)
        -> [(name: String, parsed: Result<EthereumTestCase, EthereumTestError>)]
    {
        guard case .object(let members) = json else {
            throw EthereumTestError("file", "top level is a \(json.typeName), not an object of test cases")
        }
        return members.map { name, body in
            do throws(EthereumTestError) {
                return (name, .success(try parse(name: name, body)))
            } catch {
                return (name, .failure(error))
            }
        }
    }

    static func parse(name: String, _ c: JSONValue) throws(EthereumTestError) -> EthereumTestCase {
        let blocks = try array(c["blocks"], "blocks")
        guard blocks.count == 1 else { throw EthereumTestError("blocks", "expected 1 block, found \(blocks.count)") }
        let txs = try array(blocks[0]["transactions"], "blocks[0].transactions")
        guard txs.count == 1 else {
            throw EthereumTestError("blocks[0].transactions", "expected 1 transaction, found \(txs.count)")
        }
        let header = try object(blocks[0]["blockHeader"], "blocks[0].blockHeader")
        let block = try blockFacts(header, withdrawals: blocks[0]["withdrawals"]?.arrayValue?.count ?? 0)
        var postHash: [UInt8]? = nil
        if let h = c["postStateHash"] { postHash = try hexBytes(h, "postStateHash") }
        let post = try c["postState"].map { v throws(EthereumTestError) in try accounts(v, "postState") }
        guard post != nil || postHash != nil else {
            throw EthereumTestError("postState", "neither postState nor postStateHash is given")
        }
        return EthereumTestCase(
            name: name, pre: try accounts(c["pre"], "pre"), transaction: try transaction(txs[0], block: block),
            block: block, postState: post, postStateHash: postHash)
    }

    static func transaction(_ t: JSONValue, block: EthereumBlockFacts) throws(EthereumTestError) -> EthereumTransaction
    {
        let f = "blocks[0].transactions[0]"
        let price: BigInt
        if let gp = t["gasPrice"] {
            price = try quantity(gp, "\(f).gasPrice")
        } else {
            let cap = try quantity(t["maxFeePerGas"], "\(f).maxFeePerGas")
            let tip = try quantity(t["maxPriorityFeePerGas"], "\(f).maxPriorityFeePerGas")
            price = min(cap, block.baseFee + tip)
        }
        let toText = try string(t["to"], "\(f).to")
        guard !toText.isEmpty else { throw EthereumTestError("\(f).to", "contract creation is not modelled") }
        return EthereumTransaction(
            sender: try address(t["sender"], "\(f).sender"), to: try address(t["to"], "\(f).to"),
            data: try hexBytes(t["data"], "\(f).data"), value: try quantity(t["value"], "\(f).value"),
            gasLimit: try quantity(t["gasLimit"], "\(f).gasLimit"), effectiveGasPrice: price)
    }

    static func blockFacts(_ h: JSONValue, withdrawals: Int) throws(EthereumTestError) -> EthereumBlockFacts {
        let f = "blocks[0].blockHeader"
        let root = try h["parentBeaconBlockRoot"].map { v throws(EthereumTestError) in try word(v, "\(f).root") }
        return EthereumBlockFacts(
            gasUsed: try quantity(h["gasUsed"], "\(f).gasUsed"),
            baseFee: try quantity(h["baseFeePerGas"], "\(f).baseFee"),
            timestamp: try quantity(h["timestamp"], "\(f).timestamp"),
            coinbase: try address(h["coinbase"], "\(f).coinbase"),
            parentBeaconBlockRoot: root ?? .zero, withdrawalCount: withdrawals,
            stateRoot: try hexBytes(h["stateRoot"], "\(f).stateRoot"))
    }

    static func accounts(_ v: JSONValue?, _ field: String) throws(EthereumTestError) -> [EthAddress: EthereumAccount] {
        guard case .object(let members)? = v else { throw EthereumTestError(field, "missing or not an object") }
        var out: [EthAddress: EthereumAccount] = [:]
        for (key, body) in members {
            let f = "\(field).\(key)"
            let a = try address(.string(key), f)
            guard case .object(let slots)? = body["storage"] else {
                throw EthereumTestError("\(f).storage", "not an object")
            }
            var storage: [EVMWord: EVMWord] = [:]
            for (slot, value) in slots {
                let w = try word(value, "\(f).storage.\(slot)")
                if !w.isZero { storage[try word(.string(slot), "\(f).storage key")] = w }
            }
            let nonce = try quantity(body["nonce"], "\(f).nonce")
            guard let n = UInt64(exactly: nonce) else { throw EthereumTestError("\(f).nonce", "beyond 64 bits") }
            out[a] = EthereumAccount(
                balance: try quantity(body["balance"], "\(f).balance"), nonce: n,
                code: try hexBytes(body["code"], "\(f).code"), storage: storage)
        }
        return out
    }
}
