# Records the scenario corpus (vectors/scenarios/nvNN/...) with the release build and the real bundles.
.PHONY: scenarios
scenarios:
	swift build -c release --product fvm-conformance
	.build/release/fvm-conformance scenarios
