import Foundation
import Testing
@testable import CareLint

/// The built-in packs' lexicon and tries are compiled at build time (embed-resources, `CompiledVocabulary`); these
/// tests keep that compiled form equal to the packs of Vocab/ built at run time: the same tables slot for slot, the
/// same concept forms, and the same matches on a text made of the packs' own forms.
@Suite("Compiled vocabulary")
struct CompiledVocabularyTests {
    static let vocabFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Vocab")

    /// The packs of Vocab/ on disk, as the built-in packs are named and ordered.
    static func packsOnDisk() throws -> [PackSource] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: vocabFolder.path).filter { $0.hasSuffix(".json") }
        let files = try paths.map { path in
            ("Vocab/" + path, try String(contentsOf: vocabFolder.appendingPathComponent(path), encoding: .utf8))
        }
        let sources = VocabularyLoader.packSources(files.map { (name: $0.0, text: $0.1) })
        return sources.keys.sorted().compactMap { sources[$0] }
    }

    /// The vocabulary of Vocab/ with its tables built at run time, as before they were compiled.
    static func builtAtRunTime() throws -> Vocabulary {
        var builder = try VocabularyLoader.builder(packsOnDisk(), crossChecked: false)
        return builder.build()
    }

    @Test("The built-in vocabulary reads its tables from the compiled form, which equals a build of Vocab/ at run time")
    func compiledEqualsPacks() throws {
        let compiled = try #require(CompiledVocabulary.embedded, "no compiled vocabulary; rebuild")
        let builder = try VocabularyLoader.builder(VocabularyLoader.builtInNames.compactMap { VocabularyLoader.builtInSources[$0] }, crossChecked: false)
        let decoded = try #require(builder.tables(from: compiled), "the compiled vocabulary is not of the built-in packs; rebuild")
        let fresh = try Self.builtAtRunTime()
        let expected = fresh.tables
        // The embedded literals are the encoding of a build of Vocab/ at run time, byte for byte (compared as
        // truth values: a failure printing whole tables would drown the log).
        let (keys, codes) = CompiledVocabulary.encode(
            expected, concepts: fresh.concepts.count, spellingPairs: fresh.spellingPairs.count, rules: fresh.rules.count
        )
        let sameKeys = keys.elementsEqual(UnsafeBufferPointer(start: compiled.keys.utf8Start, count: compiled.keys.utf8CodeUnitCount))
        #expect(sameKeys, "the compiled lexicon's words differ from Vocab/; rebuild")
        let sameCodes = codes.elementsEqual(UnsafeBufferPointer(start: compiled.codes.utf8Start, count: compiled.codes.utf8CodeUnitCount))
        #expect(sameCodes, "the compiled tables differ from Vocab/; rebuild")
        #expect(decoded.lexicon.count == expected.lexicon.count)
        #expect(decoded.conceptForms == expected.conceptForms)
        #expect(decoded.spellingForms == expected.spellingForms)
        #expect(decoded.ruleForms == expected.ruleForms)
        #expect(decoded.listTries.keys.sorted() == expected.listTries.keys.sorted())
        let builtInIsCompiled = VocabularyLoader.builtIn.tables == decoded && decoded.conceptTrie.hasCompiledBase
        #expect(builtInIsCompiled, "the built-in vocabulary did not take the compiled tables")
        let sameConceptData = VocabularyLoader.builtIn.concepts == fresh.concepts
        #expect(sameConceptData, "the built-in concepts differ from Vocab/")
        // Every form the run-time build made, materialised from the compiled records, is the same form.
        #expect(expected.conceptForms.count > 1_000)
        for index in stride(from: 0, to: expected.conceptForms.count, by: 13) {
            #expect(VocabularyLoader.builtIn.conceptForms[index].form(in: VocabularyLoader.builtIn.concepts)
                == expected.conceptForms[index].form(in: fresh.concepts))
        }
    }

    /// A text made of the packs' own forms: terms, variants, avoided forms, acronyms with a plural and a
    /// possessive, plurals, locale spellings, list items and rule patterns, a few to a sentence.
    static func sample(_ vocabulary: Vocabulary) -> String {
        var phrases: [String] = []
        for (index, concept) in vocabulary.concepts.enumerated() where index % 5 == 0 {
            phrases.append(concept.term)
            phrases += concept.variants.prefix(1) + concept.avoid.prefix(1) + concept.spelling.values.sorted().prefix(1)
            if let acronym = concept.acronym { phrases += [acronym, acronym + "s", acronym.lowercased()] }
            phrases.append(concept.term + "s")
        }
        for pair in vocabulary.spellingPairs.prefix(200) { phrases += [pair.gb, pair.us + "ed"] }
        for name in vocabulary.lists.keys.sorted() { phrases += vocabulary.lists[name]!.prefix(20) }
        for rule in vocabulary.rules { phrases += rule.entries.prefix(5).map(\.pattern) + rule.unlessSentenceHas.prefix(2) }
        var text = ""
        for (index, phrase) in phrases.enumerated() {
            text += "The " + phrase + (index % 4 == 3 ? ". " : " and ")
        }
        return text + "done.\n"
    }

    @Test("The compiled vocabulary finds exactly what a run-time build finds")
    func sameMatches() throws {
        let fresh = try Self.builtAtRunTime()
        let compiled = VocabularyLoader.builtIn
        let document = ParsedDocument(SourceDocument(path: "sample.md", text: Self.sample(fresh), format: .markdown))
        let freshIDs = fresh.wordIDs(for: document)
        let compiledIDs = compiled.wordIDs(for: document)
        let sameIDs = freshIDs == compiledIDs
        #expect(sameIDs, "the word ids differ")
        let terms = compiled.termMatches(in: document, wordIDs: compiledIDs)
        #expect(terms.count > 500)
        let sameTerms = terms == fresh.termMatches(in: document, wordIDs: freshIDs)
        #expect(sameTerms, "the term matches differ")
        let spellings = compiled.spellingMatches(in: document, wordIDs: compiledIDs)
        let freshSpellings = fresh.spellingMatches(in: document, wordIDs: freshIDs)
        #expect(!spellings.isEmpty)
        #expect(spellings.map(\.range) == freshSpellings.map(\.range))
        #expect(spellings.map(\.form) == freshSpellings.map(\.form))
        let patterns = compiled.patternMatches(in: document, wordIDs: compiledIDs)
        let freshPatterns = fresh.patternMatches(in: document, wordIDs: freshIDs)
        #expect(!patterns.isEmpty)
        #expect(patterns.map { [$0.start, $0.end, $0.form.rule, $0.form.entry] } == freshPatterns.map { [$0.start, $0.end, $0.form.rule, $0.form.entry] })
        for name in compiled.lists.keys.sorted() {
            let found = compiled.listMatches(name, in: document, wordIDs: compiledIDs)
            #expect(found.map { [$0.start, $0.end, $0.entry] } == fresh.listMatches(name, in: document, wordIDs: freshIDs).map { [$0.start, $0.end, $0.entry] }, "\(name)")
        }
    }

    static let userPack = #"""
    {"name": "house", "concepts": [
      {"id": "house/bile-duct", "term": "bile duct", "variants": ["biliary duct"], "avoid": ["bile tube"],
       "acronym": "BD", "category": "anatomy", "spelling": {"en-GB": "bile ducte"}},
      {"id": "house/naive-cell", "term": "naïve cell", "category": "general"}],
     "spellings": [{"en-US": "color", "en-GB": "colour"}],
     "lists": {"hedges": ["may", "might well"]},
     "rules": [{"id": "house/cure", "kind": "existence", "severity": "warning", "summary": "s", "message": "m",
       "unlessSentenceHas": ["?"], "entries": [{"pattern": "cures"}, {"pattern": "Miracle cure"}]}]}
    """#

    @Test("Tables encode and decode to the same tables; codes of other packs, another version or cut short are refused")
    func roundTrip() throws {
        var builder = try VocabularyLoader.builder([PackSource(file: "house.json", bytes: Array(Self.userPack.utf8))], crossChecked: true)
        let counts = builder.counts
        let tables = builder.buildTables()
        #expect(counts.concepts == 2 && counts.spellingPairs == 1 && counts.rules == 1)
        let (keys, codes) = CompiledVocabulary.encode(tables, concepts: counts.concepts, spellingPairs: counts.spellingPairs, rules: counts.rules)
        #expect(String(decoding: keys, as: UTF8.self).contains("naïve"))
        // The tables are read in place: the buffers stay allocated until the test ends.
        var buffers: [UnsafeMutableBufferPointer<UInt8>] = []
        defer { for buffer in buffers { buffer.deallocate() } }
        func stable(_ bytes: [UInt8]) -> UnsafeBufferPointer<UInt8> {
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
            _ = buffer.initialize(from: bytes)
            buffers.append(buffer)
            return UnsafeBufferPointer(start: buffer.baseAddress, count: bytes.count)
        }
        func decode(_ codes: [UInt8], concepts: Int = 2, lists: [String] = ["hedges"]) -> VocabularyTables? {
            CompiledVocabulary.decode(
                keys: stable(keys), codes: stable(codes), concepts: concepts, spellingPairs: 1, rules: 1, listNames: lists, checked: true
            )
        }
        let decoded = try #require(decode(codes))
        #expect(decoded.conceptForms == tables.conceptForms && decoded.spellingForms == tables.spellingForms && decoded.ruleForms == tables.ruleForms)
        #expect(decoded.lexicon.lookup(Array("NAÏVE".utf8)) == tables.lexicon.lookup(Array("naïve".utf8)))
        #expect(decoded.lexicon.lookup(Array("absent".utf8)) == -1)
        let again = CompiledVocabulary.encode(decoded, concepts: counts.concepts, spellingPairs: counts.spellingPairs, rules: counts.rules)
        #expect(again.keys == keys && again.codes == codes, "tables read in place encode to other codes")
        #expect(decode(codes, concepts: 3) == nil)
        #expect(decode(codes, lists: []) == nil)
        #expect(decode(Array(codes.dropLast(4))) == nil)
        #expect(decode(codes + codes.suffix(4)) == nil)
        var otherVersion = codes
        otherVersion[3] += 1
        #expect(decode(otherVersion) == nil)
        // A child past the last node is refused when checked (the first trie's first child code).
        var badChild = codes
        let trieStart = (5 + 2 + tables.lexicon.count + 1024) * 4
        #expect(decode(badChild) != nil)
        for slotStart in stride(from: trieStart + 16, to: badChild.count, by: 12) where badChild[slotStart + 8..<slotStart + 12] != [0x30, 0x30, 0x30, 0x30] {
            badChild[slotStart + 8..<slotStart + 12] = [0x3F, 0x30, 0x30, 0x30]
            break
        }
        #expect(decode(badChild) == nil)
    }
}
