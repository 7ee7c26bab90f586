import CSecp256k1
import IPLD
import Testing
import FVMCrypto

/// Signs with libsecp256k1 directly, so the tests can produce fresh signatures.
private func signRecoverable(hash: [UInt8], secretKey: [UInt8]) -> [UInt8] {
    let context = secp256k1_context_create(1)!
    defer { secp256k1_context_destroy(context) }
    var signature = secp256k1_ecdsa_recoverable_signature()
    #expect(secp256k1_ecdsa_sign_recoverable(context, &signature, hash, secretKey, nil, nil) == 1)
    var compact = [UInt8](repeating: 0, count: 64)
    var recoveryID: Int32 = 0
    _ = secp256k1_ecdsa_recoverable_signature_serialize_compact(context, &compact, &recoveryID, &signature)
    return compact + [UInt8(recoveryID)]
}

private func publicKey(secretKey: [UInt8]) -> [UInt8] {
    let context = secp256k1_context_create(1)!
    defer { secp256k1_context_destroy(context) }
    var key = secp256k1_pubkey()
    #expect(secp256k1_ec_pubkey_create(context, &key, secretKey) == 1)
    var out = [UInt8](repeating: 0, count: 65)
    var length = 65
    _ = secp256k1_ec_pubkey_serialize(context, &out, &length, &key, 2)
    return out
}

