# Wasm engine benchmark: raw WasmKit, raw WasmRuntime (ours), instrumented on ours, wasmtime.
BENCH_WASM_PY ?= python3

.PHONY: bench-wasm
bench-wasm: deps
	@$(BENCH_WASM_PY) -c "import wasmtime" 2>/dev/null || $(BENCH_WASM_PY) -m pip install --quiet wasmtime || \
		echo "bench-wasm: could not install the wasmtime Python package; its column will be empty"
	swift build -c release --product bench-wasm
	swift run -c release --skip-build bench-wasm --python $(BENCH_WASM_PY) --script scripts/wasm/wasmtime_bench.py
