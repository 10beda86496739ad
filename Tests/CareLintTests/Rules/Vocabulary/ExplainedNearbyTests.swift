import Testing
@testable import CareLint

/// The shared "explained nearby" forms, eponym conditions and rare words of the vocabulary rules.
@Suite("Vocabulary rules: explained nearby, names, rare words")
struct ExplainedNearbyTests {
    private func findings(_ text: String, _ rule: String) -> [(Int, Int, String)] {
        lint(text, only: rule).diagnostics.map { ($0.range.lowerBound, $0.range.upperBound, $0.message) }
    }

    @Test("A condition named after a person is asked to be explained as a whole, once")
    func eponymCondition() {
        let found = findings("Her son has Halvorsen syndrome. Halvorsen syndrome is rare.", "vocab/define-on-first-use")
        #expect(found.count == 1)
        #expect(found.first?.0 == 12 && found.first?.1 == 30)
        #expect(found.first?.2 == "Explain \"Halvorsen syndrome\" where it first appears; readers may not know it.")
        // Familiar names, explained names and the page's topic are left alone.
        #expect(findings("It can come with other conditions, such as Alzheimer's disease.", "vocab/define-on-first-use").isEmpty)
        #expect(findings("Halvorsen syndrome is a rare illness that weakens the muscles.", "vocab/define-on-first-use").isEmpty)
        #expect(findings("# Halvorsen syndrome\n\nHalvorsen syndrome weakens muscles.", "vocab/define-on-first-use").isEmpty)
    }

    @Test("Jargon offers no plain word inside a condition named after a person")
    func eponymNoSwap() {
        #expect(findings("Children with Fanconi anemia need regular blood tests.", "vocab/jargon").isEmpty)
        #expect(findings("Children with Crohn's disease and hepatic problems rest.", "vocab/jargon").map(\.0) == [34])
    }

    @Test("A rare medical word outside the vocabulary is asked to be explained at its first unexplained use")
    func rareWord() {
        let found = findings("The doctor used fluoroscopy to guide the needle. Fluoroscopy is quick.", "vocab/define-on-first-use")
        #expect(found.count == 1)
        #expect(found.first?.0 == 16 && found.first?.1 == 27)
        #expect(found.first?.2 == "Explain \"fluoroscopy\" where it first appears; few readers know this medical word.")
        #expect(findings("The doctor used fluoroscopy (a kind of moving x-ray) to guide the needle.", "vocab/define-on-first-use").isEmpty)
        // Not a hint of uncommon-word as well.
        #expect(findings("The doctor used fluoroscopy to guide the needle.", "vocab/uncommon-word").isEmpty)
    }

    @Test("A hard word inside an unexplained disease name flags the whole name")
    func wordInsideName() {
        let found = findings("People with autoimmune thyroid disease may need tests.", "vocab/define-on-first-use")
        #expect(found.map { [$0.0, $0.1] } == [[12, 38]])
        #expect(found.first?.2.hasPrefix("Explain \"autoimmune thyroid disease\" where it first appears: readers may not know \"autoimmune\" (") == true)
    }

    @Test("The last item of a list is not glossed by the items before it; a plain phrase before 'or' is")
    func listIsNotGloss() {
        let found = findings("The glands may include the parathyroids, pancreas, or pituitary.", "vocab/define-on-first-use")
        #expect(found.map(\.0) == [27, 54])
        #expect(findings("A small gland at the base of the brain, or pituitary, makes hormones.", "vocab/define-on-first-use").isEmpty)
    }

    @Test("Explanations that say what the term is, next to it", arguments: [
        "The tumor may follow a viral infection, such as cytomegalovirus.",
        "A pathologist who looks at cells under a microscope reads the sample.",
        "It is passed on in an autosomal recessive pattern, which means both copies of the gene are changed.",
        "Your doctor may suggest paracentesis — a thin needle drains fluid from the stomach area.",
        "Doctors may use kinase inhibitors. Kinase inhibitors block a signal that tells cells to grow.",
        "Some bowel diseases (including Halvorsen disease) last for years.",
        "A thin lining covers the organs. Doctors call this lining the peritoneum.",
    ])
    func explainedNearby(_ text: String) {
        #expect(findings(text, "vocab/define-on-first-use").isEmpty, "\(text)")
    }

    @Test("Forms that look like explanations but are not")
    func notExplanations() {
        // A clause after a longer phrase describes the phrase.
        #expect(findings("You may have abdominal pain that is sharp.", "vocab/jargon").map(\.0) == [13])
        // "such as" far back, across a preposition, says nothing about the term.
        #expect(findings("Salts, such as potassium, and fluids go through a hepatic tube.", "vocab/jargon").map(\.0) == [50])
        // A broad class word says too little.
        #expect(findings("Some people need tests such as paracentesis.", "vocab/define-on-first-use").map(\.0) == [31])
        // "The same noun" in the next sentence without a verb of doing is no definition.
        #expect(findings("Doctors may use kinase inhibitors. Kinase inhibitors are rare.", "vocab/define-on-first-use").map(\.0) == [16])
    }

    @Test("Words readers know are not asked about; a title ending in an explained term is not flagged again")
    func familiar() {
        #expect(findings("Some people with lupus have kidney problems.", "vocab/define-on-first-use").isEmpty)
        #expect(findings("You will get an injection of dye.", "vocab/jargon").isEmpty)
        #expect(findings("An oncologist (a cancer doctor) leads the team. A radiation oncologist plans the treatment.", "vocab/jargon").isEmpty)
    }

    @Test("Eponyms: a capitalized word unknown in lower case, or a capitalized possessive")
    func eponyms() {
        let words = WordList.builtIn(locale: "en-US")
        let document = ParsedDocument(SourceDocument(path: "a.md", text: "Kidney disease, Fanconi anemia and Crohn's disease.", format: .markdown))
        let found = NamedConditions.find(in: document, words: words).map { document.text(in: document.tokens[$0.lowerBound].start..<document.tokens[$0.upperBound - 1].end) }
        #expect(found == ["Fanconi anemia", "Crohn's disease"])
    }
}
