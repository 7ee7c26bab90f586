#!/usr/bin/env python3
"""Fails when a target imports a module it does not declare, or declares one from its own layer or above.

SwiftPM lets a target import any module its dependencies pull in transitively, so an import that
skips a layer compiles; this check keeps every import a declared, downward edge.
Usage: scripts/ci/check-layering.py   (from the package root; uses `swift package dump-package`)
"""
import json
import os
import re
import subprocess
import sys

# Lowest first; a target may depend only on targets of lower rank.
LAYERS = [
    ["CZstd", "CZlib", "CBlake2", "CSecp256k1", "Hashing", "WasmRuntime"],
    ["BLS12381", "IPLD"],
    ["FVMCrypto", "FVMShared"],
    ["FVMWasm", "Actors"],
    ["Kernel"],
    ["Conformance", "TestSupport"],
    ["fvm-conformance", "bench-wasm", "bench-crypto", "bench-conformance"],
]
TOOLCHAIN = {"Foundation", "FoundationEssentials", "FoundationXML", "Glibc", "Darwin", "Dispatch",
             "Testing", "XCTest", "Synchronization", "os", "Musl", "WinSDK"}
IMPORT = re.compile(r"^\s*(?:@testable\s+|@_spi\([^)]*\)\s+)?import\s+(?:(?:struct|class|enum|func|protocol|typealias)\s+)?([A-Za-z_][A-Za-z0-9_]*)", re.M)


def module_name(target):
    return target.replace("-", "_")


def main():
    package = json.loads(subprocess.check_output(["swift", "package", "dump-package"], text=True))
    rank = {name: i for i, layer in enumerate(LAYERS) for name in layer}
    problems = []
    for target in package["targets"]:
        name, kind = target["name"], target["type"]
        deps = [next(iter(d.values()))[0] for d in target["dependencies"]]
        if kind != "test" and name not in rank and kind != "system":
            problems.append(f"{name}: not placed in a layer of this check")
            continue
        for dep in deps:
            if kind != "test" and dep in rank and rank[dep] >= rank[name]:
                problems.append(f"{name} depends on {dep}, which is not in a lower layer")
        if kind == "system":
            continue
        path = target.get("path") or os.path.join("Tests" if kind == "test" else "Sources", name)
        allowed = {module_name(d) for d in deps} | TOOLCHAIN | {module_name(name)}
        for root, _, files in os.walk(path):
            for f in files:
                if not f.endswith(".swift"):
                    continue
                text = open(os.path.join(root, f), encoding="utf-8").read()
                for imported in sorted(set(IMPORT.findall(text))):
                    if imported not in allowed:
                        problems.append(f"{os.path.join(root, f)}: imports {imported}, not a declared dependency of {name}")
    for p in problems:
        print("layering:", p)
    print(f"layering: {len(package['targets'])} targets checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
