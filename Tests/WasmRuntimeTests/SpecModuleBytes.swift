import WAT
import WasmParser

/// Turns a script's module, in any of its three forms, into the binary an engine compiles.
enum SpecModuleBytes {
    /// The proposals the WAT library may accept in text: none beyond Wasm 1.0, whose text
    /// format already covers sign extension, saturating truncation and bulk memory.
    static let textFeatures: WasmFeatureSet = []

    static func bytes(of source: ModuleSource) throws(WatParserError) -> [UInt8] {
        switch source {
        case .binary(let bytes): return bytes
        case .quote(let text): return try wat2wasm(String(decoding: text, as: UTF8.self), features: textFeatures)
        case .text(let wat): return try bytes(of: wat)
        }
    }

    static func bytes(of wat: Wat) throws(WatParserError) -> [UInt8] {
        try wat.encode()
    }
}
