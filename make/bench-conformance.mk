## bench-conformance: full corpus in release mode with both bundles; wall time, median and slowest
## vectors, Mgas/s, peak memory, and wasmtime's compile time of the same modules (same run).
.PHONY: bench-conformance
bench-conformance: deps
	@python3 -c "import wasmtime" 2>/dev/null || python3 -m pip install -q wasmtime
	$(SWIFT) build -c release --product bench-conformance
	.build/release/bench-conformance
