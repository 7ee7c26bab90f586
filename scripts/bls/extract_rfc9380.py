#!/usr/bin/env python3
"""Extract the RFC 9380 test vectors this target checks into Tests/BLS12381Tests/Data.

Source: the vector files of the RFC's draft repository (github.com/cfrg/draft-irtf-cfrg-hash-to-curve,
directory poc/vectors), which are the data printed in RFC 9380 appendices J.10.1 and K.1.
Usage: extract_rfc9380.py <checkout of cfrg/draft-irtf-cfrg-hash-to-curve> [output.json]
Only the numbers are kept, in a flat layout the Swift tests read.
"""
import json
import os
import sys


def load(root, name):
    with open(os.path.join(root, "poc", "vectors", name)) as f:
        return json.load(f)


def fp2(s):
    # "0x<c0>,0x<c1>" -> ["c0", "c1"] without prefixes.
    return [part.strip()[2:] for part in s.split(",")]


def main():
    root = sys.argv[1]
    out_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(__file__), "..", "..", "Tests", "BLS12381Tests", "Data", "rfc9380_vectors.json")
    expand = []
    for name in ("expand_message_xmd_SHA256_38.json", "expand_message_xmd_SHA256_256.json"):
        d = load(root, name)
        for t in d["tests"]:
            expand.append({"dst": d["DST"], "msg": t["msg"], "len": int(t["len_in_bytes"], 16),
                           "uniform_bytes": t["uniform_bytes"]})
    g2 = load(root, "BLS12381G2_XMD:SHA-256_SSWU_RO_.json")
    vectors = []
    for v in g2["vectors"]:
        vectors.append({
            "msg": v["msg"],
            "u0": fp2(v["u"][0]), "u1": fp2(v["u"][1]),
            "q0x": fp2(v["Q0"]["x"]), "q0y": fp2(v["Q0"]["y"]),
            "q1x": fp2(v["Q1"]["x"]), "q1y": fp2(v["Q1"]["y"]),
            "px": fp2(v["P"]["x"]), "py": fp2(v["P"]["y"]),
        })
    out = {"source": "RFC 9380 appendices J.10.1 (BLS12381G2_XMD:SHA-256_SSWU_RO_) and K.1 (expand_message_xmd SHA-256)",
           "expand_message_xmd": expand,
           "hash_to_g2": {"dst": g2["dst"], "vectors": vectors}}
    with open(out_path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
