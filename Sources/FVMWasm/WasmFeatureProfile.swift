/// The Wasm features an FVM engine accepts beyond the MVP.
///
/// Bulk memory and mutable globals are always on; threads, SIMD, multi-value, reference types,
/// multi-memory, memory64, exceptions and tail calls are always off.
public struct WasmFeatureProfile: Sendable, Equatable {
    /// Sign-extension operators (0xC0-0xC4); parity-wasm without `sign_ext` cannot parse them.
    public var signExtension: Bool
    /// Non-trapping float-to-int conversions (0xFC 0x00-0x07).
    public var saturatingTruncation: Bool

    /// Creates a profile.
    public init(signExtension: Bool, saturatingTruncation: Bool) {
        self.signExtension = signExtension
        self.saturatingTruncation = saturatingTruncation
    }

    /// FVM v2 (nv17): wasmtime validation, then parity-wasm 0.42 with only `bulk`.
    public static let fvmV2 = WasmFeatureProfile(signExtension: false, saturatingTruncation: false)
    /// FVM v3 (nv18): wasmtime/wasmparser defaults.
    public static let fvmV3 = WasmFeatureProfile(signExtension: true, saturatingTruncation: true)
}
