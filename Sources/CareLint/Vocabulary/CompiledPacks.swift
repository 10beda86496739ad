import Foundation

/// The built-in packs' own data (names, concepts, spelling pairs, lists, rules), compiled at build time by
/// `embed-resources` into two string literals, so a run parses no JSON at start: the spelling pairs, lists and
/// rules are read from codes (a few numbers and strings each), and a concept is made only when a rule reads it
/// (`ConceptList`).
///
/// The format (one place: `encode` writes it, `CompiledPacks.init`, `packs()` and `concept(_:)` read it; a test
/// keeps the embedded form equal to a run-time read of `Vocab/`):
/// - `text`: every string back to back (valid UTF-8: each string is whole).
/// - `codes`: 4-byte codes (`CodeWriter`). A string is two codes, its start in `text` and its length; an optional
///   string is its start and length + 1 (0: none); a string list is its count, then its strings.
///   The header: the version, the count of packs, the count of concepts, the code index of the concept table.
///   Each pack: name, version (optional), description (optional), its count of concepts, its spelling pairs
///   (count, then en-US and en-GB strings), its lists in name order (count, then name and string list), its
///   rules (count, then each rule, see `encodeRule`). Then the concept table: each concept's code index, and
///   the concepts (see `encodeConcept`).
struct CompiledPacks: @unchecked Sendable { // read-only memory that outlives it (static literals, or a test's buffers)
    let text: UnsafeBufferPointer<UInt8>
    let codes: UnsafeBufferPointer<UInt8>
    /// How many packs and concepts, and the code index of the concept table.
    let packCount: Int, conceptCount: Int, conceptTable: Int

    /// The format's version; a different one is not read.
    static let version = 1

    /// Reads the header; nil when the codes are of another version or too short.
    init?(text: UnsafeBufferPointer<UInt8>, codes: UnsafeBufferPointer<UInt8>) {
        var reader = CodeReader(codes)
        guard reader.next() == Self.version else { return nil }
        packCount = reader.next()
        conceptCount = reader.next()
        conceptTable = reader.next()
        guard !reader.overran, packCount >= 0, conceptCount >= 0, conceptTable >= 0,
              (conceptTable + conceptCount) * 4 <= codes.count else { return nil }
        self.text = text
        self.codes = codes
    }

