// `make bench-crypto`: time BLS12381 verification and compare it, in the same run, with an
// independent implementation (blst through pyblst when installed; see scripts/bls/bench_ref.py).
import BLS12381
import Foundation

func hex(_ s: String) -> [UInt8] {
    var out = [UInt8]()
    var it = s.makeIterator()
    while let a = it.next(), let b = it.next() { out.append(UInt8(String([a, b]), radix: 16) ?? 0) }
    return out
}

// A valid triple from Tests/BLS12381Tests/Data/bls_kat.json (case "valid-1").
let pkHex = "a66c7f3d74282e74fa3bedbe761d11c34a3cc5f482dd71424a0bb5ce06d69973028d8645c57e412e4c7d3965e42a9901"
let msgHex = "616263"
let sigHex =
    "b3b72b3bc8ed818602d2741a3d0b6b5e64ac953b63bb96942c6b0b56644184844ca2f4b31d31b2b64ae7df26bd334a890d8a76c05cac571c8923627bc183a706d14fcef1dcd90a50a9e7afbd702bc735b26e4d2e06b69d94ec54c87cf7f22a12"
// Three-signer aggregate (case "aggregate-valid-3").
let aggPks = [
    "b6a01adbd9151ed3ee7f8e0032548b31c000db825cc4c6f57cfb6cce2094f4b57a01c5e08df3aa43811a2190781f4a16",
    "a66c7f3d74282e74fa3bedbe761d11c34a3cc5f482dd71424a0bb5ce06d69973028d8645c57e412e4c7d3965e42a9901",
    "80d13029643502cd58e048271d892171dc9164d2f4f79e9ac531458a7d9a73cba0b7bb3b91bcd163d01624b9d78f1937",
].map(hex)
let aggMsgs = ["6465616c2d31", "6465616c2d32", "6465616c2d33"].map(hex)
let aggSig = hex(
    "82a3f5c65b7ba2592b931ccf4fff1d40672a0fbc0d917d1cfced9c442c4276305234404bc06fac0cd1fa557ddc9a0cba106a0f16460f2c63746e6b14e4a822cde06a3e977ed64eeb52ee44a3b59979e94dce4a6710baa30f97695a3d2e4fab66"
)

let budget = Double(ProcessInfo.processInfo.environment["BENCH_SECONDS"] ?? "") ?? 2.0

/// Runs body until the time budget is spent (at least 3 times); returns microseconds per call.
func measure(_ body: () throws -> Bool) rethrows -> Double {
    let ok = try body()
    precondition(ok, "benchmark input did not verify")
    let clock = ContinuousClock()
    let start = clock.now
    var n = 0
    var elapsed = Duration.zero
    repeat {
        _ = try body()
        n += 1
        elapsed = clock.now - start
    } while elapsed < .seconds(budget) || n < 3
    let (s, atto) = elapsed.components
    return (Double(s) + Double(atto) * 1e-18) / Double(n) * 1e6
}

let pk = hex(pkHex), msg = hex(msgHex), sig = hex(sigHex)
let ours = try measure { try BLS.verify(signature: sig, publicKey: pk, message: msg) }
print(String(format: "swift BLS12381 verify:            %9.1f us/signature", ours))
let oursAgg = try measure { try BLS.aggregateVerify(signature: aggSig, publicKeys: aggPks, messages: aggMsgs) }
print(String(format: "swift BLS12381 aggregateVerify(3): %8.1f us/call", oursAgg))

// The reference runs in the same process tree right after ours, so both see the same load.
let script = ProcessInfo.processInfo.environment["BENCH_REF_SCRIPT"] ?? "scripts/bls/bench_ref.py"
let python = ProcessInfo.processInfo.environment["PYTHON"] ?? "python3"
let proc = Process()
proc.executableURL = URL(fileURLWithPath: "/usr/bin/env")
proc.arguments = [python, script, pkHex, msgHex, sigHex, String(budget)]
let pipe = Pipe()
proc.standardOutput = pipe
do {
    try proc.run()
    proc.waitUntilExit()
} catch {
    print("reference: could not run \(python) \(script): \(error)")
    exit(0)
}
let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
let fields = out.split(whereSeparator: \.isWhitespace)
guard proc.terminationStatus == 0, fields.count == 2, let ref = Double(fields[1]) else {
    print("reference: no timing (exit \(proc.terminationStatus)); install pyblst or py_ecc")
    exit(0)
}
print(String(format: "reference %@ verify:  %9.1f us/signature", String(fields[0]), ref))
print(
    String(
        format: "ratio swift/reference: %.2fx%@", ours / ref,
        fields[0].hasPrefix("blst") ? "" : " (reference is pure Python, not blst: ratio is not meaningful)"))
