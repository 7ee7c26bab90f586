import BigInt

/// Compares a case's expected post state with the FEVM's.
///
/// With `postState`, every account's storage is compared slot by slot. With only
/// `postStateHash`, the Ethereum post state is rebuilt (storage and nonces from the FEVM, fees
/// from the block header, which Filecoin gas cannot reproduce) and its trie root compared.
/// The EIP-4788 system call that precedes the transaction has no FEVM counterpart, so its writes
/// to the beacon-roots contract are applied here, as block processing applies them.
struct EthereumPostStateCheck {
    let testCase: EthereumTestCase
    let world: EthereumWorld

    /// One line per difference; empty when the FEVM agrees.
    func differences() throws(FEVMError) -> [String] {
        if let post = testCase.postState {
            // The rebuilt-root path is trusted because the same trie code gives every header's root.
            let root = EthereumPostState(expected: post).stateRoot()
            guard root == testCase.block.stateRoot else {
                throw .state("trie root \(Hex.encode(root)) of postState is not the header's", doing: "self-check")
            }
            return try storageDifferences(post)
        }
        guard let expected = testCase.postStateHash else { return ["the case has no post state"] }
        let rebuilt = try EthereumPostState(testCase: testCase, world: world, check: self)
        let root = rebuilt.stateRoot()
        if root == expected { return [] }
        return [
            "post-state root \(Hex.encode(root)) rebuilt from the FEVM storage differs from postStateHash "
                + "\(Hex.encode(expected))"
        ]
    }

    func storageDifferences(_ post: [EthAddress: EthereumAccount]) throws(FEVMError) -> [String] {
        var out: [String] = []
        for (address, account) in post.sorted(by: { $0.key < $1.key }) {
            let ours = try storage(of: address)
            for slot in Set(account.storage.keys).union(ours.keys).sorted() {
                let want = account.storage[slot] ?? .zero
                let got = ours[slot] ?? .zero
                if want != got { out.append("\(address)[\(slot)]: expected \(want), FEVM \(got)") }
            }
        }
        return out
    }

    /// The storage the account ends with on the FEVM (plus block processing's writes).
    func storage(of address: EthAddress) throws(FEVMError) -> [EVMWord: EVMWord] {
        let scenario = world.scenario
        var slots: [EVMWord: EVMWord] = [:]
        if try scenario.actorID(of: address) != nil, try scenario.kind(of: address) == .evm {
            slots = try scenario.storage(of: address)
        }
        if address == EthereumTestOracle.beaconRoots, testCase.pre[address] != nil {
            for (slot, value) in beaconRootWrites() { slots[slot] = value.isZero ? nil : value }
        }
        return slots
    }

    /// EIP-4788: the block's timestamp and parent beacon root, in the ring buffer of 8191 slots.
    private func beaconRootWrites() -> [EVMWord: EVMWord] {
        let ring = BigInt(8191)
        let index = testCase.block.timestamp % ring
        return [
            Self.word(index): Self.word(testCase.block.timestamp),
            Self.word(index + ring): testCase.block.parentBeaconBlockRoot,
        ]
    }

    static func word(_ v: BigInt) -> EVMWord {
        (try? EVMWord(bigEndian: [UInt8](v.magnitude.serialize()))) ?? .zero
    }
}