    /// The embedded literals' packs.
    init?(text: StaticString, codes: StaticString) {
        self.init(
            text: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount),
            codes: UnsafeBufferPointer(start: codes.utf8Start, count: codes.utf8CodeUnitCount)
        )
    }

    /// One pack's data, with its concepts' count instead of its concepts.
    struct Pack {
        var name: String
        var version: String?
        var description: String?
        var conceptCount: Int
        var spellings: [SpellingPair]
        var lists: [String: [String]]
        var rules: [PackRule]
    }

    /// Every pack's data but its concepts, in order; nil when the codes are malformed.
    func packs() -> [Pack]? {
        var reader = CodeReader(codes)
        reader.skip(4)
        var packs: [Pack] = []
        packs.reserveCapacity(packCount)
        for _ in 0..<packCount {
            let name = string(&reader), version = optionalString(&reader), description = optionalString(&reader)
            let concepts = reader.next()
            let pairCount = reader.next()
            guard pairCount >= 0, pairCount * 16 <= codes.count else { return nil }
            var spellings: [SpellingPair] = []
            spellings.reserveCapacity(pairCount)
            for _ in 0..<pairCount { spellings.append(SpellingPair(us: string(&reader), gb: string(&reader))) }
            let listCount = reader.next()
            guard listCount >= 0, listCount * 12 <= codes.count else { return nil }
            var lists: [String: [String]] = [:]
            for _ in 0..<listCount {
                let listName = string(&reader)
                lists[listName] = strings(&reader)
            }
            let ruleCount = reader.next()
            guard ruleCount >= 0, ruleCount * 40 <= codes.count else { return nil }
            var rules: [PackRule] = []
            for _ in 0..<ruleCount {
                guard let rule = rule(&reader) else { return nil }
                rules.append(rule)
            }
            guard !reader.overran, concepts >= 0 else { return nil }
            packs.append(Pack(
                name: name, version: version, description: description, conceptCount: concepts, spellings: spellings,
                lists: lists, rules: rules
            ))
        }
        guard reader.index == conceptTable, packs.reduce(0, { $0 + $1.conceptCount }) == conceptCount else { return nil }
        return packs
    }

    /// The packs whole, concepts included (for loads that validate user packs against the built-in ones).
    func vocabularyPacks() -> [VocabularyPack]? {
        guard let packs = packs() else { return nil }
        var first = 0
        return packs.map { pack in
            var whole = VocabularyPack(
                name: pack.name, concepts: (first..<first + pack.conceptCount).map(concept), spellings: pack.spellings,
                lists: pack.lists, rules: pack.rules
            )
            whole.version = pack.version
            whole.description = pack.description
            first += pack.conceptCount
            return whole
        }
    }

    /// Concept number `index` (0..<conceptCount), made from its codes.
    func concept(_ index: Int) -> Concept {
        var reader = CodeReader(codes)
        reader.skip(CompiledCodes.code(codes.baseAddress!, conceptTable + index))
        var concept = Concept(id: string(&reader), term: string(&reader))
        let flags = reader.next()
        concept.plainIsExact = flags & 1 != 0
        concept.defineOnFirstUse = flags & 2 != 0
        concept.wellKnown = flags & 4 != 0
        let categories = ConceptCategory.allCases
        concept.category = categories[min(max(flags >> 8, 0), categories.count - 1)]
        concept.definition = optionalString(&reader)
        concept.acronym = optionalString(&reader)
        concept.variants = strings(&reader)
        concept.avoid = strings(&reader)
        concept.plain = strings(&reader)
        concept.broader = strings(&reader)
        concept.notBroader = strings(&reader)
        let spellingCount = reader.next()
        for _ in 0..<max(spellingCount, 0) {
            let locale = reader.next() == 0 ? "en-GB" : "en-US"
            concept.spelling[locale] = string(&reader)
        }
        concept.sources = strings(&reader)
        return concept
    }

    /// The id of concept number `index`, without the rest of it.
    func conceptID(_ index: Int) -> String {
        var reader = CodeReader(codes)
        reader.skip(CompiledCodes.code(codes.baseAddress!, conceptTable + index))
        return string(&reader)
    }

    private func string(_ reader: inout CodeReader) -> String {
        let start = reader.next(), length = reader.next()
        guard start >= 0, length >= 0, start + length <= text.count else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<start + length]), as: UTF8.self)
    }

    private func optionalString(_ reader: inout CodeReader) -> String? {
        let start = reader.next(), length = reader.next() - 1
        guard start >= 0, length >= 0, start + length <= text.count else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<start + length]), as: UTF8.self)
    }

    private func strings(_ reader: inout CodeReader) -> [String] {
        let count = reader.next()
        guard count > 0, count * 8 <= codes.count else { return [] }
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count { strings.append(string(&reader)) }
        return strings
    }

    private func rule(_ reader: inout CodeReader) -> PackRule? {
        let id = string(&reader)
        let kind = reader.next(), severity = reader.next()
        guard PackRuleKind.allCases.indices.contains(kind), SeveritySetting.allCases.indices.contains(severity) else { return nil }
        let summary = string(&reader), rationale = optionalString(&reader), message = string(&reader)
        let flags = reader.next()
        let unless = strings(&reader), supersedes = strings(&reader)
        let entryCount = reader.next()
        guard entryCount >= 0, entryCount * 24 <= codes.count else { return nil }
        var entries: [PackRuleEntry] = []
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            entries.append(PackRuleEntry(pattern: string(&reader), replacement: optionalString(&reader), message: optionalString(&reader)))
        }
        var examples: PackRuleExamples?
        if flags & 4 != 0 {
            func list() -> [PackRuleExample] {
                let count = reader.next()
                guard count > 0, count * 16 <= codes.count else { return [] }
                return (0..<count).map { _ in PackRuleExample(text: string(&reader), fixed: optionalString(&reader)) }
            }
            let triggering = list()
            examples = PackRuleExamples(triggering: triggering, nonTriggering: list())
        }
        return PackRule(
            id: id, kind: PackRuleKind.allCases[kind], severity: SeveritySetting.allCases[severity], summary: summary,
            rationale: rationale, message: message, caseSensitive: flags & 1 != 0, wholeBlock: flags & 2 != 0,
            unlessSentenceHas: unless, supersedes: supersedes, entries: entries, examples: examples
        )
    }
}

