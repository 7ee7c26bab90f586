import BigInt

/// One filled blockchain test (`BlockchainTests/GeneralStateTests` layout) with the fields the
/// FEVM oracle uses: the accounts before, the single transaction, the block facts that fees and
/// system calls depend on, and the expected state after (accounts, or only their trie root).
public struct EthereumTestCase: Sendable {
    public var name: String
    public var pre: [EthAddress: EthereumAccount]
    public var transaction: EthereumTransaction
    public var block: EthereumBlockFacts
    /// Every account after the block; absent when the filler recorded only `postStateHash`.
    public var postState: [EthAddress: EthereumAccount]?
    public var postStateHash: [UInt8]?
}

/// An account as the tests write it.
public struct EthereumAccount: Sendable, Equatable {
    public var balance: BigInt
    public var nonce: UInt64
    public var code: [UInt8]
    /// Non-zero slots only (the tests never list zeros after a block).
    public var storage: [EVMWord: EVMWord]
}

/// The block's one transaction.
public struct EthereumTransaction: Sendable, Equatable {
    public var sender: EthAddress
    public var to: EthAddress
    public var data: [UInt8]
    public var value: BigInt
    /// Ethereum gas the transaction may use.
    public var gasLimit: BigInt
    /// What the sender pays per gas: `gasPrice`, or for EIP-1559 transactions the base fee plus
    /// the priority fee, capped by `maxFeePerGas`.
    public var effectiveGasPrice: BigInt
}

/// Block-header facts the post state depends on besides the transaction's own effects.
public struct EthereumBlockFacts: Sendable, Equatable {
    public var gasUsed: BigInt
    public var baseFee: BigInt
    public var timestamp: BigInt
    public var coinbase: EthAddress
    public var parentBeaconBlockRoot: EVMWord
    public var withdrawalCount: Int
    /// The header's state root: the trie root of the post state.
    public var stateRoot: [UInt8]
}
