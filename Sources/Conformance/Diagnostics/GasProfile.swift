import Foundation
import Kernel

/// A vector's gas as a flame graph: folded stacks of every message's charges, rendered as SVG.
public struct GasProfile: Sendable {
    public var stacks: FoldedStacks
    public var title: String

    /// Every message of a diagnosed run, frames named with the actor types its calls revealed.
    public init(_ diagnosis: VectorDiagnosis) {
        let namer = FrameNamer(diagnosis)
        var stacks = FoldedStacks()
        for m in diagnosis.messages { stacks.add(message: m.index, trace: m.trace, namer: namer) }
        self.init(stacks: stacks, title: "\(diagnosis.vectorID) (\(diagnosis.variant.id), actors \(diagnosis.version))")
    }

    /// A trace file on its own (one message): actor types are unknown, so frames show numbers.
    public init(traceJSONL bytes: [UInt8], title: String) throws(TraceJSONLError) {
        var stacks = FoldedStacks()
        stacks.add(message: 0, trace: try TraceJSONL.parse(bytes), namer: FrameNamer())
        self.init(stacks: stacks, title: title)
    }

    public init(stacks: FoldedStacks, title: String) {
        self.stacks = stacks
        self.title = title
    }

    public var svg: String { FlameGraphSVG(title: title).render(FlameNode(stacks)) }
}
