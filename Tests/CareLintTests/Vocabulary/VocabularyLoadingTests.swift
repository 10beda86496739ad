import Testing
@testable import CareLint

private func load(_ json: String, file: String = "house.json") -> Result<Vocabulary, VocabularyError> {
    do {
        return .success(try VocabularyLoader.load([PackSource(file: file, bytes: Array(json.utf8))]))
    } catch {
        return .failure(error)
    }
}

private func errors(_ json: String) -> [String] {
    switch load(json) {
    case .success: return []
    case .failure(let failure): return failure.errors.map(\.description)
    }
}

@Suite("Vocabulary loading")
struct VocabularyLoadingTests {
    @Test("Bad JSON names file, line and column")
    func syntax() {
        #expect(errors("{\n  \"name\": \"house\",\n  \"concepts\": [,]\n}") == [
            "house.json:3:16: error: unexpected ','; expected a value (object, array, string, number, true, false or null)",
        ])
    }

    @Test("A wrong type says what was expected")
    func wrongType() {
        #expect(errors(#"{"name": "house", "concepts": [{"id": "a", "term": 3, "category": "general"}]}"#) == [
            "house.json:1:52: error: expected a string, found a number",
        ])
    }

    @Test("An unknown key suggests the nearest valid one")
    func unknownKey() {
        #expect(errors(#"{"name": "house", "concepts": [{"id": "a", "term": "b", "plian": ["c"], "category": "general"}]}"#) == [
            "house.json:1:57: error: unknown key \"plian\"; did you mean \"plain\"?",
        ])
    }

    @Test("Duplicate ids, a term claimed by two concepts, empty terms and unknown relations are all reported")
    func semantic() {
        let json = """
        {"name": "house", "concepts": [
          {"id": "a", "term": "liver scan", "category": "test", "broader": ["imaging"]},
          {"id": "a", "term": "belly scan", "category": "test"},
          {"id": "c", "term": "Liver Scan", "category": "test", "variants": ["  "]}
        ]}
        """
        #expect(errors(json) == [
            "house.json:2:69: error: broader names unknown concept \"imaging\"",
            "house.json:3:10: error: duplicate concept id \"a\"; it is already defined at house.json:2:10",
            "house.json:4:23: error: the term \"Liver Scan\" already belongs to concept \"a\" (house.json:2:23); a term may name only one concept",
            "house.json:4:70: error: empty term; write the word or phrase, or remove the entry",
        ])
    }

    @Test("Deep nesting is refused, not recursed into")
    func depth() {
        let json = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(errors(json).first?.contains("nesting deeper than 64 levels") == true)
    }
}

@Suite("Term matching")
struct TermMatchingTests {
    static let vocabulary: Vocabulary = {
        let json = #"""
        {"name": "t", "concepts": [
          {"id": "hepatic", "term": "hepatic", "plain": ["liver"], "category": "general"},
          {"id": "hai", "term": "hepatic arterial infusion", "acronym": "HAI", "category": "treatment"},
          {"id": "tumor", "term": "tumor", "spelling": {"en-GB": "tumour"}, "category": "condition"},
          {"id": "metastasis", "term": "metastasis", "variants": ["metastases", "metastasize"], "category": "condition"},
          {"id": "pet", "term": "positron emission tomography", "acronym": "PET", "wellKnown": true, "category": "test"}
        ]}
        """#
        return try! VocabularyLoader.load([PackSource(file: "t.json", bytes: Array(json.utf8))])
    }()

    private func matches(_ text: String) -> [String] {
        let document = ParsedDocument(SourceDocument(path: "a.md", text: text))
        let vocabulary = Self.vocabulary
        return vocabulary.termMatches(in: document, wordIDs: vocabulary.wordIDs(for: document)).map { match in
            "\(document.text(in: match.range))=\(vocabulary.concepts[match.form.concept].id)"
        }
    }

    @Test("Longest match first, case-insensitive, across a line break but not across sentences")
    func phrases() {
        #expect(matches("A Hepatic\narterial infusion. Hepatic. Arterial infusion.") == ["Hepatic\narterial infusion=hai", "Hepatic=hepatic"])
        #expect(matches("The hepatic. Arterial infusion helps.") == ["hepatic=hepatic"])
    }

    @Test("Regular plurals, verb forms and locale spellings match; acronyms only in capitals")
    func inflections() {
        #expect(matches("Tumors and tumours metastasized; PETs help, pets do not; the HAI.") ==
            ["Tumors=tumor", "tumours=tumor", "metastasized=metastasis", "PETs=pet", "HAI=hai"])
    }
}
