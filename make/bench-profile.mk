## bench-profile: time the flame-graph renderer on a 10 MB gas trace (read, fold, write SVG and
## folded stacks); prints the wall time of three runs. Needs the oracle traces (../shared/traces).
.PHONY: bench-profile
bench-profile: deps
	$(SWIFT) build -c release --product fvm-conformance
	@scripts/profile/bench.sh
