import Testing
@testable import CareLint

/// A sample of the generated medicine packs (Vocab/medicine/), end to end through the vocabulary rules.
@Suite("Medicine packs")
struct MedicinePackTests {
    static let vocabulary = VocabularyLoader.builtIn

    @Test("A multi-word name, a plural and any case find their medicine concept and its pack")
    func lookup() throws {
        let cases = [("pleural effusions", "pleural-effusion", "medicine/conditions"), ("Cystic Fibrosis", "cystic-fibrosis", "medicine/conditions"),
                     ("ureters", "ureter", "medicine/anatomy"), ("hypotonia", "hypotonia", "medicine/symptoms")]
        for (query, id, pack) in cases {
            let index = try #require(Self.vocabulary.concept(named: query), "\(query)")
            #expect(Self.vocabulary.concepts[index].id == id)
            #expect(Self.vocabulary.conceptOrigins[index] == pack)
        }
    }

    @Test("A reviewed plain word makes a medicine term jargon at its first bare use, with the plain word as the fix")
    func jargon() {
        let (diagnostics, text, markers) = lint("Fluid may collect as a 1️⃣pleural effusion. A pleural effusion can be drained.", only: "vocab/jargon")
        #expect(diagnostics.map(\.range.lowerBound) == markers)
        #expect(diagnostics.first?.fixes.first?.edits.first?.newText == "fluid around the lungs")
        #expect(diagnostics.first.map { slice(text, $0.range) } == "pleural effusion")
    }

    @Test("A defined term without a plain word must be explained at its first use, and only there")
    func defineOnFirstUse() throws {
        let concept = try #require(Self.vocabulary.concept(id: "ureter"))
        #expect(concept.defineOnFirstUse && concept.definition != nil && concept.plain.isEmpty)
        let (diagnostics, _, markers) = lint("A stone can block a 1️⃣ureter. The ureter then swells.", only: "vocab/define-on-first-use")
        #expect(diagnostics.map(\.range.lowerBound) == markers)
    }

    @Test("A concept with a word rare in general English must be explained at first use, with or without a definition")
    func rareWordsNeedDefining() throws {
        for id in ["encephalitis", "duodenum", "anticonvulsant"] {
            let concept = try #require(Self.vocabulary.concept(id: id), "\(id)")
            #expect(concept.defineOnFirstUse, "\(id)")
        }
        let (diagnostics, _, markers) = lint("The virus can cause 1️⃣encephalitis. Encephalitis is rare.", only: "vocab/define-on-first-use")
        #expect(diagnostics.map(\.range.lowerBound) == markers)
        #expect(diagnostics.first?.message.hasPrefix("Explain \"encephalitis\" where it first appears") == true)
    }

    @Test("Everyday words, words built from them, general-English words and a medicine's own name need no definition")
    func everydayWordsNeedNone() throws {
        // "postmenopausal": prefix + word; "cartilage": SCOWL size 35; "haloperidol": a drug never used in the plural;
        // "urinary tract infection": the reviewed well-known list.
        for id in ["postmenopausal", "cartilage", "haloperidol", "urinary-tract-infection", "platelet"] {
            let concept = try #require(Self.vocabulary.concept(id: id), "\(id)")
            #expect(!concept.defineOnFirstUse, "\(id)")
        }
        let text = "After menopause, postmenopausal women may take haloperidol. The cartilage test looks for a urinary tract infection."
        #expect(lint(text, only: "vocab/define-on-first-use").diagnostics.isEmpty)
    }

    @Test("A reviewed clinical word or term must be explained at first use though SCOWL ranks its words common")
    func clinicalWordsNeedDefining() throws {
        // clinical-words.txt: "esophagus", "serum", "prevalence" (no "pre" + "valence"), "peptic", and terms of general
        // words with a clinical sense ("false negative").
        for id in ["esophagus", "serum", "prevalence", "peptic-ulcer", "false-negative", "respiratory-distress-syndrome"] {
            let concept = try #require(Self.vocabulary.concept(id: id), "\(id)")
            #expect(concept.defineOnFirstUse && concept.definition != nil && concept.plain.isEmpty, "\(id)")
        }
        let (diagnostics, text, markers) = lint("Acid can hurt the 1️⃣esophagus. The esophagus then feels sore.", only: "vocab/define-on-first-use")
        #expect(diagnostics.map(\.range.lowerBound) == markers)
        #expect(diagnostics.first.map { slice(text, $0.range) } == "esophagus")
        let ulcer = lint("A 1️⃣peptic ulcer can bleed. Peptic ulcers often heal with medicine.", only: "vocab/define-on-first-use")
        #expect(ulcer.diagnostics.map(\.range.lowerBound) == ulcer.markers)
        #expect(ulcer.diagnostics.first.map { slice(ulcer.text, $0.range) } == "peptic ulcer")
        let screening = lint("Any screening test can give a 1️⃣false-negative result.", only: "vocab/define-on-first-use")
        #expect(screening.diagnostics.map(\.range.lowerBound) == screening.markers)
        #expect(screening.diagnostics.first?.fixes.first?.edits.first?.newText.contains("does not have a disease") == true)
        // A clinical word outside the packs is a rare word of vocab/define-on-first-use, with its regular plural.
        let rare = lint("The germ spreads in the 1️⃣secretions of sick people.", only: "vocab/define-on-first-use")
        #expect(rare.diagnostics.map(\.range.lowerBound) == rare.markers)
        #expect(rare.diagnostics.first?.message == "Explain \"secretions\" where it first appears; few readers know this medical word.")
        // Explained in place: no finding.
        for explained in ["A peptic ulcer (a sore in the lining of the stomach) can bleed.",
                          "Food goes down the esophagus, the tube from the throat to the stomach."] {
            #expect(lint(explained, only: "vocab/define-on-first-use").diagnostics.isEmpty, "\(explained)")
        }
    }

    @Test("A term explained in place is not flagged")
    func explainedInPlace() {
        let explained = [
            "A stone can block a ureter (a tube that carries urine to the bladder).",
            "The tube that carries urine to the bladder is called the ureter.",
        ]
        for text in explained {
            #expect(lint(text, only: "vocab/define-on-first-use").diagnostics.isEmpty, "\(text)")
        }
        #expect(lint("Some people hear tinnitus (ringing in the ears) after loud music.", only: "vocab/jargon").diagnostics.isEmpty)
    }

    @Test("Well-known and plain medical words draw no vocabulary finding")
    func noFindingOnKnownWords() throws {
        for id in ["urine", "vaccine", "seizure", "fracture"] {
            if let concept = Self.vocabulary.concept(id: id) { #expect(!concept.defineOnFirstUse, "\(id)") }
        }
        let text = "Bring a urine sample. A seizure can be scary. Ask about the flu vaccine."
        for rule in ["vocab/jargon", "vocab/define-on-first-use"] {
            #expect(lint(text, only: rule).diagnostics.isEmpty, "\(rule)")
        }
    }

    @Test("A longer medicine name does not hide the jargon inside it (\"hepatic artery\" is not a concept of its own)")
    func noShadowedJargon() {
        let (diagnostics, _, markers) = lint("Blood reaches the tumor through the 1️⃣hepatic artery.", only: "vocab/jargon")
        #expect(diagnostics.map(\.range.lowerBound) == markers)
    }
}
