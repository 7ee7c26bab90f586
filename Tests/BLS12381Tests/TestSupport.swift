import Foundation
@testable import BLS12381

enum TestData {
    /// Loads a JSON file of the Data resource folder.
    static func json(_ name: String) throws -> [String: Any] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Data") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let obj = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let dict = obj as? [String: Any] else { throw CocoaError(.fileReadCorruptFile) }
        return dict
    }
}

func hexBytes(_ s: String) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(s.count / 2)
    var it = s.makeIterator()
    while let a = it.next(), let b = it.next() {
        out.append(UInt8(String([a, b]), radix: 16)!)
    }
    return out
}

func hexString(_ b: [UInt8]) -> String { b.map { String(format: "%02x", $0) }.joined() }

extension Fp2 {
    init(hexPair: [String]) { self.init(hex0: hexPair[0], hex1: hexPair[1]) }
}

/// Deterministic pseudo-random field elements for algebraic identities (splitmix64).
struct TestRNG {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9e3779b97f4a7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9
        z = (z ^ (z >> 27)) &* 0x94d049bb133111eb
        return z ^ (z >> 31)
    }
    mutating func fp() -> Fp {
        Fp(canonical: Fp(next(), next(), next(), next(), next(), next() & 0x0fff_ffff_ffff_ffff))
    }
    mutating func fp2() -> Fp2 { Fp2(fp(), fp()) }
    mutating func fp6() -> Fp6 { Fp6(fp2(), fp2(), fp2()) }
    mutating func fp12() -> Fp12 { Fp12(fp6(), fp6()) }
}

enum TestPoints {
    static let g2Generator = Affine<Fp2>(
        x: Fp2(
            hex0: "24aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8",
            hex1: "13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e"),
        y: Fp2(
            hex0: "ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801",
            hex1: "606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be"),
        infinity: false
    )
}
