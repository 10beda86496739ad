import Testing
@testable import CareLint

@Suite("NearMissIndex")
struct NearMissIndexTests {
    /// A few hundred vocabulary-like words: the syllable reference's words.
    static let words: [String] = SyllableReference.tsv.split(separator: "\n").compactMap {
        $0.split(separator: "\t").first.map(String.init)
    }
    static let index = NearMissIndex(words: words)

    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        return x.withUnsafeBufferPointer { xp in y.withUnsafeBufferPointer { NearMissIndex.distance(xp, $0) } }
    }

    /// Every word within `maxDistance`, by comparing with all words: the answer the index must give.
    static func scan(_ word: String, _ maxDistance: Int) -> [String] {
        words.filter { distance(word.lowercased(), $0) <= maxDistance }.sorted()
    }

    @Test("Damerau-Levenshtein distance", arguments: [
        ("metastisis", "metastasis", 1), ("chemotheraphy", "chemotherapy", 1), ("recieve", "receive", 1),
        ("ca", "ac", 1), ("ca", "abc", 2), ("", "abc", 3), ("abc", "abc", 0), ("kitten", "sitting", 3),
        ("hepatic", "HEPATIC", 0), ("biopsy", "bipsy", 1), ("ascites", "acsites", 1),
    ])
    func distances(a: String, b: String, expected: Int) {
        let x = Array(a.utf8).map(NearMissIndex.fold), y = Array(b.utf8).map(NearMissIndex.fold)
        let d = x.withUnsafeBufferPointer { xp in y.withUnsafeBufferPointer { NearMissIndex.distance(xp, $0) } }
        #expect(d == expected)
    }

    @Test("medical misspellings")
    func misspellings() {
        #expect(Self.index.count == 1000)
        #expect(Self.index.nearMisses(of: "metastisis", maxDistance: 1).map(\.word) == ["metastasis"])
        #expect(Self.index.nearMisses(of: "metastisis", maxDistance: 1).first?.distance == 1)
        let chemo = Self.index.nearMisses(of: "chemotheraphy", maxDistance: 2)
        #expect(chemo.first?.word == "chemotherapy" && chemo.first?.distance == 1)
        #expect(Self.index.nearMisses(of: "jaundcie", maxDistance: 1).map(\.distance) == [1])  // a transposition
        #expect(Self.index.nearMisses(of: "Metastasis", maxDistance: 0).map(\.word) == ["metastasis"])
        #expect(Self.index.nearMisses(of: "zzzzzzzz", maxDistance: 2).isEmpty)
    }

    @Test("the index finds exactly what a full scan finds")
    func matchesScan() {
        let queries = ["metastisis", "chemotheraphy", "hepatik", "biopsi", "tumour", "ascities", "paracentisis",
                       "oncolgist", "ablaton", "liver", "a", "cel", "radiotherapyy", "embolisation", "xray"]
        for query in queries {
            for maxDistance in 0...2 {
                let found = Self.index.nearMisses(of: query, maxDistance: maxDistance).map(\.word).sorted()
                #expect(found == Self.scan(query, maxDistance), "\(query) within \(maxDistance)")
            }
        }
    }

    @Test("results are sorted by distance, then word")
    func ordering() {
        let results = Self.index.nearMisses(of: "cell", maxDistance: 2)
        #expect(!results.isEmpty)
        for (a, b) in zip(results, results.dropFirst()) {
            #expect(a.distance < b.distance || (a.distance == b.distance && a.word < b.word))
        }
    }

    @Test("maximum distance by length", arguments: [(1, 0), (4, 0), (5, 1), (8, 1), (9, 2), (20, 2)])
    func maxDistance(length: Int, expected: Int) {
        #expect(NearMissIndex.maxDistance(forLength: length) == expected)
    }

    @Test("duplicates differing in case are kept once, lowercase preferred")
    func duplicates() {
        let index = NearMissIndex(words: ["Polish", "polish", "police", ""])
        #expect(index.count == 2)
        #expect(index.nearMisses(of: "POLISH", maxDistance: 0).map(\.word) == ["polish"])
    }

    @Test("the vocabulary's index holds the lowercased one-word forms of five characters or more, as String lowercasing gives them")
    func vocabularyTerms() {
        let concepts = [
            Concept(id: "a", term: "Metastasis", variants: ["metastases", "liver metastasis", "mets"], avoid: ["METASTISES"],
                    spelling: ["en-GB": "Metastasis", "en-AU": "Métastase"]),
            Concept(id: "b", term: "Ménière disease", variants: ["ÉCHOGRAPHIE", "Ébola", "Éboa", "naïve"], avoid: ["tumour\r\n"]),
        ]
        var expected: Set<String> = []
        for concept in concepts {
            for form in concept.acceptedForms + concept.avoid where !form.contains(" ") && form.count >= 5 { expected.insert(form.lowercased()) }
        }
        let index = NearMissIndex.terms(of: concepts)
        #expect(Set(index.originals) == expected)
        #expect(index.count == expected.count)
        #expect(index.nearMisses(of: "metastassis", maxDistance: 1).map(\.word) == ["metastasis"])
        #expect(index.nearMisses(of: "metastisis", maxDistance: 1).map(\.word) == ["metastasis", "metastises"]) // an avoid form too
        #expect(index.nearMisses(of: "Echographie", maxDistance: 1).isEmpty) // "é" is not folded: two bytes differ
        #expect(index.nearMisses(of: "échographi", maxDistance: 1).map(\.word) == ["échographie"])
    }

    @Test("a search finds exactly what the plain distance finds, for every word of the index as a query with a typo")
    func everyWordAsQuery() {
        for word in Self.words.prefix(300) {
            let typo = String(word.dropFirst()) + "e"
            for maxDistance in 1...2 {
                #expect(Self.index.nearMisses(of: typo, maxDistance: maxDistance).map(\.word).sorted() == Self.scan(typo, maxDistance), "\(typo)")
            }
        }
    }
}

