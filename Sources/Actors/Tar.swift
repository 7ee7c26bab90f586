/// Regular files of a POSIX (ustar) tar archive.
enum Tar {
    static func files(_ archive: [UInt8]) throws(BundleError) -> [(name: String, data: [UInt8])] {
        var out: [(String, [UInt8])] = []
        var offset = 0
        while offset + 512 <= archive.count {
            let header = archive[offset..<(offset + 512)]
            if header.allSatisfy({ $0 == 0 }) { break }
            func field(_ start: Int, _ length: Int) -> String {
                let bytes = archive[(offset + start)..<(offset + start + length)].prefix { $0 != 0 }
                return String(decoding: bytes, as: UTF8.self)
            }
            let sizeText = field(124, 12).trimmingCharacters(in: " ")
            guard let size = Int(sizeText.isEmpty ? "0" : sizeText, radix: 8) else {
                throw .corrupt("tar entry has a bad size field")
            }
            let type = archive[offset + 156]
            var name = field(0, 100)
            let prefix = field(345, 155)
            if !prefix.isEmpty { name = prefix + "/" + name }
            let start = offset + 512
            guard start + size <= archive.count else { throw .corrupt("tar entry \(name) runs past the end") }
            if type == UInt8(ascii: "0") || type == 0 {
                out.append((name, Array(archive[start..<(start + size)])))
            }
            offset = start + (size + 511) / 512 * 512
        }
        return out
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
