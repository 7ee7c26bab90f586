/// What the script runner needs from a Wasm engine; one adapter per engine implements it.
///
/// An adapter is made afresh for each script, so it may keep per-script state (a store).
/// The runner owns naming and `register`: it hands `instantiate` the instances registered so
/// far, by module name, and the adapter resolves imports against their exports.
protocol SpecEngine {
    /// How reports name the engine.
    var name: String { get }

    associatedtype Module
    associatedtype Instance

    /// Decodes and validates; an engine that validates lazily may defer part of it to
    /// `instantiate` and report it there as `.rejected`.
    func compile(_ bytes: [UInt8]) throws(SpecModuleRejection) -> Module

    func instantiate(
        _ module: Module, registered: [String: Instance]
    ) throws(SpecInstantiationFailure) -> Instance

    func invoke(
        _ export: String, in instance: Instance, arguments: [SpecValue]
    ) throws(SpecInvocationFailure) -> [SpecValue]

    func global(_ export: String, in instance: Instance) throws(SpecInvocationFailure) -> SpecValue

    /// An instance exporting `SpecHostModule.exports`, for the scripts' `spectest` imports.
    func makeHostInstance() throws(SpecInstantiationFailure) -> Instance
}
