/// Reads a `VocabularyPack` straight from its JSON bytes with `JSONCursor`: no tree of nodes, no `Decoder`
/// layers, keys compared as bytes. The start-up path of every run (the built-in packs) and most of the cost of
/// loading a large pack.
///
/// It accepts a subset of what `StrictJSONDecoder` accepts and gives the same value; on anything else (a syntax
/// error, an unknown or duplicate key, a missing key, a wrong type, an unknown enum value, a number, an unusual
/// escape) it returns nil and `VocabularyLoader` parses the tree and decodes it with `StrictJSONDecoder`, whose
/// error names the place and the fix. A test checks both give equal packs.
enum PackReader {
    static func read(_ bytes: [UInt8]) -> VocabularyPack? {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = JSONCursor(buffer)
            guard let pack = pack(&cursor), cursor.atEnd() else { return nil }
            return pack
        }
    }

    private static let packKeys: [StaticString] = ["name", "version", "description", "concepts", "spellings", "lists", "rules"]
    private static let conceptKeys: [StaticString] = [
        "id", "term", "variants", "avoid", "plain", "plainIsExact", "definition", "defineOnFirstUse", "acronym", "wellKnown",
        "category", "broader", "notBroader", "spelling", "sources",
    ]
    private static let ruleKeys: [StaticString] = [
        "id", "kind", "severity", "summary", "rationale", "message", "caseSensitive", "wholeBlock", "unlessSentenceHas", "entries", "supersedes",
        "examples",
    ]

    /// Reads an object whose keys are among `keys` (and `$schema`, skipped), each at most once; `value` reads the
    /// value of key number `k`.
    private static func object(_ c: inout JSONCursor, _ keys: [StaticString], _ value: (inout JSONCursor, Int) -> Bool) -> Bool {
        var seen: UInt64 = 0
        return c.object { c, key in
            if key.equals("$schema") {
                guard seen & (1 << 63) == 0 else { return false }
                seen |= 1 << 63
                return c.skipValue()
            }
            guard let k = keys.firstIndex(where: { key.equals($0) }), seen & (1 << k) == 0 else { return false }
            seen |= 1 << k
            return value(&c, k)
        }
    }

    /// Each item of an array read by `item`; nil when the value is not an array or an item fails.
    private static func array<T>(_ c: inout JSONCursor, _ item: (inout JSONCursor) -> T?) -> [T]? {
        var items: [T] = []
        let ok = c.array { c in
            guard let value = item(&c) else { return false }
            items.append(value)
            return true
        }
        return ok ? items : nil
    }

    /// Sets `target` from an optional value (null leaves it); false on a wrong type.
    private static func set<T>(_ target: inout T, _ read: T??) -> Bool {
        guard let read else { return false }
        if let value = read { target = value }
        return true
    }

    /// Sets `target` from an optional string (null leaves it nil); false on a wrong type.
    private static func setOptional(_ target: inout String?, _ read: String??) -> Bool {
        guard let read else { return false }
        target = read
        return true
    }

    private static func pack(_ c: inout JSONCursor) -> VocabularyPack? {
        var name: String?
        var pack = VocabularyPack(name: "")
        let ok = object(&c, packKeys) { c, k in
            switch k {
            case 0: name = c.string(); return name != nil
            case 1: return setOptional(&pack.version, c.optionalString())
            case 2: return setOptional(&pack.description, c.optionalString())
            case 3:
                if c.null() { return true }
                guard let concepts = array(&c, concept) else { return false }
                pack.concepts = concepts
                return true
            case 4:
                if c.null() { return true }
                guard let pairs = array(&c, spellingPair) else { return false }
                pack.spellings = pairs
                return true
            case 5:
                if c.null() { return true }
                var lists: [String: [String]] = [:]
                let read = c.object { c, key in
                    let name = String(decoding: key, as: UTF8.self)
                    guard lists[name] == nil, let items = c.strings() else { return false }
                    lists[name] = items
                    return true
                }
                pack.lists = lists
                return read
            default:
                if c.null() { return true }
                guard let rules = array(&c, rule) else { return false }
                pack.rules = rules
                return true
            }
        }
        guard ok, let name else { return nil }
        pack.name = name
        return pack
    }

    private static func concept(_ c: inout JSONCursor) -> Concept? {
        var id: String?, term: String?, category: ConceptCategory?
        var concept = Concept(id: "", term: "")
        let ok = object(&c, conceptKeys) { c, k in
            switch k {
            case 0: id = c.string(); return id != nil
            case 1: term = c.string(); return term != nil
            case 2: return set(&concept.variants, c.optionalStrings())
            case 3: return set(&concept.avoid, c.optionalStrings())
            case 4: return set(&concept.plain, c.optionalStrings())
            case 5: return set(&concept.plainIsExact, c.optionalBool())
            case 6: return setOptional(&concept.definition, c.optionalString())
            case 7: return set(&concept.defineOnFirstUse, c.optionalBool())
            case 8: return setOptional(&concept.acronym, c.optionalString())
            case 9: return set(&concept.wellKnown, c.optionalBool())
            case 10: category = c.string().flatMap(ConceptCategory.init(rawValue:)); return category != nil
            case 11: return set(&concept.broader, c.optionalStrings())
            case 12: return set(&concept.notBroader, c.optionalStrings())
            case 13:
                if c.null() { return true }
                return object(&c, ["en-GB", "en-US"]) { c, k in
                    guard let value = c.optionalString() else { return false }
                    if let value { concept.spelling[k == 0 ? "en-GB" : "en-US"] = value }
                    return true
                }
            default: return set(&concept.sources, c.optionalStrings())
            }
        }
        guard ok, let id, let term, let category else { return nil }
        concept.id = id
        concept.term = term
        concept.category = category
        return concept
    }

    private static func spellingPair(_ c: inout JSONCursor) -> SpellingPair? {
        var us: String?, gb: String?
        let ok = object(&c, ["en-US", "en-GB"]) { c, k in
            if k == 0 { us = c.string(); return us != nil }
            gb = c.string()
            return gb != nil
        }
        guard ok, let us, let gb else { return nil }
        return SpellingPair(us: us, gb: gb)
    }

    private static func rule(_ c: inout JSONCursor) -> PackRule? {
        var id: String?, kind: PackRuleKind?, severity: SeveritySetting?, summary: String?, message: String?
        var entries: [PackRuleEntry]?
        var rationale: String?, caseSensitive = false, wholeBlock = false, unlessSentenceHas: [String] = [], supersedes: [String] = []
        var examples: PackRuleExamples?
        let ok = object(&c, ruleKeys) { c, k in
            switch k {
            case 0: id = c.string(); return id != nil
            case 1: kind = c.string().flatMap(PackRuleKind.init(rawValue:)); return kind != nil
            case 2: severity = c.string().flatMap(SeveritySetting.init(rawValue:)); return severity != nil
            case 3: summary = c.string(); return summary != nil
            case 4: return setOptional(&rationale, c.optionalString())
            case 5: message = c.string(); return message != nil
            case 6: return set(&caseSensitive, c.optionalBool())
            case 7: return set(&wholeBlock, c.optionalBool())
            case 8: return set(&unlessSentenceHas, c.optionalStrings())
            case 9: entries = array(&c, entry); return entries != nil
            case 10: return set(&supersedes, c.optionalStrings())
            default:
                if c.null() { return true }
                var triggering: [PackRuleExample] = [], nonTriggering: [PackRuleExample] = []
                let read = object(&c, ["triggering", "nonTriggering"]) { c, k in
                    if c.null() { return true }
                    guard let items = array(&c, example) else { return false }
                    if k == 0 { triggering = items } else { nonTriggering = items }
                    return true
                }
                examples = PackRuleExamples(triggering: triggering, nonTriggering: nonTriggering)
                return read
            }
        }
        guard ok, let id, let kind, let severity, let summary, let message, let entries else { return nil }
        return PackRule(
            id: id, kind: kind, severity: severity, summary: summary, rationale: rationale, message: message,
            caseSensitive: caseSensitive, wholeBlock: wholeBlock, unlessSentenceHas: unlessSentenceHas, supersedes: supersedes,
            entries: entries, examples: examples
        )
    }

    private static func entry(_ c: inout JSONCursor) -> PackRuleEntry? {
        var pattern: String?, replacement: String?, message: String?
        let ok = object(&c, ["pattern", "replacement", "message"]) { c, k in
            switch k {
            case 0: pattern = c.string(); return pattern != nil
            case 1: return setOptional(&replacement, c.optionalString())
            default: return setOptional(&message, c.optionalString())
            }
        }
        guard ok, let pattern else { return nil }
        return PackRuleEntry(pattern: pattern, replacement: replacement, message: message)
    }

    private static func example(_ c: inout JSONCursor) -> PackRuleExample? {
        var text: String?, fixed: String?
        let ok = object(&c, ["text", "fixed"]) { c, k in
            if k == 0 { text = c.string(); return text != nil }
            return setOptional(&fixed, c.optionalString())
        }
        guard ok, let text else { return nil }
        return PackRuleExample(text: text, fixed: fixed)
    }
}
