import Testing
@testable import CareLint

/// Explanations in place that `vocab/define-on-first-use` and `vocab/jargon` share (TermUse+Gloss), names given as
/// examples in a list, and the reviewed well-known words.
@Suite("Vocabulary rules: glosses, listed names, well-known words")
struct ExplainedInPlaceTests {
    private func findings(_ text: String, _ rule: String) -> [(Int, Int, String)] {
        lint(text, only: rule).diagnostics.map { ($0.range.lowerBound, $0.range.upperBound, $0.message) }
    }

    private let define = "vocab/define-on-first-use"
    private let jargon = "vocab/jargon"

    @Test("Everyday words after 'or' gloss a term; another thing after 'or' does not")
    func orGloss() {
        #expect(findings("A lab test looks for antigens or markers on the surface of the cells.", define).isEmpty)
        let found = findings("Your doctor may suggest paracentesis or surgery.", define)
        #expect(found.map { [$0.0, $0.1] } == [[24, 36]])
        #expect(found.first?.2.hasPrefix("Explain \"paracentesis\" where it first appears: readers may not know it (") == true)
        // A list "A, X or Y" is no gloss.
        #expect(!findings("The glands may include the pancreas, parathyroids or glands.", define).isEmpty)
    }

    @Test("Plural forms: a noun in -is or -us is not plural")
    func plural() {
        #expect(TermUse.isPlural("markers"))
        #expect(!TermUse.isPlural("paracentesis"))
        #expect(!TermUse.isPlural("virus"))
        #expect(!TermUse.isPlural("glass"))
    }

    @Test("The next sentence opens with the term's short form and says what it does")
    func acronymNext() {
        #expect(findings("Some people take proton pump inhibitors (PPIs) every day. PPIs lower the acid that the stomach makes.", define).isEmpty)
        #expect(findings("Your doctor may suggest chorionic villus sampling (CVS). CVS takes a tiny piece of the placenta.", define).isEmpty)
        // Without the sentence about it, the term is still asked about.
        #expect(findings("Some people take proton pump inhibitors (PPIs) every day.", define).map(\.0) == [17])
    }

    @Test("A well-known short form in brackets explains a jargon word")
    func familiarAcronym() {
        #expect(findings("Fluids go into a vein through an intravenous (IV) line.", jargon).isEmpty)
        #expect(findings("Fluids go through an intravenous line.", jargon).map(\.0) == [21])
    }

    @Test("A condition named after a person, as one example in a list, is not asked about")
    func listedName() {
        #expect(findings("It can be part of other conditions, such as Halvorsen syndrome.", define).isEmpty)
        #expect(findings("Conditions that raise the risk:\n\n- Halvorsen syndrome type 1 or 2\n- Being older", define).isEmpty)
        let found = findings("Risks include:\n\n- Having Halvorsen syndrome.", define)
        #expect(found.map { [$0.0, $0.1] } == [[25, 43]])
        #expect(found.first?.2 == "Explain \"Halvorsen syndrome\" where it first appears; readers may not know it.")
    }

    @Test("A medicine's name in a sentence that says what it treats; a class word before a term")
    func medicineAndClass() {
        #expect(findings("Doctors have used ivermectin to treat head lice for years.", define).isEmpty)
        #expect(findings("Stress raises the hormone cortisol in the blood.", define).isEmpty)
        #expect(findings("Stress raises cortisol in the blood.", define).map(\.0) == [14])
    }

    @Test("A label further down opens the term's own section")
    func labelBelow() {
        let text = "Problems after surgery can include ascites and bile duct infection.\n\nMost children do well.\n\nAscites. Fluid builds up in the belly and makes it swell."
        #expect(findings(text, jargon).isEmpty)
        #expect(findings("Problems after surgery can include ascites and bile duct infection.\n\nMost children do well.", jargon).map(\.0) == [35])
    }

    @Test("A gloss glued to the word by a lost dash explains later uses")
    func gluedGloss() {
        #expect(findings("The doctor passes an endoscopea long, thin tubedown the throat. Small tools go through the endoscope.", define).isEmpty)
        #expect(findings("Small tools go through the endoscope.", define).map(\.0) == [27])
    }

    @Test("A gloss in brackets after the short phrase the term opens")
    func phraseGloss() {
        #expect(findings("Women should have regular gynecologic exams (checkups).", define).isEmpty)
        // An acronym in brackets is no gloss.
        #expect(findings("Women should have regular gynecologic exams (GE).", define).map(\.0) == [26])
    }

