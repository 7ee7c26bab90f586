#!/usr/bin/env python3
"""Generate Tests/BLS12381Tests/Data/bls_kat.json: known-answer tests for Filecoin BLS.

Signatures come from py_ecc (pip install py_ecc), an independent pure-Python implementation,
with Filecoin's tag BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_ (py_ecc's G2Basic). Every
expected verdict is checked against py_ecc's Verify/AggregateVerify and, when the pyblst
binding of blst is installed, against blst as well.

Each case expects one of: "valid", "invalid" (well formed, does not verify) or
"error:<BLSError case>" (malformed input; the case names match the Swift enum). Which error
a malformed encoding deserves is decided by classify_*() below, checking in the order the
Swift decoder does: length, compression flag, infinity encoding, canonical coordinates,
on-curve, subgroup, infinity public key.

Run from anywhere: python3 scripts/bls/gen_kat.py. Output is deterministic.
"""
import json
import os
import random

from py_ecc.bls import G2Basic
from py_ecc.bls.point_compression import compress_G1, compress_G2, modular_squareroot_in_FQ2
from py_ecc.optimized_bls12_381 import (FQ, FQ2, G1, G2, add, b, b2, curve_order, field_modulus,
                                        is_inf, multiply, normalize)

try:
    import pyblst
except ImportError:  # the cross-check is optional
    pyblst = None

P = field_modulus
R = curve_order
DST = G2Basic.DST
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "BLS12381Tests", "Data",
                   "bls_kat.json")
G1_GEN_COMPRESSED = bytes.fromhex(
    "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb")

rng = random.Random(0xF11EC011)


def i2b(v, n=48):
    return v.to_bytes(n, "big")


