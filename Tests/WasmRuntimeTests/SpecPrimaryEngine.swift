/// The engine the specification test runs against.
typealias SpecPrimaryEngine = SpecWasmKitEngine
