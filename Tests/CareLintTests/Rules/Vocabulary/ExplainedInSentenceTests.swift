import Testing
@testable import CareLint

/// Explanations that the term's sentence or the page's layout gives without a gloss (`TermUse+Sentence`,
/// `TermUse+Sections`): each form explains, and the same text without it is flagged, at the exact place.
@Suite("Vocabulary rules: explained by the sentence or by a section below")
struct ExplainedInSentenceTests {
    private func starts(_ text: String, _ rule: String = "vocab/define-on-first-use") -> [Int] {
        lint(text, only: rule).diagnostics.map(\.range.lowerBound)
    }

    @Test("A specialist named with what they do")
    func specialist() {
        #expect(starts("Ask your pathologist about it.") == [9])
        #expect(starts("The cells are viewed under a microscope by a pathologist.").isEmpty)
        #expect(starts("The pathologist will then check the tissue for cancer.").isEmpty)
        // A verb far from the specialist, or one that says nothing of the work, does not count.
        #expect(starts("Ask the pathologist, and the nurse will check your blood.") == [8])
    }

    @Test("A subject whose verb says where it forms")
    func whereItForms() {
        #expect(starts("Ependymomas can return after treatment.") == [0])
        #expect(starts("Ependymomas usually form in the lining of the brain.").isEmpty)
        // "form" without a place does not say where it is.
        #expect(starts("Ependymomas form quickly.") == [0])
    }

    @Test("A list after a colon that names its category")
    func categoryColon() {
        #expect(starts("Milk has galactose and fat.") == [9])
        #expect(starts("Milk sugar breaks down into two simpler forms of sugar: glucose and galactose.").isEmpty)
        // A colon after words that name no category.
        #expect(starts("The lab looks at this: glucose and galactose.") == [35])
    }

    @Test("An everyday word glued to a medical word by a lost dash explains the later use")
    func gluedGloss() {
        #expect(starts("In addition to proteinuria, people may gain weight.") == [15])
        #expect(starts("Signs include:\n\n- proteinurialarge amounts of protein in the urine\n- swelling\n\nIn addition to proteinuria, people may gain weight.").isEmpty)
    }

    @Test("An overview list item whose own section opens further down")
    func sectionBelow() {
        let list = "Tests include:\n\n- flexible sigmoidoscopy or colonoscopy\n- blood tests\n\nThe doctor picks one."
        #expect(starts(list) == [27])
        #expect(starts(list + "\n\nFlexible sigmoidoscopy or colonoscopy. These tests look inside the bowel with a thin tube.").isEmpty)
        let kinds = "Rare kinds:\n\n- ependymoma\n- chordoma\n\n"
        #expect(starts(kinds + "## Ependymoma\n\nThis kind grows slowly.\n\n## Chordoma\n\nThis kind grows in bone.").isEmpty)
        // A heading that names something else leaves the item flagged.
        #expect(starts(kinds + "## Slow tumors\n\nThese grow slowly.") == [15, 28])
        // A key point (a sentence, not a name) is asked about even when a heading below repeats the term.
        #expect(starts("- Ependymomas can come back after treatment many years later.\n\n## Ependymomas\n\nThis kind grows slowly.") == [2])
    }

    @Test("The subject term, then a verb that says what it does; not a noun after a modifier")
    func subjectDoes() {
        #expect(starts("Doctors looked at the parathyroid gland again.") == [22])
        #expect(starts("After an injury, the parathyroid gland releases a hormone into the blood.").isEmpty)
        // "forms" after a modifier in a phrase is a noun: both words are still asked about.
        #expect(starts("It comes in heritable and nonheritable forms.") == [12, 26])
    }

    @Test("'the term X … to describe' introduces the name and says what it names")
    func theTerm() {
        #expect(starts("Doctors used renal osteodystrophy for bone problems.", "vocab/jargon") == [13])
        #expect(starts("Doctors used the term renal osteodystrophy to describe bone problems.", "vocab/jargon").isEmpty)
        #expect(starts("Doctors used the term renal osteodystrophy to describe bone problems.").isEmpty)
    }

    @Test("The next sentence glosses the term in brackets, or opens with its short form after an article")
    func nextSentence() {
        let gene = "It is linked with changes in the retinoblastoma gene."
        #expect(starts(gene) == [33])
        #expect(starts(gene + " A child with the inherited form of retinoblastoma (cancer that forms in the back of the eye) needs checkups.").isEmpty)
        #expect(starts("Blood clots can cause a pulmonary embolism (PE). A PE can be treated.", "vocab/jargon") == [24])
        #expect(starts("Blood clots can cause a pulmonary embolism (PE). A PE is a sudden blockage in a lung artery.", "vocab/jargon").isEmpty)
    }

    @Test("A gloss glued by a lost dash to the word after the term explains the phrase")
    func gluedAfterPhrase() {
        #expect(starts("Risks include:\n\n- peripheral vascular disease in the legs", "vocab/jargon") == [29])
        #expect(starts("Risks include:\n\n- peripheral vascular diseaseblockage of blood vessels in the legs", "vocab/jargon").isEmpty)
    }

    @Test("A medicine's name at the end of a list the sentence names as medicines")
    func medicineList() {
        #expect(starts("Agents include vinblastine, cytarabine, and cladribine.") == [15, 44])
        #expect(starts("Chemotherapy agents include vinblastine, cytarabine, and cladribine.").isEmpty)
    }

    @Test("The page's topic matches in the singular and the plural")
    func topicPlural() {
        #expect(starts("Cancer cells form in the salivary glands.") == [25])
        #expect(starts("# Salivary gland cancer\n\nCancer cells form in the salivary glands.").isEmpty)
    }

    @Test("Examples after a plural class explain it; after a singular they belong to the phrase before")
    func classExamples() {
        #expect(starts("- salicylates, including aspirin, in large doses").isEmpty)
        #expect(starts("- salicylates in large doses") == [2])
        #expect(starts("Problems with your esophagus, including heartburn, can be treated.") == [19])
    }

    @Test("A conditional sentence names the case it describes")
    func conditionalNaming() {
        #expect(starts("If part of the penis is removed, it is a partial penectomy.").isEmpty)
        #expect(starts("Doctors may do a partial penectomy.") == [25])
    }

    @Test("A plural subject and its verb say what the term does; 'form' alone does not")
    func pluralSubject() {
        #expect(starts("Immunomodulators reduce the activity of the immune system.").isEmpty)
        #expect(starts("Ependymomas form quickly.") == [0])
    }

    @Test("Jargon inside a title or a program's name is not flagged; the same word in prose is")
    func titleCase() {
        #expect(starts("Try the Dietary Approaches to Stop Hypertension eating plan.", "vocab/jargon").isEmpty)
        #expect(starts("Ask about the plan to stop hypertension.", "vocab/jargon") == [27])
        // A capitalized word that opens the sentence is the writer's own.
        #expect(starts("Hypertension can hurt the heart.", "vocab/jargon") == [0])
    }

    @Test("A short phrase the term opens, then an appositive, explains a jargon word")
    func phraseAppositive() {
        #expect(starts("You may have hepatic congestion.", "vocab/jargon") == [13])
        #expect(starts("You may have hepatic congestion, a buildup of blood in the liver.", "vocab/jargon").isEmpty)
        // A clause about the phrase still does not.
        #expect(starts("You may have hepatic congestion that is mild.", "vocab/jargon") == [13])
    }
}
