import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The frames of a flame-graph SVG as an XML parser sees them: each `<g>` with its class, its
/// `data-milligas` and its rectangle's width. Parsing fails on anything that is not well-formed XML.
final class SVGFrames: NSObject, XMLParserDelegate {
    struct Frame {
        var kind: String
        var milligas: Int
        var width: Double
        var title: String
    }

    private(set) var frames: [Frame] = []
    private(set) var svgWidth: Double = 0
    private var inTitle = false

    enum Failure: Error { case malformed(String) }

    static func parse(_ svg: String) throws -> SVGFrames {
        let frames = SVGFrames()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = frames
        guard parser.parse() else { throw Failure.malformed(parser.parserError.map { "\($0)" } ?? "unknown") }
        return frames
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "svg": svgWidth = Double(attributes["width"] ?? "") ?? 0
        case "g":
            frames.append(
                Frame(
                    kind: attributes["class"] ?? "", milligas: Int(attributes["data-milligas"] ?? "") ?? -1,
                    width: -1, title: ""))
        case "rect" where !frames.isEmpty && frames[frames.count - 1].width < 0:
            frames[frames.count - 1].width = Double(attributes["width"] ?? "") ?? -1
        case "title": inTitle = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle, !frames.isEmpty { frames[frames.count - 1].title += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" { inTitle = false }
    }
}
