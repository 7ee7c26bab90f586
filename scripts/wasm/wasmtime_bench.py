#!/usr/bin/env python3
"""Times the bench-wasm workloads and bundle compilation under wasmtime.

Usage: wasmtime_bench.py DIR
DIR holds workload-*.wasm (each exports memory and invoke(i32) -> i32) with a matching
workload-*.arg file (the invoke argument), and optionally bundle-*.wasm modules to compile.
Prints one JSON object: {"version": ..., "workloads": {name: seconds}, "compile": {name: seconds}}.
"""
import json
import pathlib
import sys
import time

try:
    import wasmtime
except ImportError:
    print(json.dumps({"error": "python package wasmtime is not installed"}))
    sys.exit(0)


def best_of(n, fn):
    best = float("inf")
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def make_engine():
    """An engine with the FVM's code-generation settings.

    Feature switches are left at their defaults: the modules use none of the disabled proposals,
    and recent wasmtime C APIs abort (not raise) on some combinations, e.g. reference types off
    with the component model on.
    """
    config = wasmtime.Config()
    settings = [("cranelift_nan_canonicalization", True)]
    for name, value in settings:
        try:
            setattr(config, name, value)
        except Exception:
            pass
    try:
        return wasmtime.Engine(config)
    except Exception:
        return wasmtime.Engine()


def main():
    root = pathlib.Path(sys.argv[1])
    engine = make_engine()
    try:
        from importlib.metadata import version
        wasmtime_version = version("wasmtime")
    except Exception:
        wasmtime_version = "?"
    out = {"version": wasmtime_version, "workloads": {}, "compile": {}}
    for path in sorted(root.glob("workload-*.wasm")):
        name = path.stem[len("workload-"):]
        arg = int((root / (path.stem + ".arg")).read_text())
        module = wasmtime.Module(engine, path.read_bytes())

        def run():
            store = wasmtime.Store(engine)
            instance = wasmtime.Instance(store, module, [])
            instance.exports(store)["invoke"](store, arg)

        out["workloads"][name] = best_of(3, run)
    for path in sorted(root.glob("bundle-*.wasm")):
        data = path.read_bytes()
        out["compile"][path.stem[len("bundle-"):]] = best_of(1, lambda: wasmtime.Module(engine, data))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
