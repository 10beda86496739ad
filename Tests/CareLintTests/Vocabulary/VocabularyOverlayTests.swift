import Foundation
import Testing
@testable import CareLint

/// A user pack loaded after the built-in packs extends their compiled tables (`VocabularyBuilder.extend`) instead
/// of rebuilding them; these tests check it finds exactly what a build of every pack at run time finds, with a
/// pack that overrides built-in forms, shares a built-in list, and adds longer and shorter patterns over built-in
/// terms.
@Suite("User packs over the compiled vocabulary")
struct VocabularyOverlayTests {
    /// Over the built-in packs: "adjunct therapies" (a generated plural of the built-in "adjunct therapy") as a
    /// term of its own, which wins over the inflection; "acyclovir tablet", longer than the built-in "acyclovir";
    /// "active", a prefix of the built-in "active treatment"; a spelling pair on a built-in term; the built-in
    /// list "hedges" extended, a new list, and a rule whose patterns are built-in terms.
    static let overridingPack = #"""
    {"name": "house", "concepts": [
      {"id": "house/adjunct-therapies", "term": "adjunct therapies", "category": "treatment"},
      {"id": "house/acyclovir-tablet", "term": "acyclovir tablet", "variants": ["zorbix tablet"], "avoid": ["zorbix pill"],
       "acronym": "ZQX", "category": "treatment"},
      {"id": "house/active", "term": "active", "category": "general", "spelling": {"en-GB": "activ"}}],
     "spellings": [{"en-US": "acetaminophen", "en-GB": "paracetamolle"}],
     "lists": {"hedges": ["might possibly", "adjunct agent"], "house-list": ["zorbix", "active treatment"]},
     "rules": [{"id": "house/agents", "kind": "existence", "severity": "warning", "summary": "s", "message": "m",
       "unlessSentenceHas": ["?"], "entries": [{"pattern": "adjunct agent"}, {"pattern": "active"}, {"pattern": "zorbix"}]}]}
    """#

    static var builtIns: [PackSource] { VocabularyLoader.builtInNames.compactMap { VocabularyLoader.builtInSources[$0] } }

    static let userSource = PackSource(file: "house.json", bytes: Array(overridingPack.utf8))

    static let userText = """
        The adjunct therapies and adjunct therapy help. Take the acyclovir tablet, not acyclovir alone. \
        A zorbix tablet or a zorbix pill? The ZQX and ZQXs work. Active treatment is active; stay activ. \
        Paracetamolle is acetaminophen. It might possibly help, and an adjunct agent may too.\n
        """

    @Test("A user pack after the built-in packs extends the compiled tables and matches as a full run-time build")
    func overlayMatchesRebuild() throws {
        let overlay = try VocabularyLoader.load(Self.builtIns + [Self.userSource])
        #expect(overlay.tables.conceptTrie.hasCompiledBase, "the user pack rebuilt the built-in tables")
        var builder = try VocabularyLoader.builder(Self.builtIns + [Self.userSource], crossChecked: true)
        let rebuilt = builder.build()
        #expect(!rebuilt.tables.conceptTrie.hasCompiledBase)
        #expect(overlay.concepts == rebuilt.concepts && overlay.lists == rebuilt.lists && overlay.rules == rebuilt.rules)

        let text = CompiledVocabularyTests.sample(rebuilt) + Self.userText
        let document = ParsedDocument(SourceDocument(path: "sample.md", text: text, format: .markdown))
        let overlayIDs = overlay.wordIDs(for: document)
        let rebuiltIDs = rebuilt.wordIDs(for: document)
        // Ids differ between the two (the overlay numbers the user's words after the built-in ones); which tokens
        // are words of the vocabulary does not.
        #expect(overlayIDs.map { $0 >= 0 } == rebuiltIDs.map { $0 >= 0 })

        let terms = overlay.termMatches(in: document, wordIDs: overlayIDs)
        #expect(terms.count > 500)
        let sameTerms = terms == rebuilt.termMatches(in: document, wordIDs: rebuiltIDs)
        #expect(sameTerms, "the term matches differ")
        let spellings = overlay.spellingMatches(in: document, wordIDs: overlayIDs)
        let rebuiltSpellings = rebuilt.spellingMatches(in: document, wordIDs: rebuiltIDs)
        #expect(spellings.map(\.range) == rebuiltSpellings.map(\.range))
        #expect(spellings.map(\.form) == rebuiltSpellings.map(\.form))
        let patterns = overlay.patternMatches(in: document, wordIDs: overlayIDs).map { [$0.start, $0.end, $0.form.rule, $0.form.entry] }
        #expect(patterns == rebuilt.patternMatches(in: document, wordIDs: rebuiltIDs).map { [$0.start, $0.end, $0.form.rule, $0.form.entry] })
        for name in rebuilt.lists.keys.sorted() {
            let found = overlay.listMatches(name, in: document, wordIDs: overlayIDs).map { [$0.start, $0.end, $0.entry] }
            #expect(found == rebuilt.listMatches(name, in: document, wordIDs: rebuiltIDs).map { [$0.start, $0.end, $0.entry] }, "\(name)")
        }

        // The user's forms are found where they override or extend the built-in ones.
        func concept(of phrase: String) -> String? {
            guard let range = text.range(of: phrase) else { return nil }
            let start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
            let end = start + phrase.utf8.count
            return terms.first { $0.range == start..<end }.map { overlay.concepts[$0.form.concept].id }
        }
        #expect(concept(of: "adjunct therapies") == "house/adjunct-therapies")
        #expect(concept(of: "adjunct therapy") == "adjunct-therapy")
        #expect(concept(of: "acyclovir tablet") == "house/acyclovir-tablet")
        #expect(concept(of: "acyclovir alone") == nil)
        #expect(concept(of: "Active treatment") == "active-treatment")
        #expect(concept(of: "ZQXs") == "house/acyclovir-tablet")
        let hedges = overlay.listMatches("hedges", in: document, wordIDs: overlayIDs).map(\.entry)
        let builtInHedges = Self.builtIns.count > 0 ? (VocabularyLoader.builtIn.lists["hedges"]?.count ?? 0) : 0
        #expect(hedges.contains(builtInHedges) && hedges.contains(builtInHedges + 1), "the user's hedges are numbered after the built-in ones")
    }

    @Test("Packs that do not start with every built-in pack are built at run time")
    func otherOrdersRebuild() throws {
        let userFirst = try VocabularyLoader.load([Self.userSource] + Self.builtIns)
        #expect(!userFirst.tables.conceptTrie.hasCompiledBase)
        let alone = try VocabularyLoader.load([Self.userSource])
        #expect(!alone.tables.conceptTrie.hasCompiledBase)
        let document = ParsedDocument(SourceDocument(path: "sample.md", text: Self.userText, format: .markdown))
        let overlay = try VocabularyLoader.load(Self.builtIns + [Self.userSource])
        // The same concepts found, whatever the order of the packs (concept indices differ, ids do not).
        let ids = { (vocabulary: Vocabulary) in
            vocabulary.termMatches(in: document, wordIDs: vocabulary.wordIDs(for: document)).map { "\($0.range) \(vocabulary.concepts[$0.form.concept].id)" }
        }
        #expect(ids(userFirst) == ids(overlay))
    }
}