    @Test("A rare word in a bare list item gives way to its first use in prose")
    func bareListItem() {
        #expect(findings("Treatments for kidney failure:\n\n- hemodialysis\n- a kidney transplant\n\nHemodialysis is a treatment that cleans the blood with a machine.", define).isEmpty)
        let found = findings("Treatments:\n\n- hemodialysis\n- a kidney transplant", define)
        #expect(found.map { [$0.0, $0.1] } == [[15, 27]])
        #expect(found.first?.2 == "Explain \"hemodialysis\" where it first appears; few readers know this medical word.")
        // Flagged once, at the prose use, when the page uses it bare in a list too.
        #expect(findings("Doctors may use hemodialysis.\n\n- hemodialysis", define).map(\.0) == [16])
    }

    @Test("Words on the reviewed well-known list are not asked about; with a plainer word, jargon suggests it at info")
    func wellKnown() {
        #expect(TermUse.isWellKnown(Array("physicians".utf8)))
        #expect(TermUse.isWellKnown(Array("Breastbone".utf8)))
        #expect(!TermUse.isWellKnown(Array("paracentesis".utf8)))
        #expect(findings("Ask your physicians about the tests.", jargon).map(\.2) == ["Most readers know \"physicians\"; \"doctors\" is plainer."])
        #expect(findings("Eat more brussels sprouts and other green vegetables.", define).isEmpty)
        #expect(findings("The bone behind the breastbone may hurt.", define).isEmpty)
        // Familiar eponyms come from the same list.
        #expect(findings("It can come with Down syndrome or Lyme disease.", define).isEmpty)
    }

    @Test("The sentence or the next one says what the phrase the term opens is or does", arguments: [
        "Her son has Halvorsen syndrome. Signs of this syndrome include weak muscles and poor sleep.",
        "Fluoroscopy imaging uses x-rays to show moving pictures.",
        "Fluoroscopy of the chest is a test that shows moving pictures of the lungs.",
        "- Undifferentiated embryonal sarcoma of the liver: This kind of liver cancer is most common in young children.",
        "Ask about enterostomal therapists, nurses who help people after bowel surgery.",
        "It raises the risk of a type of cancer called gastric mucosa-associated lymphoid tissue (MALT) lymphoma.",
        "It also raises the risk of other types of cancer such as melanoma.",
        "Chimeric antigen receptor (CAR) T-cell therapy\n\nThis treatment changes the patient's own immune cells so they attack the cancer.",
        "Beta blockers, calcium channel blockers, and other blood pressure medicines may also help.",
        "Alendronate and each bisphosphonate belong to a family of drugs that keep bones strong.",
    ])
    func saysWhatItIs(_ text: String) {
        #expect(findings(text, define).isEmpty)
    }

    @Test("Without the explanation, the same terms are asked about")
    func unexplainedTwins() {
        let found = findings("Fluoroscopy of the chest is common.", define)
        #expect(found.map { [$0.0, $0.1] } == [[0, 11]])
        #expect(found.first?.2 == "Explain \"Fluoroscopy\" where it first appears; few readers know this medical word.")
        #expect(findings("Her son has Halvorsen syndrome. Doctors see it often.", define).map(\.0) == [12])
        #expect(findings("Ask about enterostomal therapists at the clinic.", define).map(\.0) == [10])
        #expect(findings("Calcium channel blockers may also help.", define).map { [$0.0, $0.1] } == [[0, 24]])
        // What the noun after the term does is not what the term means.
        #expect(findings("The hepatic vein drains the liver.", jargon).map { [$0.0, $0.1] } == [[4, 11]])
        #expect(findings("Alendronate and each bisphosphonate may help some women.", define).map(\.0) == [21])
        #expect(findings("- Undifferentiated embryonal sarcoma of the liver and its treatment in young children who are older than five", define).map(\.0) == [19, 19])
    }

    @Test("A gloss glued by a lost dash after 'the' or 'a'")
    func gluedArticles() {
        #expect(TermUse.gluedArticles.map { String(decoding: $0, as: UTF8.self) } == ["the", "an", "a"])
        #expect(findings("The pain is in the abdomenthe area between the ribs and hips. A doctor taps on the abdomen.", jargon).isEmpty)
        #expect(findings("The pain is in the abdomen. A doctor taps on the abdomen.", jargon).map(\.0) == [19])
    }
}
