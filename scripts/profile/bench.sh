#!/bin/sh
# Times `fvm-conformance profile --from-trace` (read + fold + SVG) on a gas trace of at least 10 MB,
# made by concatenating the oracle traces (largest first); each trace starts back at depth 0, so
# the result reads as one long message.
set -eu
RUNNER=${RUNNER:-.build/release/fvm-conformance}
TRACES=${TRACES:-../shared/traces}
OUT=.build/bench-profile
TARGET=$((10 * 1024 * 1024))
[ -d "$TRACES" ] || { echo "bench-profile: no oracle traces at $TRACES (set TRACES=DIR)"; exit 2; }
mkdir -p "$OUT"
: > "$OUT/trace.jsonl"
for f in $(ls -S "$TRACES"/*.jsonl); do
    cat "$f" >> "$OUT/trace.jsonl"
    [ "$(wc -c < "$OUT/trace.jsonl")" -ge "$TARGET" ] && break
done
bytes=$(wc -c < "$OUT/trace.jsonl")
lines=$(wc -l < "$OUT/trace.jsonl")
echo "trace: $bytes bytes, $lines charges"
for run in 1 2 3; do
    printf "run %s: " "$run"
    "$RUNNER" profile --from-trace "$OUT/trace.jsonl" --svg "$OUT/trace.svg" --folded "$OUT/trace.folded"
done
echo "svg: $(wc -c < "$OUT/trace.svg") bytes"
