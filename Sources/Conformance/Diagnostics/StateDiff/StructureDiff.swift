import IPLD

/// Differences between two encodings of a structure, field by field, descending into the HAMTs,
/// AMTs and linked structures its schema names.
struct StructureDiff {
    let blocks: DiffBlocks

    /// Fields of two tuples; without a schema (or when the shapes differ) fields are numbered.
    func fields(_ schema: StateSchema?, _ e: IPLDValue, _ a: IPLDValue, path: [String]) -> [StateChange] {
        guard e != a else { return [] }
        guard let el = e.list, let al = a.list, el.count == al.count else { return [Self.changed(path, e, a, .plain)] }
        var out: [StateChange] = []
        for i in el.indices where el[i] != al[i] {
            let field = schema.flatMap { i < $0.fields.count ? $0.fields[i] : nil } ?? StateField("field \(i)")
            out += value(field.kind, el[i], al[i], path: path + [field.name])
        }
        return out
    }

    func value(_ kind: StateFieldKind, _ e: IPLDValue, _ a: IPLDValue, path: [String]) -> [StateChange] {
        let found: [StateChange]
        switch (kind, e, a) {
        case (.hamt(let key, let valueKind), .link(let ec), .link(let ac)):
            found = entries(HAMTWalk(blocks: blocks).differences(expected: ec, actual: ac), key, valueKind, path)
        case (.amt(let valueKind), .link(let ec), .link(let ac)):
            found = entries(AMTWalk(blocks: blocks).differences(expected: ec, actual: ac), .raw, valueKind, path)
        case (.linked(let schema), .link(let ec), .link(let ac)):
            guard let ev = blocks.value(ec), let av = blocks.value(ac) else { return [Self.changed(path, e, a, kind)] }
            found = fields(schema, ev, av, path: path)
        case (.inline(let schema), _, _):
            found = fields(schema, e, a, path: path)
        default:
            found = []
        }
        // Nothing found below a differing value means its blocks were absent: show the value itself.
        return found.isEmpty ? [Self.changed(path, e, a, kind)] : found
    }

    func entries(_ diffs: [KeyedDifference], _ key: StateKeyKind, _ kind: StateFieldKind, _ path: [String])
        -> [StateChange]
    {
        diffs.flatMap { d -> [StateChange] in
            let at = path + ["[" + StateValueText.key(d.key, key) + "]"]
            switch (d.expected, d.actual) {
            case (let e?, let a?): return value(kind, e, a, path: at)
            case (nil, let a?):
                return [StateChange(path: at, kind: .added, expected: nil, actual: StateValueText.value(a, kind))]
            case (let e?, nil):
                return [StateChange(path: at, kind: .removed, expected: StateValueText.value(e, kind), actual: nil)]
            case (nil, nil): return []
            }
        }
    }

    static func changed(_ path: [String], _ e: IPLDValue, _ a: IPLDValue, _ kind: StateFieldKind) -> StateChange {
        StateChange(
            path: path, kind: .changed, expected: StateValueText.value(e, kind), actual: StateValueText.value(a, kind))
    }
}
