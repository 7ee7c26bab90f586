#!/usr/bin/env python3
"""Time wasmtime's compilation of every .wasm file in a folder (the floor a wasmtime-based FVM
pays before running a vector). Prints one line per file and a total, in seconds."""
import pathlib, sys, time

try:
    import wasmtime
except ImportError:
    print("wasmtime (PyPI) is not installed", file=sys.stderr)
    sys.exit(3)

def main():
    folder = pathlib.Path(sys.argv[1])
    engine = wasmtime.Engine()
    total = 0.0
    for path in sorted(folder.glob("*.wasm")):
        data = path.read_bytes()
        start = time.perf_counter()
        wasmtime.Module(engine, data)
        elapsed = time.perf_counter() - start
        total += elapsed
        print(f"{path.name}\t{elapsed:.4f}")
    print(f"TOTAL\t{total:.4f}")

main()