extension CompiledPacks {
    /// The two literals' contents for `packs` (`embed-resources`).
    static func encode(_ packs: [VocabularyPack]) -> (text: [UInt8], codes: [UInt8]) {
        var encoder = PackEncoder()
        let concepts = packs.reduce(0) { $0 + $1.concepts.count }
        var header = CodeWriter()
        for value in [version, packs.count, concepts] { header.append(value) }
        var body = CodeWriter()
        for pack in packs {
            encoder.string(pack.name, &body)
            encoder.optional(pack.version, &body)
            encoder.optional(pack.description, &body)
            body.append(pack.concepts.count)
            body.append(pack.spellings.count)
            for pair in pack.spellings {
                encoder.string(pair.us, &body)
                encoder.string(pair.gb, &body)
            }
            body.append(pack.lists.count)
            for (name, items) in pack.lists.sorted(by: { $0.key < $1.key }) {
                encoder.string(name, &body)
                encoder.strings(items, &body)
            }
            body.append(pack.rules.count)
            for rule in pack.rules { encoder.rule(rule, &body) }
        }
        // The concept table follows the header (4 codes) and the packs; the concepts follow the table.
        let table = 4 + body.bytes.count / 4
        header.append(table)
        var records = CodeWriter()
        var offsets: [Int] = []
        for pack in packs {
            for concept in pack.concepts {
                offsets.append(table + concepts + records.bytes.count / 4)
                encoder.concept(concept, &records)
            }
        }
        var codes = header
        codes.append(bytes: body.bytes)
        for offset in offsets { codes.append(offset) }
        codes.append(bytes: records.bytes)
        return (encoder.text, codes.bytes)
    }
}

/// Writes strings into the text and their places as codes (`CompiledPacks.encode`).
private struct PackEncoder {
    var text: [UInt8] = []

    mutating func string(_ value: String, _ writer: inout CodeWriter) {
        writer.append(text.count)
        writer.append(value.utf8.count)
        text += value.utf8
    }

    mutating func optional(_ value: String?, _ writer: inout CodeWriter) {
        guard let value else {
            writer.append(0)
            writer.append(0)
            return
        }
        writer.append(text.count)
        writer.append(value.utf8.count + 1)
        text += value.utf8
    }

    mutating func strings(_ values: [String], _ writer: inout CodeWriter) {
        writer.append(values.count)
        for value in values { string(value, &writer) }
    }

    /// Id, term, flags (plainIsExact 1, defineOnFirstUse 2, wellKnown 4, the category's index << 8), definition and
    /// acronym (optional), variants, avoid, plain, broader, notBroader (string lists), the spellings (count, then
    /// locale 0 en-GB or 1 en-US and the string, by locale), sources (string list).
    mutating func concept(_ concept: Concept, _ writer: inout CodeWriter) {
        string(concept.id, &writer)
        string(concept.term, &writer)
        let category = ConceptCategory.allCases.firstIndex(of: concept.category) ?? 0
        writer.append((concept.plainIsExact ? 1 : 0) | (concept.defineOnFirstUse ? 2 : 0) | (concept.wellKnown ? 4 : 0) | category << 8)
        optional(concept.definition, &writer)
        optional(concept.acronym, &writer)
        for list in [concept.variants, concept.avoid, concept.plain, concept.broader, concept.notBroader] { strings(list, &writer) }
        writer.append(concept.spelling.count)
        for (locale, spelling) in concept.spelling.sorted(by: { $0.key < $1.key }) {
            precondition(locale == "en-GB" || locale == "en-US", "a concept's spelling is en-GB or en-US")
            writer.append(locale == "en-GB" ? 0 : 1)
            string(spelling, &writer)
        }
        strings(concept.sources, &writer)
    }

    /// Id, kind and severity (indices in their `allCases`), summary, rationale (optional), message, flags
    /// (caseSensitive 1, wholeBlock 2, has examples 4), unlessSentenceHas, supersedes, the entries (count, then
    /// pattern, replacement and message, the last two optional), and with examples the triggering and the
    /// non-triggering ones (count, then text and fixed, optional).
    mutating func rule(_ rule: PackRule, _ writer: inout CodeWriter) {
        string(rule.id, &writer)
        writer.append(PackRuleKind.allCases.firstIndex(of: rule.kind) ?? 0)
        writer.append(SeveritySetting.allCases.firstIndex(of: rule.severity) ?? 0)
        string(rule.summary, &writer)
        optional(rule.rationale, &writer)
        string(rule.message, &writer)
        writer.append((rule.caseSensitive ? 1 : 0) | (rule.wholeBlock ? 2 : 0) | (rule.examples != nil ? 4 : 0))
        strings(rule.unlessSentenceHas, &writer)
        strings(rule.supersedes, &writer)
        writer.append(rule.entries.count)
        for entry in rule.entries {
            string(entry.pattern, &writer)
            optional(entry.replacement, &writer)
            optional(entry.message, &writer)
        }
        if let examples = rule.examples {
            for list in [examples.triggering, examples.nonTriggering] {
                writer.append(list.count)
                for example in list {
                    string(example.text, &writer)
                    optional(example.fixed, &writer)
                }
            }
        }
    }
}
