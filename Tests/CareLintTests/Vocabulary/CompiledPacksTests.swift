import Foundation
import Testing
@testable import CareLint

/// The built-in packs' own data is compiled at build time (`CompiledPacks`) and read without JSON at start; these
/// tests keep it equal to a run-time read of Vocab/, and check the format round-trips every field.
@Suite("Compiled packs")
struct CompiledPacksTests {
    /// Vocab/ read at run time, pack by pack, as the library reads a pack.
    static func packsOnDisk() throws -> [VocabularyPack] {
        try CompiledVocabularyTests.packsOnDisk().map { try VocabularyLoader.read($0).get().0 }
    }

    @Test("The compiled packs equal Vocab/ read at run time, and the built-in vocabulary reads nothing else")
    func compiledEqualsVocab() throws {
        let compiled = try #require(CompiledVocabulary.embedded?.packs, "no compiled packs; rebuild")
        let expected = try Self.packsOnDisk()
        let packs = try #require(compiled.vocabularyPacks())
        #expect(packs.map(\.name) == expected.map(\.name))
        for (pack, fresh) in zip(packs, expected) {
            let same = pack == fresh // a failure printing whole packs would drown the log
            #expect(same, "pack \(fresh.name) differs from Vocab/; rebuild")
        }
        let encoded = CompiledPacks.encode(expected)
        let sameText = encoded.text.elementsEqual(compiled.text)
        let sameCodes = encoded.codes.elementsEqual(compiled.codes)
        #expect(sameText && sameCodes, "the compiled packs are not the encoding of Vocab/; rebuild")
        // The built-in vocabulary's data is the compiled packs', concepts made on first read.
        let builtIn = VocabularyLoader.builtIn
        #expect(builtIn.concepts.compiledCount == expected.reduce(0) { $0 + $1.concepts.count })
        #expect(builtIn.packNames == expected.map(\.name))
        #expect(builtIn.spellingPairs == expected.flatMap(\.spellings))
        #expect(builtIn.rules == expected.flatMap(\.rules))
        #expect(builtIn.ruleOrigins == expected.flatMap { pack in pack.rules.map { _ in pack.name } })
        #expect(builtIn.conceptOrigins == expected.flatMap { pack in pack.concepts.map { _ in pack.name } })
        var lists: [String: [String]] = [:]
        for pack in expected { for (name, items) in pack.lists { lists[name, default: []] += items } }
        #expect(builtIn.lists == lists)
        let concepts = expected.flatMap(\.concepts)
        #expect(builtIn.concepts.count == concepts.count)
        let sameConcepts = builtIn.concepts.elementsEqual(concepts)
        #expect(sameConcepts, "a built-in concept differs from Vocab/")
        for index in stride(from: 0, to: concepts.count, by: 97) {
            #expect(builtIn.concepts.id(at: index) == concepts[index].id)
            #expect(builtIn.conceptIndex[concepts[index].id] == index)
        }
    }

    @Test("Every field round-trips: optionals absent and present, spellings, lists, rules with and without examples")
    func roundTrip() throws {
        var full = Concept(
            id: "x/one", term: "naïve cell", variants: ["a", "b c"], avoid: ["d"], plain: ["plain one", "two"],
            plainIsExact: true, definition: "A cell.", defineOnFirstUse: true, acronym: "NC", wellKnown: true,
            category: .drug, broader: ["x/two"], notBroader: ["x/three"], spelling: ["en-GB": "naive cel", "en-US": "naïve cell"],
            sources: ["s1", ""]
        )
        full.definition = "A cell — “quoted”."
        let bare = Concept(id: "x/two", term: "t")
        let rule = PackRule(
            id: "x/rule", kind: .substitution, severity: .off, summary: "s", rationale: nil, message: "m {match}",
            caseSensitive: true, wholeBlock: false, unlessSentenceHas: ["?"], supersedes: ["x/other"],
            entries: [PackRuleEntry(pattern: "p", replacement: "r", message: nil), PackRuleEntry(pattern: "q", replacement: nil, message: "")],
            examples: PackRuleExamples(triggering: [PackRuleExample(text: "1️⃣p", fixed: "r")], nonTriggering: [])
        )
        let plainRule = PackRule(
            id: "x/plain", kind: .existence, severity: .warning, summary: "", rationale: "why", message: "m",
            caseSensitive: false, wholeBlock: true, unlessSentenceHas: [], entries: [], examples: nil
        )
        var first = VocabularyPack(name: "x", concepts: [full, bare], spellings: [SpellingPair(us: "color", gb: "colour")], lists: ["b": ["1"], "a": []], rules: [rule])
        first.version = "1.0"
        var second = VocabularyPack(name: "y/z", rules: [plainRule])
        second.description = ""
        let (text, codes) = CompiledPacks.encode([first, second])
        let packs = try text.withUnsafeBufferPointer { text in
            try codes.withUnsafeBufferPointer { codes in
                let compiled = try #require(CompiledPacks(text: text, codes: codes))
                #expect(compiled.conceptID(1) == "x/two")
                return try #require(compiled.vocabularyPacks())
            }
        }
        #expect(packs == [first, second])
        var otherVersion = codes
        otherVersion[3] += 1
        let refused = text.withUnsafeBufferPointer { text in otherVersion.withUnsafeBufferPointer { CompiledPacks(text: text, codes: $0) } }
        #expect(refused == nil)
    }

    @Test("A user pack after the built-in ones is read alone and checked against them, with the same messages")
    func userPackAfterBuiltIns() throws {
        let builtIns = VocabularyLoader.builtInNames.compactMap { VocabularyLoader.builtInSources[$0] }
        #expect(VocabularyLoader.compiledBase(of: builtIns) != nil)
        #expect(VocabularyLoader.compiledBase(of: Array(builtIns.dropFirst())) == nil)
        let concept = VocabularyLoader.builtIn.concepts[0]
        let clash = #"{"name": "house", "concepts": [{"id": "house/a", "term": "\#(concept.term)", "category": "general"}]}"#
        let user = PackSource(file: "house.json", bytes: Array(clash.utf8))
        do {
            _ = try VocabularyLoader.load(builtIns + [user])
            Issue.record("a term of a built-in concept was accepted in a user pack")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.description.hasPrefix("house.json:1:"))
            #expect(error.description.contains("already belongs to concept \"\(concept.id)\" (<built-in>/\(VocabularyLoader.builtInNames[0]).json:"))
        }
        // A pack that loads: the vocabulary equals one built from every pack's JSON at run time.
        let fine = PackSource(file: "fine.json", bytes: Array(#"{"name": "fine", "concepts": [{"id": "fine/a", "term": "zzyzx tube", "category": "general"}]}"#.utf8))
        let loaded = try VocabularyLoader.load(builtIns + [fine])
        var rebuilt = try VocabularyLoader.builder(builtIns + [fine], crossChecked: true)
        let reference = rebuilt.build()
        #expect(loaded.concepts == reference.concepts)
        #expect(loaded.conceptOrigins == reference.conceptOrigins && loaded.packNames == reference.packNames)
        #expect(loaded.lists == reference.lists && loaded.rules == reference.rules && loaded.spellingPairs == reference.spellingPairs)
        #expect(loaded.tables.conceptForms == reference.tables.conceptForms)
    }
}
