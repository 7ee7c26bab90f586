# BLS12-381 verification benchmark: Swift BLS12381 vs blst (through pyblst), issue 5.
# Falls back to py_ecc (pure Python, far slower) when pyblst cannot be installed.
BENCH_CRYPTO_PY ?= python3

.PHONY: bench-crypto
## bench-crypto: time BLS signature verification against blst (pyblst) and print the ratio.
bench-crypto: deps
	@$(BENCH_CRYPTO_PY) -c "import pyblst" 2>/dev/null || $(BENCH_CRYPTO_PY) -m pip install --quiet pyblst || \
		$(BENCH_CRYPTO_PY) -c "import py_ecc" 2>/dev/null || $(BENCH_CRYPTO_PY) -m pip install --quiet py_ecc || \
		echo "bench-crypto: neither pyblst nor py_ecc could be installed; the ratio will be missing"
	swift build -c release --product bench-crypto
	PYTHON=$(BENCH_CRYPTO_PY) BENCH_REF_SCRIPT=scripts/bls/bench_ref.py swift run -c release --skip-build bench-crypto
