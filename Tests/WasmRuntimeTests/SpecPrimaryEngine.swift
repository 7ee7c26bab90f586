/// The engine the specification test runs against: ours, as the FVM configures it.
typealias SpecPrimaryEngine = SpecWasmRuntimeEngine
