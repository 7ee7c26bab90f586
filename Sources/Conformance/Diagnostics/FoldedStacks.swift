import Kernel

/// Gas by call path, in the collapsed-stack text flame-graph tools and speedscope read:
/// `message 0;f0100 multisig::Propose(2);OnChainMessage 1234`, weights in milligas.
public struct FoldedStacks: Sendable, Equatable {
    /// Distinct stacks in the order first charged, with their summed milligas.
    public private(set) var stacks: [(frames: [String], milligas: Int128)]
    /// Call paths seen so far, numbered, so that a charge is looked up by (path number, name)
    /// rather than by hashing its whole stack: traces run to hundreds of thousands of charges.
    private var paths: [[String]: Int] = [:]
    private var index: [StackKey: Int] = [:]

    struct StackKey: Hashable {
        var path: Int
        var charge: String
    }

    public static func == (a: FoldedStacks, b: FoldedStacks) -> Bool {
        a.stacks.map(\.frames) == b.stacks.map(\.frames) && a.stacks.map(\.milligas) == b.stacks.map(\.milligas)
    }

    public init() { stacks = [] }

    /// Adds one message's charges under a root frame `message N`; the call path of each charge is
    /// rebuilt from its depth (a charge at depth d runs inside the d-th nested invocation).
    public mutating func add(message: Int, trace: [GasTraceEntry], namer: FrameNamer) {
        var path = ["message \(message)"]
        var pathID = intern(path)
        var frame: GasTraceFrame? = nil
        var names: [GasTraceFrame: String] = [:]
        for entry in trace {
            if entry.frame != frame {
                frame = entry.frame
                path = Self.path(path, to: entry.frame, namer: namer, names: &names)
                pathID = intern(path)
            }
            add(StackKey(path: pathID, charge: entry.name), path, (entry.compute + entry.other).milligas)
        }
    }

    /// `path` (root frame first) moved to `frame`: cut to its depth, its innermost call replaced.
    static func path(_ path: [String], to frame: GasTraceFrame, namer: FrameNamer, names: inout [GasTraceFrame: String])
        -> [String]
    {
        var path = path
        let depth = frame.depth
        if path.count > depth + 1 { path.removeLast(path.count - depth - 1) }
        while path.count < depth { path.append("(unknown caller)") }
        guard depth > 0 else { return path }
        let here = names[frame] ?? namer.name(actor: frame.actorID, method: frame.method)
        names[frame] = here
        if path.count == depth + 1 { path[depth] = here } else { path.append(here) }
        return path
    }

    private mutating func intern(_ path: [String]) -> Int {
        if let id = paths[path] { return id }
        paths[path] = paths.count
        return paths.count - 1
    }

    private mutating func add(_ key: StackKey, _ path: [String], _ milligas: Int128) {
        if let i = index[key] {
            stacks[i].milligas += milligas
        } else {
            index[key] = stacks.count
            stacks.append((path + [key.charge], milligas))
        }
    }

    /// Milligas of every stack together.
    public var total: Int128 { stacks.reduce(0) { $0 + $1.milligas } }

    /// One `frame;frame;frame weight` line per stack (semicolons in names become commas).
    public var text: String {
        stacks.map { s in
            s.frames.map { $0.replacingOccurrences(of: ";", with: ",") }.joined(separator: ";") + " \(s.milligas)"
        }
        .joined(separator: "\n") + "\n"
    }
}
