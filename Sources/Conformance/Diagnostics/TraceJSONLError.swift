/// Why a JSONL gas trace could not be read.
public enum TraceJSONLError: Error, Equatable, CustomStringConvertible {
    case malformedLine(Int, String)
    case missingField(line: Int, field: String)

    public var description: String {
        switch self {
        case .malformedLine(let line, let why): "trace line \(line): \(why)"
        case .missingField(let line, let field): "trace line \(line): no \(field)"
        }
    }
}