/// n − s, big-endian 32 bytes.
private func negateModOrder(_ s: [UInt8]) -> [UInt8] {
    let order = bytes(hex: "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
    var out = [UInt8](repeating: 0, count: 32)
    var borrow = 0
    for i in (0..<32).reversed() {
        var d = Int(order[i]) - Int(s[i]) - borrow
        borrow = d < 0 ? 1 : 0
        if d < 0 { d += 256 }
        out[i] = UInt8(d)
    }
    return out
}

@Suite struct Secp256k1Tests {
    let secretKey = bytes(hex: "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
    let message = Array("Filecoin message CID bytes".utf8)

    /// go-ethereum's ecrecover precompile vector: the Ethereum address is the last 20 bytes of
    /// Keccak-256 over the 64 coordinate bytes of the recovered key.
    @Test func ethereumEcrecoverVector() throws {
        let hash = bytes(hex: "456e9aea5e197a1f1af7a3e85a3212fa4049a3ba34c2289b4c860fc0b0c64ef3")
        let r = bytes(hex: "9242685bf161793cc25603c231bc2f568eb630ea16aa137d2664ac8038825608")
        let s = bytes(hex: "4f8ae3bd7535248d0bd448298cc2e2071e56992d0774dc340c368ae950852ada")
        let key = try Secp256k1.recoverPublicKey(hash32: hash, signature65: r + s + [1])
        #expect(key.count == 65 && key[0] == 0x04)
        #expect(hex(Array(Keccak256.hash(Array(key[1...]))[12...])) == "7156526fbd7a3c72969b54f64e42c10fbb768c8a")
    }

    @Test func recoversSignerKey() throws {
        let hash = Blake2b.hash(message, length: 32)
        let signature = signRecoverable(hash: hash, secretKey: secretKey)
        #expect(try Secp256k1.recoverPublicKey(hash32: hash, signature65: signature) == publicKey(secretKey: secretKey))
    }

    @Test func verifiesAgainstF1Payload() throws {
        let signature = signRecoverable(hash: Blake2b.hash(message, length: 32), secretKey: secretKey)
        let payload = Secp256k1.addressPayload(publicKey: publicKey(secretKey: secretKey))
        #expect(payload.count == 20)
        #expect(Secp256k1.verify(signature: signature, message: message, signerAddressPayload: payload))
        #expect(!Secp256k1.verify(signature: signature, message: message + [0], signerAddressPayload: payload))
        var otherPayload = payload
        otherPayload[0] ^= 1
        #expect(!Secp256k1.verify(signature: signature, message: message, signerAddressPayload: otherPayload))
        #expect(
            !Secp256k1.verify(signature: signature, message: message, signerAddressPayload: Array(payload.prefix(19))))
    }

    /// libsecp256k1 signs with low s; its mirror (n − s, other parity) must be accepted too,
    /// because ref-fvm's recovery has no low-s rule.
    @Test func acceptsHighS() throws {
        let hash = Blake2b.hash(message, length: 32)
        let low = signRecoverable(hash: hash, secretKey: secretKey)
        let high = Array(low[0..<32]) + negateModOrder(Array(low[32..<64])) + [low[64] ^ 1]
        #expect(high[32] >= 0x80)  // really above n/2
        #expect(try Secp256k1.recoverPublicKey(hash32: hash, signature65: high) == publicKey(secretKey: secretKey))
        let payload = Secp256k1.addressPayload(publicKey: publicKey(secretKey: secretKey))
        #expect(Secp256k1.verify(signature: high, message: message, signerAddressPayload: payload))
    }

    @Test func rejectsRecoveryIDAboveThree() {
        let hash = Blake2b.hash(message, length: 32)
        var signature = signRecoverable(hash: hash, secretKey: secretKey)
        signature[64] = 4
        #expect(throws: Secp256k1Error.invalidRecoveryID(4)) {
            try Secp256k1.recoverPublicKey(hash32: hash, signature65: signature)
        }
        signature[64] = 27  // Ethereum-style v is not accepted
        #expect(throws: Secp256k1Error.invalidRecoveryID(27)) {
            try Secp256k1.recoverPublicKey(hash32: hash, signature65: signature)
        }
    }

    @Test func rejectsScalarsOutOfRange() {
        let hash = Blake2b.hash(message, length: 32)
        let good = signRecoverable(hash: hash, secretKey: secretKey)
        let order = bytes(hex: "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
        let zero = [UInt8](repeating: 0, count: 32)
        #expect(throws: Secp256k1Error.invalidSignature) {
            try Secp256k1.recoverPublicKey(hash32: hash, signature65: order + Array(good[32..<64]) + [0])
        }
        #expect(throws: Secp256k1Error.invalidSignature) {
            try Secp256k1.recoverPublicKey(hash32: hash, signature65: Array(good[0..<32]) + order + [0])
        }
        #expect(throws: Secp256k1Error.recoveryFailed) {
            try Secp256k1.recoverPublicKey(hash32: hash, signature65: zero + Array(good[32..<64]) + [0])
        }
        #expect(throws: Secp256k1Error.recoveryFailed) {
            try Secp256k1.recoverPublicKey(hash32: hash, signature65: Array(good[0..<32]) + zero + [0])
        }
    }

    /// With v ≥ 2 the x coordinate is r + n, which must stay below p.
    @Test func rejectsOverflowingXCoordinate() {
        let hash = Blake2b.hash(message, length: 32)
        let good = signRecoverable(hash: hash, secretKey: secretKey)
        let pMinusN = bytes(hex: "000000000000000000000000000000014551231950b75fc4402da1722fc9baee")
        #expect(throws: Secp256k1Error.recoveryFailed) {
            try Secp256k1.recoverPublicKey(hash32: hash, signature65: pMinusN + Array(good[32..<64]) + [2])
        }
    }

    @Test func rejectsBadLengths() {
        let hash = Blake2b.hash(message, length: 32)
        let good = signRecoverable(hash: hash, secretKey: secretKey)
        #expect(throws: Secp256k1Error.invalidSignatureLength(64)) {
            try Secp256k1.recoverPublicKey(hash32: hash, signature65: Array(good.prefix(64)))
        }
        #expect(throws: Secp256k1Error.invalidHashLength(31)) {
            try Secp256k1.recoverPublicKey(hash32: Array(hash.prefix(31)), signature65: good)
        }
        let payload = Secp256k1.addressPayload(publicKey: publicKey(secretKey: secretKey))
        #expect(!Secp256k1.verify(signature: good + [0], message: message, signerAddressPayload: payload))
    }

    /// Verification may run on many tasks at once with the one shared context.
    @Test func concurrentVerification() async {
        let hash = Blake2b.hash(message, length: 32)
        let signature = signRecoverable(hash: hash, secretKey: secretKey)
        let payload = Secp256k1.addressPayload(publicKey: publicKey(secretKey: secretKey))
        let message = self.message
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    Secp256k1.verify(signature: signature, message: message, signerAddressPayload: payload)
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 32 && results.allSatisfy { $0 })
    }
}
