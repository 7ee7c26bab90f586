#!/usr/bin/env python3
"""Reference timing for `make bench-crypto`: one BLS verification through an independent library.

Usage: bench_ref.py <pk hex> <msg hex> <sig hex> [seconds]
Prints one line: "<library> <microseconds per verify>". Uses blst through pyblst when installed
(the same steps as blst's verify: decode and group-check both points, hash to G2, two Miller
loops, one final exponentiation), else py_ecc, which is pure Python and far slower.
"""
import sys
import time

DST = b"BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_"
G1_GEN = bytes.fromhex("97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb")


def make_verifier():
    try:
        import pyblst
        g1 = pyblst.BlstP1Element.uncompress(G1_GEN)

        def verify(pk, msg, sig):
            p = pyblst.BlstP1Element.uncompress(pk)
            s = pyblst.BlstP2Element.uncompress(sig)
            h = pyblst.BlstP2Element.hash_to_group(msg, DST)
            return pyblst.final_verify(pyblst.miller_loop(p, h), pyblst.miller_loop(g1, s))

        return "blst(pyblst)", verify
    except ImportError:
        from py_ecc.bls import G2Basic
        return "py_ecc(pure-python,slow)", G2Basic.Verify


def main():
    pk, msg, sig = (bytes.fromhex(a) for a in sys.argv[1:4])
    budget = float(sys.argv[4]) if len(sys.argv) > 4 else 2.0
    name, verify = make_verifier()
    assert verify(pk, msg, sig), "reference rejected the benchmark signature"
    n, start = 0, time.perf_counter()
    while True:
        verify(pk, msg, sig)
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= budget and n >= 3:
            break
    print(f"{name} {elapsed / n * 1e6:.1f}")


if __name__ == "__main__":
    main()
