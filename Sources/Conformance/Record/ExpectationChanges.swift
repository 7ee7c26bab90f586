import FVMShared
import IPLD

/// How our receipts and root differ from a vector's expectations, one phrase per difference.
enum ExpectationChanges {
    static func describe(_ vector: TestVector, receipts: [Receipt], root: CID) -> [String] {
        var changes: [String] = []
        for (i, actual) in receipts.enumerated() {
            let expected = vector.postconditions.receipts[i]
            if Int64(actual.exitCode.rawValue) != expected.exitCode {
                changes.append("msg \(i) exit code \(expected.exitCode) -> \(actual.exitCode.rawValue)")
            }
            if actual.returnData != expected.returnData {
                changes.append("msg \(i) return \(expected.returnData.count) -> \(actual.returnData.count) bytes")
            }
            if actual.gasUsed != expected.gasUsed {
                let delta = Int64(actual.gasUsed) - Int64(expected.gasUsed)
                changes.append(
                    "msg \(i) gas \(expected.gasUsed) -> \(actual.gasUsed) (\(delta > 0 ? "+" : "")\(delta))")
            }
        }
        if root != vector.postconditions.stateRoot {
            changes.append("root \(vector.postconditions.stateRoot) -> \(root)")
        }
        return changes
    }
}
