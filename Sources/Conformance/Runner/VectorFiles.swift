import Foundation

/// A vector file to run: where it is and how reports name it.
public struct VectorFile: Sendable, Hashable {
    public let path: String
    /// Path relative to the folder it was found in (the file name when given directly).
    public let displayPath: String

    public init(path: String, displayPath: String) {
        self.path = path
        self.displayPath = displayPath
    }
}

/// Expands command-line paths into vector files, in a stable order.
public enum VectorFiles {
    /// Files as given plus every `*.json` below each folder, sorted by display path.
    public static func discover(_ paths: [String]) throws(RunnerError) -> [VectorFile] {
        var out: [VectorFile] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw .pathNotFound(path) }
            if !isDir.boolValue {
                out.append(VectorFile(path: path, displayPath: (path as NSString).lastPathComponent))
                continue
            }
            let root = URL(fileURLWithPath: path).standardizedFileURL
            guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
                throw .pathNotFound(path)
            }
            let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
            for case let url as URL in walker where url.pathExtension == "json" {
                let full = url.standardizedFileURL.path
                let rel = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
                out.append(VectorFile(path: full, displayPath: rel))
            }
        }
        return out.sorted { ($0.displayPath, $0.path) < ($1.displayPath, $1.path) }
    }
}

/// Problems with how the runner was invoked (exit code 2).
public enum RunnerError: Error, Equatable, CustomStringConvertible {
    case pathNotFound(String)
    case badFilter(String)
    case noVectors
    case badTraceDirectory(String)

    public var description: String {
        switch self {
        case .pathNotFound(let p): "no such file or folder: \(p)"
        case .badFilter(let f): "invalid --filter regular expression: \(f)"
        case .noVectors: "no vector files found"
        case .badTraceDirectory(let d): "cannot create the trace folder \(d)"
        }
    }
}
