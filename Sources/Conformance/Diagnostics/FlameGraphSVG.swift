/// A self-contained SVG flame graph (no script, no external resource): the root at the bottom,
/// callees above their callers, widths proportional to milligas; hovering a frame shows its exact
/// milligas and share in its `<title>`.
public struct FlameGraphSVG: Sendable {
    public var width = 1600.0
    public var rowHeight = 18.0
    /// Frames narrower than this many pixels carry no label (the title still names them).
    public var minimumLabelWidth = 40.0
    public var title: String

    public init(title: String) { self.title = title }

    static let top = 34.0
    static let bottom = 8.0

    public func render(_ root: FlameNode) -> String {
        let rows = Double(root.height + 1)
        let height = Self.top + rows * rowHeight + Self.bottom
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">\n"
        out +=
            "<style>text{font:12px monospace;fill:#000;pointer-events:none}rect{stroke:#fff;stroke-width:0.5}</style>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#f8f8f8\" stroke=\"none\"/>\n"
        out +=
            "<text x=\"8\" y=\"20\" style=\"font-size:15px\">\(XMLText.content(title)) — total \(GasText.milligas(root.milligas))</text>\n"
        var frames = ""
        frame(root, x: 0, level: 0, total: root.milligas, rows: rows, into: &frames)
        return out + frames + "</svg>\n"
    }

    /// Appends `node` at `x` on row `level` (0 at the bottom), then its children left to right.
    func frame(_ node: FlameNode, x: Double, level: Int, total: Int128, rows: Double, into out: inout String) {
        let w = total > 0 ? Double(node.milligas) / Double(total) * width : 0
        let y = Self.top + (rows - 1 - Double(level)) * rowHeight
        let share = total > 0 ? Double(node.milligas) * 100 / Double(total) : 0
        let name = XMLText.content(node.name)
        out += "<g class=\"\(node.kind.rawValue)\" data-milligas=\"\(node.milligas)\">"
        out += "<title>\(name): \(GasText.milligas(node.milligas)) (\(Self.percent(share)))</title>"
        out +=
            "<rect x=\"\(Self.coordinate(x))\" y=\"\(y)\" width=\"\(Self.coordinate(w))\" height=\"\(rowHeight - 1)\" "
        out += "fill=\"\(FrameColor.fill(node))\"/>"
        if w >= minimumLabelWidth {
            let characters = max(0, Int((w - 6) / 7.2))
            let label =
                node.name.count > characters ? String(node.name.prefix(max(0, characters - 1))) + "…" : node.name
            out += "<text x=\"\(Self.coordinate(x + 3))\" y=\"\(y + rowHeight - 5)\">\(XMLText.content(label))</text>"
        }
        out += "</g>\n"
        var childX = x
        for child in node.children {
            frame(child, x: childX, level: level + 1, total: total, rows: rows, into: &out)
            childX += total > 0 ? Double(child.milligas) / Double(total) * width : 0
        }
    }

    /// Six decimals: enough that widths add up to the pixel, few enough to keep files small.
    static func coordinate(_ v: Double) -> String {
        let scaled = (v * 1_000_000).rounded() / 1_000_000
        return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
    }

    static func percent(_ v: Double) -> String { String((v * 100).rounded() / 100) + "%" }
}
