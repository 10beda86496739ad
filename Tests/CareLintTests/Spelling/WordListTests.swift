import Testing
@testable import CareLint

@Suite("WordList")
struct WordListTests {
    static let us = WordList.builtIn(locale: "en-US")
    static let gb = WordList.builtIn(locale: "en-GB")
    static let custom = WordList(words: ["tumor", "London", "McDonald", "NASA", "follow", "up", "patient", "don't"])

    static func knows(_ list: WordList, _ word: String) -> Bool { list.contains(Array(word.utf8)) }

    @Test("the bundled lists are loaded")
    func bundled() {
        #expect(Self.us.count > 70_000)
        #expect(Self.gb.count > 70_000)
        for word in ["the", "receive", "liver", "cancer", "metastasis", "chemotherapy", "biopsy", "jaundice"] {
            #expect(Self.knows(Self.us, word), "\(word)")
        }
        #expect(!Self.knows(Self.us, "recieve"))
        #expect(!Self.knows(Self.us, "metastisis"))
        #expect(!Self.knows(Self.us, "pretigious"))
    }

    @Test("locale-only spellings")
    func locales() {
        #expect(Self.knows(Self.us, "tumor"))
        #expect(!Self.knows(Self.us, "tumour"))
        #expect(Self.knows(Self.gb, "tumour"))
        #expect(!Self.knows(Self.gb, "tumor"))
        #expect(Self.knows(Self.gb, "colour") && !Self.knows(Self.us, "colour"))
        #expect(Self.knows(WordList.builtIn(locale: "en_gb"), "tumour"))
        #expect(Self.knows(WordList.builtIn(locale: "en"), "tumor"))
    }

    @Test("case rules", arguments: [
        ("tumor", true), ("Tumor", true), ("TUMOR", true), ("tUMOR", true),
        ("London", true), ("LONDON", true), ("london", false), ("LonDon", false),
        ("McDonald", true), ("MCDONALD", true), ("Mcdonald", false), ("mcdonald", false),
        ("NASA", true), ("Nasa", false), ("nasa", false),
    ])
    func casing(word: String, known: Bool) {
        #expect(Self.knows(Self.custom, word) == known)
    }

    @Test("apostrophes, possessives and compounds", arguments: [
        ("don't", true), ("don\u{2019}t", true), ("tumor's", true), ("tumor\u{2019}s", true), ("TUMOR'S", true),
        ("London's", true), ("london's", false), ("patients'", false), ("patient's", true),
        ("follow-up", true), ("Follow-Up", true), ("follow\u{2011}up", true), ("follow-upp", false),
        ("-up", false), ("follow--up", false), ("tumor-19", true), ("2024", true), ("'s", false), ("", false),
    ])
    func tokens(word: String, known: Bool) {
        #expect(Self.knows(Self.custom, word) == known)
    }

    @Test("plural possessive with the bundled list")
    func pluralPossessive() {
        #expect(Self.knows(Self.us, "patients'"))
        #expect(Self.knows(Self.us, "doctor's"))
        #expect(Self.knows(Self.us, "well-being"))
        #expect(Self.knows(Self.us, "Cancer"))
        #expect(!Self.knows(Self.us, "Cureently"))
    }

    @Test("suggestions")
    func suggestions() {
        #expect(Self.us.suggestions(for: "recieve").first == "receive")
        #expect(Self.us.suggestions(for: "Recieve").first == "Receive")
        #expect(Self.us.suggestions(for: "RECIEVE").first == "RECEIVE")
        #expect(Self.us.suggestions(for: "pretigious").contains("prestigious"))
        #expect(Self.us.suggestions(for: "Cureently").contains("Currently"))
        #expect(Self.us.suggestions(for: "recieve", limit: 1).count == 1)
        #expect(Self.us.suggestions(for: "recieve", limit: 0).isEmpty)
        #expect(Self.custom.suggestions(for: "london") == ["London"])
        #expect(Self.custom.suggestions(for: "tumor").isEmpty)
    }
}
