#!/usr/bin/env python3
"""Print the (public key, message, signature) of the BLS-signed deal in an nv17 test vector.

The vector ext-0001-fil_9_storagemarket-PublishStorageDeals-Ok-2 applies one message whose
params are PublishStorageDealsParams{[ClientDealProposal{proposal, client_signature}]}; the
client is an f3 (BLS) address, so its payload is the public key, the signed message is the
proposal's CBOR encoding, and the signature is a Filecoin Signature (type byte 2, then 96 bytes).
Usage: extract_nv17_deal.py [vector.json]; the output feeds Tests/BLS12381Tests/FilecoinVectorTests.swift.
"""
import base64
import json
import sys

DEFAULT = ("/work/shared/vectors/fvm-test-vectors/corpus/extracted/0001-shark-01/fil_9_storagemarket/"
           "PublishStorageDeals/Ok/ext-0001-fil_9_storagemarket-PublishStorageDeals-Ok-2.json")


def item(b, i):
    """Decodes one CBOR item at i: (value, next index). Enough of RFC 8949 for these messages."""
    major, info = b[i] >> 5, b[i] & 31
    i += 1
    if info < 24:
        n = info
    else:
        size = {24: 1, 25: 2, 26: 4, 27: 8}[info]
        n = int.from_bytes(b[i:i + size], "big")
        i += size
    if major == 0:
        return n, i
    if major == 1:
        return -1 - n, i
    if major in (2, 3):
        return b[i:i + n], i + n
    if major == 4:
        out = []
        for _ in range(n):
            v, i = item(b, i)
            out.append(v)
        return out, i
    if major == 6:
        return item(b, i)
    if major == 7:
        return {20: False, 21: True, 22: None}.get(info), i
    raise ValueError(f"unsupported CBOR major type {major}")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    with open(path) as f:
        vector = json.load(f)
    msg, _ = item(base64.b64decode(vector["apply_messages"][0]["bytes"]), 0)
    params = msg[9]
    # params = [ [ [proposal, signature], ... ] ]: walk the headers to keep the proposal's raw bytes.
    i = 1  # outer array(1)
    i += 1  # deals array header (fewer than 24 deals)
    i += 1  # ClientDealProposal array(2)
    start = i
    proposal, end = item(params, start)
    signature, _ = item(params, end)
    client = proposal[3]
    assert client[0] == 3 and signature[0] == 2, "expected an f3 client and a BLS signature"
    print("pk ", client[1:].hex())
    print("msg", params[start:end].hex())
    print("sig", signature[1:].hex())


if __name__ == "__main__":
    main()
