/// Decodes a `VocabularyPack` straight from the positioned JSON tree, without the `Decoder` protocol's layers
/// (boxed containers, a dynamic cast and a key search per value): the start-up path of every run and most of the
/// cost of loading a large pack.
///
/// It accepts exactly what `StrictJSONDecoder` accepts and gives the same value; on anything else (an unknown or
/// duplicate key, a missing key, a wrong type, an unknown enum value) it returns nil and the caller decodes with
/// `StrictJSONDecoder`, whose error names the place and the fix. So errors stay as precise as they were, and a
/// test checks both decoders give equal packs.
enum PackFastDecoder {
    static func decode(_ root: JSONNode) -> VocabularyPack? {
        guard let object = Object(root, allowed: VocabularyPack.CodingKeys.self),
              let name = object.string("name"),
              let version = object.optionalString("version"),
              let description = object.optionalString("description")
        else { return nil }
        var pack = VocabularyPack(name: name)
        pack.version = version
        pack.description = description
        if let node = object.present("concepts") {
            guard let concepts = array(node, concept) else { return nil }
            pack.concepts = concepts
        }
        if let node = object.present("spellings") {
            guard let pairs = array(node, spellingPair) else { return nil }
            pack.spellings = pairs
        }
        if let node = object.present("lists") {
            guard case .object(let members) = node.value, Object.uniqueKeys(members) else { return nil }
            var lists: [String: [String]] = [:]
            for member in members {
                guard let items = strings(member.node) else { return nil }
                lists[member.key] = items
            }
            pack.lists = lists
        }
        if let node = object.present("rules") {
            guard let rules = array(node, rule) else { return nil }
            pack.rules = rules
        }
        return pack
    }

    // MARK: Types of the pack

    private static func concept(_ node: JSONNode) -> Concept? {
        guard let o = Object(node, allowed: Concept.CodingKeys.self),
              let id = o.string("id"), let term = o.string("term"),
              let variants = o.optionalStrings("variants"), let avoid = o.optionalStrings("avoid"),
              let plain = o.optionalStrings("plain"), let plainIsExact = o.optionalBool("plainIsExact"),
              let definition = o.optionalString("definition"),
              let defineOnFirstUse = o.optionalBool("defineOnFirstUse"), let acronym = o.optionalString("acronym"),
              let wellKnown = o.optionalBool("wellKnown"),
              let categoryName = o.string("category"), let category = ConceptCategory(rawValue: categoryName),
              let broader = o.optionalStrings("broader"), let notBroader = o.optionalStrings("notBroader"),
              let sources = o.optionalStrings("sources")
        else { return nil }
        var spelling: [String: String] = [:]
        if let node = o.present("spelling") {
            guard let map = Object(node, allowed: SpellingMap.CodingKeys.self) else { return nil }
            for key in SpellingMap.CodingKeys.allCases {
                guard let value = map.optionalString(key.rawValue) else { return nil }
                if let value { spelling[key.rawValue] = value }
            }
        }
        return Concept(
            id: id, term: term, variants: variants ?? [], avoid: avoid ?? [], plain: plain ?? [], plainIsExact: plainIsExact ?? false, definition: definition,
            defineOnFirstUse: defineOnFirstUse ?? false, acronym: acronym, wellKnown: wellKnown ?? false, category: category,
            broader: broader ?? [], notBroader: notBroader ?? [], spelling: spelling, sources: sources ?? []
        )
    }

    private static func spellingPair(_ node: JSONNode) -> SpellingPair? {
        guard let o = Object(node, allowed: SpellingPair.CodingKeys.self),
              let us = o.string("en-US"), let gb = o.string("en-GB")
        else { return nil }
        return SpellingPair(us: us, gb: gb)
    }

