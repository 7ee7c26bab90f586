import Actors
import BigInt
import FVMShared
import IPLD

/// The actors two state trees disagree on, and within each the fields that differ, named by the
/// actor's state schema. Both trees are descended together from their roots, so identical
/// subtrees are never read and a tree that is only partly present (a vector's CAR) still diffs.
public struct StateTreeDiff: Sendable {
    public var expectedRoot: CID
    public var actualRoot: CID
    public var actors: [ActorChange]
    /// Blocks needed for the comparison and absent from the store: what lies below them is not compared.
    public var missingBlocks: [CID]

    public static func compare(
        expected: CID, actual: CID, store: Blockstore, manifest: Manifest,
        version: ActorsVersion
    ) -> StateTreeDiff {
        let blocks = DiffBlocks(store: store)
        var actors: [ActorChange] = []
        // Both roots are read first, so that each absent one is reported.
        let e = actorsRoot(expected, blocks)
        let a = actorsRoot(actual, blocks)
        if let e, let a {
            let comparer = ActorComparer(blocks: blocks, manifest: manifest, version: version)
            actors = HAMTWalk(blocks: blocks).differences(expected: e, actual: a).compactMap(comparer.compare)
        }
        return StateTreeDiff(
            expectedRoot: expected, actualRoot: actual, actors: actors.sorted { $0.id < $1.id },
            missingBlocks: blocks.missing)
    }

    /// The actors HAMT of a state root (`[version, actors, info]`; version 0 roots are the HAMT itself).
    static func actorsRoot(_ root: CID, _ blocks: DiffBlocks) -> CID? {
        guard let value = blocks.value(root) else { return nil }
        if let fields = value.list, fields.count == 3, let actors = fields[1].cid { return actors }
        return root
    }

    /// The actor with that ID, if it differs.
    public func actor(_ id: UInt64) -> ActorChange? { actors.first { $0.id == id } }
}