def is_square_fp(v):
    v %= P
    return v == 0 or pow(v, (P - 1) // 2, P) == 1


def fp2_sqrt(v):
    return modular_squareroot_in_FQ2(v)


# --- classification of encodings (the expected error, or None for a decodable point) ---

def flags_error(data):
    if not data[0] & 0x80:
        return "missingCompressionFlag"
    if data[0] & 0x40:
        if data[0] & 0x3F or any(data[1:]):
            return "invalidInfinityEncoding"
        return "infinity"
    return None


def classify_g1(data):
    if len(data) != 48:
        return "invalidPublicKeyLength"
    f = flags_error(data)
    if f == "infinity":
        return "infinityPublicKey"
    if f:
        return f
    x = int.from_bytes(data, "big") & ((1 << 381) - 1)
    if x >= P:
        return "nonCanonicalFieldElement"
    rhs = (x ** 3 + 4) % P
    if not is_square_fp(rhs):
        return "notOnCurve"
    y = pow(rhs, (P + 1) // 4, P)
    if not is_inf(multiply((FQ(x), FQ(y), FQ(1)), R)):
        return "notInSubgroup"
    return None


def classify_g2(data):
    if len(data) != 96:
        return "invalidSignatureLength"
    f = flags_error(data)
    if f == "infinity":
        return None
    if f:
        return f
    x1 = int.from_bytes(data[:48], "big") & ((1 << 381) - 1)
    x0 = int.from_bytes(data[48:], "big")
    if x0 >= P or x1 >= P:
        return "nonCanonicalFieldElement"
    x = FQ2([x0, x1])
    y = fp2_sqrt(x ** 3 + b2)
    if y is None:
        return "notOnCurve"
    if not is_inf(multiply((x, y, FQ2.one()), R)):
        return "notInSubgroup"
    return None


# --- construction of bad points ---

def g1_x_with(square, in_range_offset=0):
    """An x (as int) whose x^3 + 4 is (not) a square; small values keep p + x below 2^381."""
    while True:
        x = rng.randrange(1, 1 << 64) + in_range_offset
        if is_square_fp(x ** 3 + 4) == square:
            return x


def g2_x_with(square):
    while True:
        x = FQ2([rng.randrange(P), rng.randrange(P)])
        if (fp2_sqrt(x ** 3 + b2) is not None) == square:
            return x


def enc_g1_x(x, sort=False):
    out = bytearray(i2b(x))
    out[0] |= 0x80 | (0x20 if sort else 0)
    return bytes(out)


def enc_g2_x(x0, x1, sort=False):
    out = bytearray(i2b(x1) + i2b(x0))
    out[0] |= 0x80 | (0x20 if sort else 0)
    return bytes(out)


def flip(data, index, mask):
    out = bytearray(data)
    out[index] ^= mask
    return bytes(out)


# --- independent verdicts ---

def blst_verify(pks, msgs, sig):
    """blst's answer through pyblst, or None when unavailable or undecodable."""
    if pyblst is None:
        return None
    try:
        s = pyblst.BlstP2Element.uncompress(sig)
        g1 = pyblst.BlstP1Element.uncompress(G1_GEN_COMPRESSED)
        lhs = None
        for pk, m in zip(pks, msgs):
            ml = pyblst.miller_loop(pyblst.BlstP1Element.uncompress(pk), pyblst.BlstP2Element.hash_to_group(m, DST))
            lhs = ml if lhs is None else lhs * ml
        return pyblst.final_verify(lhs, pyblst.miller_loop(g1, s))
    except Exception:
        return None


def single(name, pk, msg, sig, expect):
    ok = G2Basic.Verify(pk, msg, sig)
    assert ok == (expect == "valid"), (name, ok, expect)
    if expect == "valid":
        assert blst_verify([pk], [msg], sig) in (True, None), name
    elif expect == "invalid":
        assert blst_verify([pk], [msg], sig) in (False, None), name
    else:
        err_pk, err_sig = classify_g1(pk), classify_g2(sig)
        # The Swift code decodes the public key first.
        assert expect == "error:" + (err_pk or err_sig), (name, expect, err_pk, err_sig)
    if expect in ("valid", "invalid"):
        assert classify_g1(pk) is None and classify_g2(sig) is None, name
    return {"name": name, "pk": pk.hex(), "msg": msg.hex(), "sig": sig.hex(), "expect": expect}


def aggregate(name, pks, msgs, sig, expect):
    ok = G2Basic.AggregateVerify(pks, msgs, sig) if pks else False
    assert ok == (expect == "valid"), (name, ok, expect)
    if expect == "valid":
        assert blst_verify(pks, msgs, sig) in (True, None), name
    return {"name": name, "pks": [p.hex() for p in pks], "msgs": [m.hex() for m in msgs], "sig": sig.hex(),
            "expect": expect}


def main():
    keys = [rng.randrange(1, R) for _ in range(4)]
    pks = [G2Basic.SkToPk(k) for k in keys]
    msgs = [b"", b"abc", bytes(rng.randrange(256) for _ in range(32)), b"filecoin deal proposal " * 40]
    singles = []

    # Valid signatures.
    sigs = {}
    for i, (k, pk) in enumerate(zip(keys, pks)):
        m = msgs[i]
        sigs[i] = G2Basic.Sign(k, m)
        singles.append(single(f"valid-{i}", pk, m, sigs[i], "valid"))
    pk0, m0, s0 = pks[0], msgs[0], sigs[0]
    pk1, m1, s1 = pks[1], msgs[1], sigs[1]

    # Well formed but wrong.
    singles.append(single("wrong-message", pk1, b"abd", s1, "invalid"))
    singles.append(single("wrong-key", pk0, m1, s1, "invalid"))
    singles.append(single("signature-of-other-message", pk1, m1, G2Basic.Sign(keys[1], b"other"), "invalid"))
    singles.append(single("pk-sort-flag-flipped", flip(pk1, 0, 0x20), m1, s1, "invalid"))
    singles.append(single("sig-sort-flag-flipped", pk1, m1, flip(s1, 0, 0x20), "invalid"))
    singles.append(single("infinity-signature", pk1, m1, bytes([0xC0]) + bytes(95), "invalid"))

    # Corrupted bytes: the verdict is whatever decoding the damaged point yields.
    for j, (idx, mask) in enumerate([(95, 0x01), (60, 0x10), (5, 0x02), (47 + 48, 0x80)]):
        bad = flip(s1, idx, mask)
        err = classify_g2(bad)
        singles.append(single(f"corrupted-signature-{j}", pk1, m1, bad, "error:" + err if err else "invalid"))
    for j, (idx, mask) in enumerate([(47, 0x01), (20, 0x40)]):
        bad = flip(pk1, idx, mask)
        err = classify_g1(bad)
        singles.append(single(f"corrupted-public-key-{j}", bad, m1, s1, "error:" + err if err else "invalid"))

    # Non-canonical field elements.
    x_small = g1_x_with(square=True)
    singles.append(single("pk-x-equals-p", enc_g1_x(P), m1, s1, "error:nonCanonicalFieldElement"))
    singles.append(single("pk-x-plus-p", enc_g1_x(P + x_small), m1, s1, "error:nonCanonicalFieldElement"))
    nx = normalize(multiply(G2, 7))[0]
    singles.append(single("sig-c0-plus-p", pk1, m1, enc_g2_x(int(nx.coeffs[0]) + P, int(nx.coeffs[1])), "error:nonCanonicalFieldElement"))
    singles.append(single("sig-c1-equals-p", pk1, m1, enc_g2_x(0, P), "error:nonCanonicalFieldElement"))

    # Not on the curve.
    singles.append(single("pk-not-on-curve", enc_g1_x(g1_x_with(square=False)), m1, s1, "error:notOnCurve"))
    nc = g2_x_with(square=False)
    singles.append(single("sig-not-on-curve", pk1, m1, enc_g2_x(int(nc.coeffs[0]), int(nc.coeffs[1])), "error:notOnCurve"))

    # On the curve, outside the subgroup.
    singles.append(single("pk-not-in-subgroup", enc_g1_x(x_small), m1, s1, "error:notInSubgroup"))
    singles.append(single("pk-x-zero-not-in-subgroup", enc_g1_x(0), m1, s1, "error:notInSubgroup"))
    ns = g2_x_with(square=True)
    singles.append(single("sig-not-in-subgroup", pk1, m1, enc_g2_x(int(ns.coeffs[0]), int(ns.coeffs[1])), "error:notInSubgroup"))

    # Infinity public key and flag bits.
    singles.append(single("pk-infinity", bytes([0xC0]) + bytes(47), m1, s1, "error:infinityPublicKey"))
    singles.append(single("pk-no-compression-flag", flip(pk1, 0, 0x80), m1, s1, "error:missingCompressionFlag"))
    singles.append(single("pk-infinity-flag-on-point", flip(pk1, 0, 0x40), m1, s1, "error:invalidInfinityEncoding"))
    singles.append(single("pk-infinity-with-sort-flag", bytes([0xE0]) + bytes(47), m1, s1, "error:invalidInfinityEncoding"))
    singles.append(single("pk-infinity-nonzero-tail", bytes([0xC0]) + bytes(46) + b"\x01", m1, s1, "error:invalidInfinityEncoding"))
    singles.append(single("sig-no-compression-flag", pk1, m1, flip(s1, 0, 0x80), "error:missingCompressionFlag"))
    singles.append(single("sig-infinity-flag-on-point", pk1, m1, flip(s1, 0, 0x40), "error:invalidInfinityEncoding"))
    singles.append(single("sig-infinity-with-sort-flag", pk1, m1, bytes([0xE0]) + bytes(95), "error:invalidInfinityEncoding"))

    # Lengths.
    singles.append(single("pk-47-bytes", pk1[:47], m1, s1, "error:invalidPublicKeyLength"))
    singles.append(single("pk-49-bytes", pk1 + b"\x00", m1, s1, "error:invalidPublicKeyLength"))
    singles.append(single("pk-empty", b"", m1, s1, "error:invalidPublicKeyLength"))
    singles.append(single("sig-95-bytes", pk1, m1, s1[:95], "error:invalidSignatureLength"))
    singles.append(single("sig-97-bytes", pk1, m1, s1 + b"\x00", "error:invalidSignatureLength"))
    singles.append(single("sig-192-bytes", pk1, m1, s1 + s1, "error:invalidSignatureLength"))

    # Aggregates over distinct messages.
    aggs = []
    a_msgs = [b"deal-1", b"deal-2", b"deal-3"]
    a_sigs = [G2Basic.Sign(k, m) for k, m in zip(keys[:3], a_msgs)]
    agg = G2Basic.Aggregate(a_sigs)
    aggs.append(aggregate("aggregate-valid-3", pks[:3], a_msgs, agg, "valid"))
    aggs.append(aggregate("aggregate-valid-1", pks[:1], a_msgs[:1], a_sigs[0], "valid"))
    aggs.append(aggregate("aggregate-wrong-message", pks[:3], [b"deal-1", b"deal-X", b"deal-3"], agg, "invalid"))
    aggs.append(aggregate("aggregate-swapped-keys", [pks[1], pks[0], pks[2]], a_msgs, agg, "invalid"))
    aggs.append(aggregate("aggregate-missing-signature", pks[:3], a_msgs, G2Basic.Aggregate(a_sigs[:2]), "invalid"))
    dup_sigs = [G2Basic.Sign(keys[0], b"same"), G2Basic.Sign(keys[1], b"same")]
    # A true aggregate over a repeated message: rejected all the same, as Filecoin does.
    aggs.append(aggregate("aggregate-duplicate-messages", pks[:2], [b"same", b"same"], G2Basic.Aggregate(dup_sigs),
                          "invalid"))
    aggs.append(aggregate("aggregate-count-mismatch", pks[:3], a_msgs[:2], agg, "invalid"))
    aggs.append(aggregate("aggregate-empty", [], [], agg, "invalid"))
    bad_pk = enc_g1_x(g1_x_with(square=False))
    aggs.append({"name": "aggregate-malformed-key", "pks": [pks[0].hex(), bad_pk.hex(), pks[2].hex()],
                 "msgs": [m.hex() for m in a_msgs], "sig": agg.hex(), "expect": "error:notOnCurve"})
    aggs.append({"name": "aggregate-infinity-key", "pks": [pks[0].hex(), (bytes([0xC0]) + bytes(47)).hex(), pks[2].hex()],
                 "msgs": [m.hex() for m in a_msgs], "sig": agg.hex(), "expect": "error:infinityPublicKey"})
    aggs.append({"name": "aggregate-bad-signature", "pks": [p.hex() for p in pks[:3]],
                 "msgs": [m.hex() for m in a_msgs], "sig": flip(agg, 0, 0x80).hex(),
                 "expect": "error:missingCompressionFlag"})

    # Points for compression round trips, with their affine coordinates.
    points = []
    for _ in range(4):
        k = rng.randrange(1, R)
        p1 = normalize(multiply(G1, k))
        p2 = normalize(multiply(G2, k))
        points.append({
            "g1": i2b(compress_G1(multiply(G1, k))).hex(),
            "g1x": i2b(int(p1[0])).hex(), "g1y": i2b(int(p1[1])).hex(),
            "g2": b"".join(i2b(v) for v in compress_G2(multiply(G2, k))).hex(),
            "g2x": [i2b(int(c)).hex() for c in p2[0].coeffs], "g2y": [i2b(int(c)).hex() for c in p2[1].coeffs],
        })

    out = {
        "generator": "scripts/bls/gen_kat.py with py_ecc" + (" and pyblst (blst) cross-checks" if pyblst else ""),
        "dst": DST.decode(),
        "single": singles,
        "aggregate": aggs,
        "points": points,
    }
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"wrote {len(singles)} single, {len(aggs)} aggregate cases, {len(points)} points to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