    private static func rule(_ node: JSONNode) -> PackRule? {
        guard let o = Object(node, allowed: PackRule.CodingKeys.self),
              let id = o.string("id"),
              let kindName = o.string("kind"), let kind = PackRuleKind(rawValue: kindName),
              let severityName = o.string("severity"), let severity = SeveritySetting(rawValue: severityName),
              let summary = o.string("summary"), let rationale = o.optionalString("rationale"),
              let message = o.string("message"),
              let caseSensitive = o.optionalBool("caseSensitive"), let wholeBlock = o.optionalBool("wholeBlock"),
              let unlessSentenceHas = o.optionalStrings("unlessSentenceHas"),
              let entriesNode = o.required("entries"), let entries = array(entriesNode, entry)
        else { return nil }
        var examples: PackRuleExamples?
        if let node = o.present("examples") {
            guard let e = Object(node, allowed: PackRuleExamples.CodingKeys.self) else { return nil }
            var triggering: [PackRuleExample] = []
            var nonTriggering: [PackRuleExample] = []
            if let list = e.present("triggering") {
                guard let items = array(list, example) else { return nil }
                triggering = items
            }
            if let list = e.present("nonTriggering") {
                guard let items = array(list, example) else { return nil }
                nonTriggering = items
            }
            examples = PackRuleExamples(triggering: triggering, nonTriggering: nonTriggering)
        }
        return PackRule(
            id: id, kind: kind, severity: severity, summary: summary, rationale: rationale, message: message,
            caseSensitive: caseSensitive ?? false, wholeBlock: wholeBlock ?? false, unlessSentenceHas: unlessSentenceHas ?? [],
            entries: entries, examples: examples
        )
    }

    private static func entry(_ node: JSONNode) -> PackRuleEntry? {
        guard let o = Object(node, allowed: PackRuleEntry.CodingKeys.self),
              let pattern = o.string("pattern"),
              let replacement = o.optionalString("replacement"), let message = o.optionalString("message")
        else { return nil }
        return PackRuleEntry(pattern: pattern, replacement: replacement, message: message)
    }

    private static func example(_ node: JSONNode) -> PackRuleExample? {
        guard let o = Object(node, allowed: PackRuleExample.CodingKeys.self),
              let text = o.string("text"), let fixed = o.optionalString("fixed")
        else { return nil }
        return PackRuleExample(text: text, fixed: fixed)
    }

    // MARK: JSON shapes

    /// Each item of an array decoded by `item`; nil when the node is not an array or an item fails.
    private static func array<T>(_ node: JSONNode, _ item: (JSONNode) -> T?) -> [T]? {
        guard case .array(let items) = node.value else { return nil }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for node in items {
            guard let value = item(node) else { return nil }
            result.append(value)
        }
        return result
    }

    private static func strings(_ node: JSONNode) -> [String]? {
        array(node) { if case .string(let string) = $0.value { string } else { nil } }
    }

    /// An object whose keys are unique and all allowed (`$schema` always is), as `StrictJSONDecoder` requires.
    private struct Object {
        let node: JSONNode
        let members: [JSONMember]

        init?<Key: CodingKey & CaseIterable & RawRepresentable>(_ node: JSONNode, allowed: Key.Type) where Key.RawValue == String {
            guard case .object(let members) = node.value, Object.uniqueKeys(members) else { return nil }
            for member in members where member.key != "$schema" && Key(rawValue: member.key) == nil { return nil }
            self.node = node
            self.members = members
        }

        static func uniqueKeys(_ members: [JSONMember]) -> Bool {
            for (index, member) in members.enumerated() where index > 0 {
                for earlier in members[..<index] where earlier.key == member.key { return false }
            }
            return true
        }

        /// The member's value when present and not null (as `decodeIfPresent` reads it).
        func present(_ key: String) -> JSONNode? {
            guard let node = members.first(where: { $0.key == key })?.node, node.value != .null else { return nil }
            return node
        }

        /// The member's value, present (null included, which then fails its type), or nil when missing.
        func required(_ key: String) -> JSONNode? { members.first { $0.key == key }?.node }

        func string(_ key: String) -> String? {
            if case .string(let string)? = required(key)?.value { return string }
            return nil
        }

        /// `.some(nil)` when absent or null, `.some(value)` for a string, nil (a failure) for another type.
        func optionalString(_ key: String) -> String?? {
            guard let node = present(key) else { return .some(nil) }
            if case .string(let string) = node.value { return .some(string) }
            return nil
        }

        func optionalBool(_ key: String) -> Bool?? {
            guard let node = present(key) else { return .some(nil) }
            if case .bool(let bool) = node.value { return .some(bool) }
            return nil
        }

        func optionalStrings(_ key: String) -> [String]?? {
            guard let node = present(key) else { return .some(nil) }
            guard let items = PackFastDecoder.strings(node) else { return nil }
            return .some(items)
        }
    }
}
