import BigInt
import FVMCrypto

/// The Ethereum state after the case's block, rebuilt around the FEVM's results so that its trie
/// root can be compared with `postStateHash`.
///
/// Storage, code and CREATE nonces come from the FEVM; balances are what Ethereum's fee rules
/// make of the header's `gasUsed` (the sender pays `gasUsed × price` and the value, the coinbase
/// earns the priority fee); value moved between contracts comes from the FEVM.
struct EthereumPostState {
    var accounts: [EthAddress: (nonce: UInt64, balance: BigInt, storage: [EVMWord: EVMWord], codeHash: [UInt8])] = [:]

    init(testCase c: EthereumTestCase, world: EthereumWorld, check: EthereumPostStateCheck) throws(FEVMError) {
        let scenario = world.scenario
        let tx = c.transaction
        for address in Set(c.pre.keys).union(try scenario.ethAddresses()) {
            guard try scenario.actorID(of: address) != nil else { continue }
            let actor = try scenario.actor(at: address)
            var nonce = actor.nonce
            var codeHash = Keccak256.hash([])
            if try scenario.kind(of: address) == .evm {
                let state = try scenario.contractState(of: address)
                nonce = state.nonce
                codeHash = state.bytecodeHash
            }
            accounts[address] = (nonce, actor.balance, try check.storage(of: address), codeHash)
        }
        guard let pre = c.pre[tx.sender] else { throw .unknownAddress(tx.sender) }
        let paid = c.block.gasUsed * tx.effectiveGasPrice + (world.receipt.succeeded ? tx.value : 0)
        accounts[tx.sender]?.balance = pre.balance - paid
        let tip = c.block.gasUsed * (tx.effectiveGasPrice - c.block.baseFee)
        if var coinbase = accounts[c.block.coinbase] {
            coinbase.balance += tip
            accounts[c.block.coinbase] = coinbase
        } else if tip > 0 {
            accounts[c.block.coinbase] = (0, tip, [:], Keccak256.hash([]))
        }
    }

    /// The state the test expects, as written.
    init(expected post: [EthAddress: EthereumAccount]) {
        for (address, a) in post { accounts[address] = (a.nonce, a.balance, a.storage, Keccak256.hash(a.code)) }
    }

    /// The secure-trie root of the accounts (keys keccak-256 of the address).
    func stateRoot() -> [UInt8] {
        var leaves: [[UInt8]: [UInt8]] = [:]
        for (address, a) in accounts {
            let storageRoot = MerklePatriciaTrie.root(
                Dictionary(
                    uniqueKeysWithValues: a.storage.map {
                        (Keccak256.hash($0.key.bytes), RLP.encode(.bytes($0.value.minimalBytes)))
                    }))
            let body = RLP.encode(
                .list([
                    .bytes(Self.minimal(BigInt(a.nonce))), .bytes(Self.minimal(a.balance)), .bytes(storageRoot),
                    .bytes(a.codeHash),
                ]))
            leaves[Keccak256.hash(address.bytes)] = body
        }
        return MerklePatriciaTrie.root(leaves)
    }

    static func minimal(_ v: BigInt) -> [UInt8] {
        Array([UInt8](v.magnitude.serialize()).drop { $0 == 0 })
    }
}
