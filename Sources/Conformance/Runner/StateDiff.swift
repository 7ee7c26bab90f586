import FVMShared
import IPLD
import Kernel

/// Which actors, and which of their fields, differ between two state trees.
enum StateDiff {
    static func describe(
        actualRoot: CID, expectedRoot: CID, store: Blockstore, profile: NetworkProfile, messages: [Message]
    ) -> String {
        do {
            let actual = try StateTree(
                root: actualRoot, store: store, versions: profile.stateTreeVersions, format: profile.actorStateFormat)
            let expected = try StateTree(
                root: expectedRoot, store: store, versions: profile.stateTreeVersions, format: profile.actorStateFormat)
            var ids: [UInt64] = Array(0..<100)
            for m in messages {
                for a in [m.from, m.to] { if let id = try? actual.lookupID(a) ?? nil { ids.append(id) } }
            }
            var lines: [String] = []
            for id in Set(ids).sorted() {
                let e = try? expected.actor(id)
                let a = try? actual.actor(id)
                guard let eState = e ?? nil else { continue }
                guard let aState = a ?? nil else {
                    lines.append("f0\(id): missing in our state")
                    continue
                }
                if eState == aState { continue }
                var fields: [String] = []
                if eState.code != aState.code { fields.append("code: expected \(eState.code), got \(aState.code)") }
                if eState.nonce != aState.nonce {
                    fields.append("nonce: expected \(eState.nonce), got \(aState.nonce)")
                }
                if eState.balance != aState.balance {
                    fields.append(
                        "balance: expected \(eState.balance), got \(aState.balance) (diff \(aState.balance - eState.balance))"
                    )
                }
                if eState.delegatedAddress != aState.delegatedAddress { fields.append("delegated address differs") }
                if eState.head != aState.head {
                    fields.append("head: expected \(eState.head), got \(aState.head)")
                    if let eh = try? store.getValue(eState.head).list, let ah = try? store.getValue(aState.head).list {
                        for i in 0..<max(eh.count, ah.count)
                        where (i < eh.count ? eh[i] : nil) != (i < ah.count ? ah[i] : nil) {
                            fields.append("  state field \(i) differs")
                        }
                    }
                }
                lines.append("f0\(id) differs:\n    " + fields.joined(separator: "\n    "))
            }
            return lines.isEmpty
                ? "no differing actor among the sender, the receiver and f00..f099" : lines.joined(separator: "\n")
        } catch {
            return "cannot compare state trees: \(error)"
        }
    }
}
