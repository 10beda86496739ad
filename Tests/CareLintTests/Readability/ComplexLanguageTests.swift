import Testing
@testable import CareLint

@Suite("ComplexLanguage")
struct ComplexLanguageTests {
    func measure(_ text: String) -> ComplexLanguage {
        let document = ParsedDocument(SourceDocument(path: "page.md", text: text, format: .markdown))
        return ComplexLanguage(DocumentAnalysis(document: document, vocabulary: VocabularyLoader.builtIn, configuration: ResolvedConfiguration(), knownRules: []))
    }

    @Test("Jargon, uncommon words and unexpanded acronyms count; headings, names, known and introduced acronyms do not")
    func share() {
        let complex = measure("""
            # Esophagus care

            Food moves down the lumen. The lumen is a tube. Ask about the hepatic artery and an EGD. \
            Platelets and DNA tests help. Magnetic resonance imaging (MRI) is safe. An MRI is quick. Dr. Spleen is here.
            """)
        // Graded words: 5 + 5 + 8 + 5 + 6 + 4 + 4 = 37 (the heading is not graded prose).
        #expect(complex.words == 37)
        // lumen ×2 (uncommon), "hepatic" (jargon: a vocabulary term with a plain word), EGD (acronym); "Platelets"
        // is a term the packs define without asking for an explanation (readers know it); DNA and MRI are known or
        // introduced; "Spleen" inside a sentence is a name. 4 of 37 is 10.8%.
        #expect(complex.complexWords == 4)
        #expect(complex.percentText == "11%")
        #expect(complex.figureText == "11% (4 of 37 words)")
        #expect(complex.mostFrequent.map(\.text) == ["lumen", "EGD", "hepatic"])
        #expect(complex.mostFrequent.map(\.count) == [2, 1, 1])
        #expect(complex.mostFrequent.map(\.kind) == [.uncommon, .acronym, .jargon])
        #expect(complex.mostFrequentText == "lumen 2, EGD 1, hepatic 1")
    }

    @Test("Plain text has no complex words; an empty page has a share of zero")
    func plain() {
        let complex = measure("Drink water and rest. Call us if you feel worse.")
        #expect(complex.words == 10)
        #expect(complex.complexWords == 0)
        #expect(complex.mostFrequent.isEmpty)
        #expect(measure("").share == 0)
    }

    @Test("Uncommon: medical words beyond SCOWL size 50 and reviewed clinical words, with their plurals; not everyday words, well-known terms or a final -ys")
    func uncommon() {
        for word in ["esophagus", "spleen", "serum", "secretions", "macula", "lumen", "neurotoxin", "nucleotides"] { #expect(ComplexLanguage.isUncommon(Array(word.utf8)), "\(word)") }
        // SCOWL sizes 35-50 hold everyday words that health pages use; "platelets" is on the reviewed well-known list;
        // a medicine's own name needs no explanation ("nivolumab", "ketoconazole").
        for word in ["blood", "doctor", "diabetes", "water", "bodys", "clot", "aches", "eyebrows", "occupational", "platelets", "Platelet",
                     "nivolumab", "ketoconazole"] {
            #expect(!ComplexLanguage.isUncommon(Array(word.utf8)), "\(word)")
        }
    }
}
