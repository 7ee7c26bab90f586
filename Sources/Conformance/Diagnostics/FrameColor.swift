/// Flame-graph colours: warm hues for invocations (one per actor type), cool ones for charges
/// (one per charge name), grey for the message frames, so a type or charge keeps its colour
/// across graphs.
enum FrameColor {
    static func fill(_ node: FlameNode) -> String {
        switch node.kind {
        case .root: return "rgb(200,200,200)"
        case .message: return "rgb(180,180,190)"
        case .invocation:
            let key = node.name.split(separator: " ").dropFirst().first.map(String.init) ?? node.name
            let h = hash(key.split(separator: ":").first.map(String.init) ?? key)
            return "rgb(\(205 + h % 50),\(80 + (h >> 8) % 120),\(40 + (h >> 16) % 50))"
        case .charge:
            let h = hash(node.name)
            return "rgb(\(80 + h % 60),\(150 + (h >> 8) % 70),\(190 + (h >> 16) % 60))"
        }
    }

    /// FNV-1a: stable across runs and platforms (Swift's `hashValue` is seeded per process).
    static func hash(_ s: String) -> Int {
        var h: UInt32 = 2_166_136_261
        for b in s.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return Int(h)
    }
}
