/// One frame of a flame graph: a name, the milligas spent in it and below it, its callees.
public struct FlameNode: Sendable {
    /// What a frame stands for, which decides its colour.
    public enum Kind: String, Sendable {
        case root, message, invocation, charge
    }

    public var name: String
    public var kind: Kind
    public var milligas: Int128
    public var children: [FlameNode]

    /// The tree of `stacks`: the root (all messages) spans the total; a stack's last frame is its charge.
    public init(_ stacks: FoldedStacks) {
        self.init(name: "all", kind: .root, milligas: 0, children: [])
        for stack in stacks.stacks { insert(stack.frames[...], milligas: stack.milligas) }
    }

    init(name: String, kind: Kind, milligas: Int128, children: [FlameNode]) {
        self.name = name
        self.kind = kind
        self.milligas = milligas
        self.children = children
    }

    private mutating func insert(_ frames: ArraySlice<String>, milligas: Int128) {
        self.milligas += milligas
        guard let first = frames.first else { return }
        let rest = frames.dropFirst()
        let kind: Kind = kind == .root ? .message : (rest.isEmpty ? .charge : .invocation)
        if let i = children.firstIndex(where: { $0.name == first && $0.kind == kind }) {
            children[i].insert(rest, milligas: milligas)
        } else {
            var child = FlameNode(name: first, kind: kind, milligas: 0, children: [])
            child.insert(rest, milligas: milligas)
            children.append(child)
        }
    }

    /// Levels below this frame (0 for a leaf).
    public var height: Int { children.map { $0.height + 1 }.max() ?? 0 }
}
