import Testing
@testable import CareLint

/// Correct words that no list spells (drug names, medical compounds, inflections) are known; typos and extraction
/// damage (a lost apostrophe or space) are still reported.
@Suite("Unknown words: drug names and word formation")
struct WordFormationTests {
    let words = WordList.builtIn(locale: "en-US")

    func unknown(_ text: String) -> [String] {
        let (diagnostics, plain, _) = lint(text, only: "spelling/unknown-word")
        return diagnostics.map { slice(plain, $0.range) }
    }

    func wellFormed(_ word: String) -> Bool {
        KnownWords.isWellFormedMedical(Array(word.utf8)[...], words)
    }

    @Test("Drug names of the FDA list are known, lowercase or opening a sentence; a misspelled one is not")
    func drugNames() {
        #expect(unknown("Your doctor may suggest tolvaptan or pyridostigmine. Pramlintide is an injection.") == [])
        #expect(unknown("Ask whether cabergoline or glimepiride suits you.") == [])
        #expect(KnownWords.drugs.contains(Array("mesalamine".utf8)))
        // The list holds no look-alike of a common word, so a typo of one is never taken for a drug.
        #expect(!KnownWords.drugs.contains(Array("hospitl".utf8)))
        #expect(unknown("Take the tolvapton at night.") == ["tolvapton"])
    }

    @Test("Words made entirely of combining forms, prefixes and medical endings are known")
    func combiningForms() {
        for word in ["proctocolectomy", "ileoanal", "hepatoerythropoietic", "medulloepithelioma", "lithotripter",
                     "cystourethrogram", "cholangiogram", "hysterosalpingogram", "thoracoscopic", "urethrocystoscopy",
                     "coproporphyria", "diverticular", "pineocytes", "euglycemic", "presbyacusis", "hyperacusis"] {
            #expect(wellFormed(word), "\(word)")
        }
        #expect(unknown("A cholangiogram came first, then a urethrocystoscopy and a thoracoscopic repair.") == [])
    }

    @Test("Word formation does not accept typos, a missing linking vowel, a short root before a weak ending, or glued words")
    func formationRejects() {
        for word in ["recieve", "hospitl", "medcine", "diabetis", "colonscopy", "cystal", "hepatitus",
                     "radiologista", "symptomssuch", "retentionthe", "imaginginterprets", "cystourethrograman", "arteryare",
                     "eucystal", "euhospital"] {
            #expect(!wellFormed(word), "\(word)")
        }
    }

    @Test("Inflections and derivations of known words are known; plurals of everyday words that lost an apostrophe are not")
    func inflections() {
        #expect(unknown("Some inactivators work on involuting tissue; aminosalicylates and morulae are named here.") == [])
        #expect(unknown("It was done noninvasively; the lesional and endosomal changes were small.") == [])
        #expect(unknown("A non-involuting lump and some light-headedness.") == [])
        // "-able" of a known verb; "-ible" is no regular ending.
        #expect(unknown("An injectable form is sold. An injectible form is sold.") == ["injectible"])
        // A name's possessive without its apostrophe is no plural.
        #expect(unknown("Cushings is rare. Pseudo-Cushings is rarer.") == ["Cushings", "Pseudo-Cushings"])
        let known: (ArraySlice<UInt8>) -> Bool = { KnownWords.isKnown($0, words) }
        for word in ["bodys", "womans", "childs", "babys", "begining"] {
            #expect(!WordFormation.isInflection(Array(word.utf8)[...], known: known, medical: { KnownWords.medical.contains($0) }), "\(word)")
        }
    }

    @Test("Typos of common words are reported at their exact place with the nearest word")
    func typosStillReported() {
        let (diagnostics, _, markers) = lint(
            "You will 1️⃣recieve a letter from the 2️⃣hospitl about your 3️⃣medcine for 4️⃣diabetis.", only: "spelling/unknown-word")
        #expect(diagnostics.map(\.range.lowerBound) == markers)
        let messages = diagnostics.map(\.message)
        #expect(messages.count == 4)
        #expect(messages.first == "\"recieve\" is not in the dictionary; did you mean \"receive\"?")
        #expect(messages.dropFirst().first == "\"hospitl\" is not in the dictionary; did you mean \"hospital\"?")
        #expect(messages.dropFirst(2).first?.hasPrefix("\"medcine\" is not in the dictionary; did you mean") == true)
        #expect(messages.last == "\"diabetis\" is not in the dictionary; did you mean \"diabetes\"?")
    }

    @Test("Lost apostrophes and glued words are still reported, with the repaired text first")
    func damageStillReported() {
        let (diagnostics, _, markers) = lint(
            "The 1️⃣bodys cells and the 2️⃣womans test. The 3️⃣radiologista reads it. Watch for 4️⃣symptomssuch as pain.",
            only: "spelling/unknown-word")
        #expect(diagnostics.map(\.range.lowerBound) == markers)
        #expect(diagnostics.map(\.message) == [
            "\"bodys\" is not in the dictionary; did you mean \"body's\"?",
            "\"womans\" is not in the dictionary; did you mean \"woman's\"?",
            "\"radiologista\" is not in the dictionary; did you mean \"radiologist a\"?",
            "\"symptomssuch\" is not in the dictionary; did you mean \"symptoms such\"?",
        ])
        #expect(diagnostics.first?.fixes.first?.isSafe == false)
    }
}
