/// `vocab/define-on-first-use`: a technical term with no plain synonym, not explained where it first appears.
struct DefineOnFirstUseRule: Rule {
    let description = RuleDescription(
        id: "vocab/define-on-first-use",
        defaultSeverity: .warning,
        summary: "A technical term with no plain synonym is not explained where it first appears.",
        rationale: "Some terms have no everyday word (paracentesis, histotripsy, hepatic encephalopathy), so the page must say what they mean the first time. Two of the source articles explain such terms in place (\"histotripsy\" after the words that describe it; \"hepatic encephalopathy, a serious illness that affects your brain\"); bare first uses leave the reader guessing. The explanation may come from the page around the term: a definition in the next sentence, a short label followed by what it is (\"- Paracentesis. A needle drains …\"), \"a doctor who …, such as a pathologist\", a counted category before a list (\"two specialists, an oncologist and a pathologist\"), or a gloss given earlier to a word of the same family. A one-word medicine name after \"drugs such as\" or \"a medicine called\" is explained enough: the reader learns it is a medicine. A line that is the title of another page in a list of links, a word inside a longer name, and a longer term built on a term used earlier are not flagged again. The page's own topic, whose words make its title, is what the whole page explains, so its uses are not flagged. Explanations also count when they say what the term is without renaming it: a dash and the words after it, a clause right after the term (\"a pathologist who reads tissue\"), \", which means …\" after the phrase the term opens, a class word before \"such as\" (\"a viral infection, such as X\"), and a next sentence that opens with the term's head noun and says what it does. Explanations also count as \"X or everyday words\" (\"antigens or markers\", when the words after \"or\" are everyday, not a vocabulary term, agree with X in number and X does not end a list), a well-known short form in brackets (\"intravenous (IV)\"), a next sentence that opens with the short form given in brackets and says what it does, a class word right before the term (\"the hormone X\"), a gloss in brackets after the short phrase the term opens (\"pelvic exams (checkups)\"), a label further down that opens the term's own section (\"X.\" then what it is), a gloss that a lost dash glued to the term or an earlier use (\"Xa long tube…\", \"Xthe area …\"), a next sentence that lists the signs of the condition (\"Signs of this syndrome include …\"), a procedure noun after the term and what it does (\"X therapy uses …\"; not \"the X vein drains …\"), a subject whose verb says what it is (\"X of the bone are diseases in which …\"), a label before a colon that the words after it explain, an appositive noun with a clause (\"X therapists, nurses who …\"), a name introduced by \"called\" with brackets inside it, \"types of cancer such as X\", a list that ends \"and other <medicines or class>\" (\"A, X, and other blood pressure medicines\"), a medicine said to \"belong to a family of drugs\", a specialist named with what they do (\"viewed under a microscope by a pathologist\", \"the pathologist will check …\"), a subject whose verb says where it forms (\"X usually form in the lining of the brain\"), a list after a colon that names its category (\"two forms of sugar: glucose and X\"), a short phrase the term opens followed by an appositive (\"X bloating, a feeling of fullness\"), an everyday word that a lost dash glued to an earlier use (\"Xlarge amounts of …\"), the term as a subject and a verb that says what it does (\"the X releases a hormone …\"; not \"heritable and X forms\"), \"the term X … to describe …\", the next sentence glossing the term in brackets or opening with its short form (\"A PE is …\"), a medicine's name at the end of a list that the sentence names as medicines (\"chemotherapy agents include A, B, and X\"), an item of an overview list (the term and at most three more words, no verb) whose own section opens further down under a heading, a flattened heading line or a label that names it, and a short line without end punctuation, a heading flattened by extraction, over the text that explains it. A condition named after a person given as one example in a list (after \"such as\", \"including\", or a short list item that opens with it) and a medicine's name in a sentence that says what it treats are not asked about; a bare list item gives way to the word's first use in prose. Terms and words readers know (the reviewed list `scripts/vocab/medicine/well-known.txt`, compiled to `Dictionaries/well-known.txt` by `scripts/vocab/make_well_known.py`) are not asked about. Beyond the vocabulary, the rule asks the same for two kinds of words: a condition named after a person (\"Halvorsen syndrome\"; not the familiar ones such as Alzheimer's disease), and a rare medical word (one of the medical lexicon that is not in SCOWL below size 60 and that few real health pages use; `scripts/vocab/make_rare.py`). A hard word inside an unexplained disease name flags the name as a whole, since no rule edits inside a name. The fix inserts the vocabulary's plain definition.",
        triggering: [
            RuleExample(
                "Your doctor may suggest 1️⃣paracentesis. Paracentesis takes about half an hour.",
                fixed: "Your doctor may suggest paracentesis (a procedure that drains extra fluid from the belly with a thin needle). Paracentesis takes about half an hour."
            ),
            // A category alone ("tests such as X") does not say what X is.
            RuleExample("Some people need tests such as 1️⃣paracentesis."),
            // A condition named after a person, unknown to the vocabulary and not explained.
            RuleExample("Her son has 1️⃣Halvorsen syndrome and sees a doctor often."),
            // A rare medical word outside the vocabulary.
            RuleExample("The doctor used 1️⃣fluoroscopy to guide the needle."),
            // A hard word inside an unexplained disease name: the name is flagged as a whole.
            RuleExample("People with 1️⃣autoimmune thyroid disease may need tests."),
            // The last item of a list is not glossed by the items before it.
            RuleExample("The glands may include the 1️⃣parathyroids, pancreas, or 2️⃣pituitary."),
            // "X or Y" where Y is another thing, not a plainer name for X (a singular after a plural-looking term).
            RuleExample("Your doctor may suggest 1️⃣paracentesis or surgery."),
            // A list item that is a sentence about the reader, not a bare example of a kind.
            RuleExample("Risks include:\n\n- Having 1️⃣Halvorsen syndrome.", format: .markdown),
            // A bare list item is flagged when the page never uses the word in prose.
            RuleExample("Treatments:\n\n- 1️⃣hemodialysis\n- a kidney transplant", format: .markdown),
            // A sentence about the term that does not say what it is.
            RuleExample("1️⃣Fluoroscopy of the chest is common."),
            // Where it is, in the next sentence, is not said by "is small".
            RuleExample("Most tumors form in the 1️⃣cerebellum. The cerebellum is small."),
            RuleExample("The doctor gave her 1️⃣mitotane."),
            RuleExample("It is caused by 1️⃣fibromuscular dysplasia (FMD) in the artery wall."),
            // "CTA scans are quick" does not say what the test does.
            RuleExample("- Computerized 1️⃣tomographic 2️⃣angiography (CTA) scan. CTA scans are quick.", format: .markdown),
            // Examples after a singular belong to the phrase before it.
            RuleExample("Problems with your 1️⃣esophagus, including heartburn, can be treated."),
            // A specialist named without what they do.
            RuleExample("Ask your 1️⃣pathologist about it."),
            // "forms" after a modifier is a noun, not what the term does.
            RuleExample("It comes in 1️⃣heritable and 2️⃣nonheritable forms."),
            // A verb after the term that does not say where it forms.
            RuleExample("1️⃣Ependymomas can return after treatment."),
            // An item of an overview list with no section of its own further down.
            RuleExample("Tests include:\n\n- flexible 1️⃣sigmoidoscopy or colonoscopy\n- blood tests\n\nThe doctor picks one.", format: .markdown),
        ],
        nonTriggering: [
            RuleExample("# Paracentesis at our clinic\n\nYour care team may suggest paracentesis when fluid builds up again."),
            RuleExample("Paracentesis, a procedure that drains fluid with a needle, takes about half an hour. Later paracentesis sessions are the same."),
            RuleExample("Fluid can be drained with a needle. This is called paracentesis."),
            RuleExample("Paracentesis\n: A way to drain fluid from the belly with a needle.", format: .markdown),
            RuleExample("**Paracentesis**: a way to drain fluid from the belly with a needle."),
            RuleExample("Your doctor may suggest paracentesis. This procedure drains fluid with a needle."),
            RuleExample("Draining fluid with a needle, or paracentesis, takes half an hour."),
            RuleExample("A way to drain fluid called paracentesis takes half an hour."),
            RuleExample("- Paracentesis treatment: a thin needle drains fluid from the belly."),
            RuleExample("Fluid is drained from the belly with a needle (a paracentesis) in about half an hour."),
            RuleExample("Draining the belly with a needle, known as a paracentesis, takes half an hour."),
            RuleExample("Paracentesis of the belly is a type of drainage done with a needle."),
            RuleExample("- Paracentesis. A thin needle drains extra fluid from the belly."),
            RuleExample("Ask for a doctor who reads tissue samples, such as a pathologist."),
            RuleExample("Two specialists, an oncologist and a pathologist, read the results."),
            RuleExample("Related pages:\n\n- Paracentesis at Home\n- Liver Health", format: .markdown),
            RuleExample("Treatments:\n\n- Surgery\n- Paracentesis\n\nParacentesis, a way to drain fluid with a needle, is quick.", format: .markdown),
            RuleExample("Drainage, paracentesis and surgery are types of treatment for fluid in the belly."),
            RuleExample("The most common kind of belly drain is paracentesis."),
            RuleExample("The test is a scan, also called a body scan, a CT scan, or a computerized axial tomography scan."),
            RuleExample("The tumor may follow a viral infection, such as cytomegalovirus."),
            RuleExample("A pathologist who looks at cells under a microscope reads the sample."),
            RuleExample("It is passed on in an autosomal recessive pattern, which means both copies of the gene are changed."),
            RuleExample("Your doctor may suggest paracentesis — a thin needle drains fluid from the stomach area."),
            RuleExample("Doctors may use kinase inhibitors. Kinase inhibitors block a signal that tells cells to grow."),
            RuleExample("Some people with lupus have kidney problems."),
            RuleExample("It can come with other conditions, such as Alzheimer's disease."),
            RuleExample("The doctor used fluoroscopy (a kind of moving x-ray) to guide the needle."),
            // A line of its own, without end punctuation, labels the text under it.
            RuleExample("Paracentesis\n\nA thin needle drains extra fluid from the stomach area."),
            // Everyday words after "or" give the rare word a plainer name.
            RuleExample("A lab test looks for antigens or markers on the surface of the cells."),
            // The next sentence opens with the short form given in brackets and says what the thing does.
            RuleExample("Some people take proton pump inhibitors (PPIs) every day. PPIs lower the acid that the stomach makes."),
            // A condition named after a person, given as one example in a list.
            RuleExample("It can be part of other conditions, such as Halvorsen syndrome."),
            RuleExample("Conditions that raise the risk:\n\n- Halvorsen syndrome type 1 or 2\n- Being older", format: .markdown),
            // A medicine's name in a sentence that says what it treats.
            RuleExample("Doctors have used ivermectin to treat head lice for years."),
            // A class word right before the term says what it is.
            RuleExample("Stress raises the hormone cortisol in the blood."),
            // A gloss that a lost dash glued to the word explains its later uses.
            RuleExample("The doctor passes an endoscopea long, thin tubedown the throat. Small tools go through the endoscope."),
            // A bare list item gives way to the word's first use in prose, which explains it.
            RuleExample("Treatments for kidney failure:\n\n- hemodialysis\n- a kidney transplant\n\nHemodialysis is a treatment that cleans the blood with a machine.", format: .markdown),
            // A gloss in brackets after the short phrase the term opens.
            RuleExample("Women should have regular gynecologic exams (checkups)."),
            // Everyday words on the reviewed well-known list, whatever list or pack holds them.
            RuleExample("Eat more brussels sprouts and other green vegetables."),
            RuleExample("The bone behind the breastbone may hurt."),
            RuleExample("Your doctor may send you to a registered dietitian without a referral."),
            // The next sentence lists the signs of the condition.
            RuleExample("Her son has Halvorsen syndrome. Signs of this syndrome include weak muscles and poor sleep."),
            // The phrase the term opens, then what it does.
            RuleExample("Fluoroscopy imaging uses x-rays to show moving pictures."),
            // The subject's verb says what it is.
            RuleExample("Fluoroscopy of the chest is a test that shows moving pictures of the lungs."),
            // A label before a colon, explained after it.
            RuleExample("- Undifferentiated embryonal sarcoma of the liver: This kind of liver cancer is most common in young children.", format: .markdown),
            // An appositive noun with a clause after the phrase.
            RuleExample("Ask about enterostomal therapists, nurses who help people after bowel surgery."),
            // A name introduced by "called", brackets and all.
            RuleExample("It raises the risk of a type of cancer called gastric mucosa-associated lymphoid tissue (MALT) lymphoma."),
            // "types of cancer such as X" says X is a cancer.
            RuleExample("It also raises the risk of other types of cancer such as melanoma."),
            // A short line without end punctuation is a flattened heading over the text that explains it.
            RuleExample("Chimeric antigen receptor (CAR) T-cell therapy\n\nThis treatment changes the patient's own immune cells so they attack the cancer."),
            // A list that ends "and other <medicines>" says what its items are.
            RuleExample("Beta blockers, calcium channel blockers, and other blood pressure medicines may also help."),
            // "belong to a family of drugs" names the term as a medicine.
            RuleExample("Alendronate and each bisphosphonate belong to a family of drugs that keep bones strong."),
            // A specialist named with what they do.
            RuleExample("The cells are viewed under a microscope by a pathologist."),
            RuleExample("The pathologist will then check the tissue for cancer."),
            // The subject's verb says where it forms.
            RuleExample("Ependymomas usually form in the lining of the brain."),
            // A list after a colon that names its category.
            RuleExample("Milk sugar breaks down into two simpler forms of sugar: glucose and galactose."),
            // A gloss that a lost dash glued to an earlier use.
            RuleExample("Signs include:\n\n- proteinurialarge amounts of protein in the urine\n- swelling\n\nIn addition to proteinuria, people may gain weight.", format: .markdown),
            // Items of an overview list that open their own sections further down.
            RuleExample("Tests include:\n\n- flexible sigmoidoscopy or colonoscopy\n- blood tests\n\nThe doctor picks one.\n\nFlexible sigmoidoscopy or colonoscopy. These tests look inside the bowel with a thin tube.", format: .markdown),
            // The subject term, then a verb that says what it does.
            RuleExample("After an injury, the parathyroid gland releases a hormone into the blood."),
            // The next sentence glosses the term in brackets.
            RuleExample("It is linked with changes in the retinoblastoma gene. A child with the inherited form of retinoblastoma (cancer that forms in the back of the eye) needs checkups."),
            // "X, another …" is an appositive; "the brain chemical X" names its class; "X treatment to relieve …" says
            // what it is for; "X medications, which are used to treat …" too.
            RuleExample("It is not the same as polycystic kidney disease, another disease that causes cysts."),
            RuleExample("It is held back by the brain chemical dopamine."),
            RuleExample("Some get radiation as palliative treatment to relieve pain."),
            RuleExample("- sulfa medications, which are used to treat infections", format: .markdown),
            // A clause that says where it begins; the next sentence says where it is; a plural subject and what it does.
            RuleExample("For more on lymphoma that begins in the brain, ask your doctor."),
            RuleExample("Most tumors form in the cerebellum. The cerebellum is at the back of the brain."),
            RuleExample("Immunomodulators reduce the activity of the immune system."),
            // A sentence that opens with a word for medicines and lists them after "are".
            RuleExample("Drugs that control the hormone are ketoconazole, mitotane, and metyrapone."),
            // A gloss glued to the closing bracket by a lost dash.
            RuleExample("It is caused by fibromuscular dysplasia (FMD)the abnormal growth of cells in the artery wall."),
            // "is also a type of" says what the term is.
            RuleExample("Fluoroscopy is also a type of x-ray test."),
            // Examples of a class after a comma; a conditional sentence that names the case.
            RuleExample("- salicylates, including aspirin, in large doses", format: .markdown),
            RuleExample("If part of the penis is removed, it is a partial penectomy."),
            // The next sentence opens with the short form and a procedure noun, then what it does.
            RuleExample("- Computerized tomographic angiography (CTA) scan. CTA scans use x-rays to make pictures.", format: .markdown),
            // A class word, with one describing word, before the term.
            RuleExample("Urine has high levels of a natural acid, cystine."),
            // A list the sentence names as medicines.
            RuleExample("Chemotherapy agents include vinblastine, cytarabine, and cladribine."),
            // The page's topic, in the plural.
            RuleExample("# Salivary gland cancer\n\nCancer cells form in the salivary glands."),
            RuleExample("Rare kinds:\n\n- ependymoma\n- chordoma\n\n## Ependymoma\n\nThis kind grows slowly.\n\n## Chordoma\n\nThis kind grows in bone.", format: .markdown),
        ]
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let concepts = context.vocabulary.concepts
        let candidates = analysis.termMatches.filter { match in
            let concept = concepts[match.form.concept]
            return concept.defineOnFirstUse && concept.plain.isEmpty && match.form.kind != .avoid && match.form.kind != .acronym
                && !TermUse.isWellKnown(match, in: analysis.document)
        }
        // A bare name in an overview list ("- Targeted therapy") gives way to the term's first use in prose.
        let document = analysis.document
        var inProse = Set<Int>()
        for match in candidates where !TermUse.isBareListItem(match.tokenStart..<match.tokenEnd, document) && !analysis.blockKind(ofToken: match.tokenStart).isHeading {
            inProse.insert(match.form.concept)
        }
        let uses = candidates.filter { !inProse.contains($0.form.concept) || !TermUse.isBareListItem($0.tokenStart..<$0.tokenEnd, document) }
        let words = WordList.builtIn(locale: context.locale)
        var titleWords: Set<[UInt8]>?
        var byFirstWord: [String: [Int]]?
        for (_, match) in TermUse.firstUses(uses, in: analysis).sorted(by: { $0.value.range.lowerBound < $1.value.range.lowerBound }) {
            // A word inside a longer name ("axial" in a scan's full name) is not a use of the word's concept.
            // It is flagged when the name around it is not explained ("autoimmune thyroid disease"), but not in a
            // person's or an organisation's name.
            var inName: Range<Int>?
            if let name = analysis.fixedNames.name(containing: match.tokenStart..<match.tokenEnd), name != match.tokenStart..<match.tokenEnd {
                guard !JargonRule.isProperName(name, analysis), !TermUse.isExplained(tokens: name, in: analysis) else { continue }
                inName = name
            }
            if match.tokenEnd - match.tokenStart >= 2 {
                if byFirstWord == nil { byFirstWord = Self.matchesByFirstWord(analysis) }
                if Self.isMadeOfEarlierTerm(match, analysis, byFirstWord: byFirstWord!) { continue }
            }
            // The page's topic, named in its title, is what the whole page explains.
            if titleWords == nil { titleWords = KnownWords.titleWords(document) }
            if TermUse.isTopic(match.tokenStart..<match.tokenEnd, document, titleWords: titleWords!) { continue }
            if concepts[match.form.concept].category == .drug, match.tokenEnd - match.tokenStart == 1, Self.isNamedAsMedicine(match.tokenStart..<match.tokenEnd, analysis.document) { continue }
            guard !TermUse.isExplained(match, in: analysis) else { continue }
            // A condition named after a person, given as one example in a list ("such as Halvorsen syndrome").
            if NamedConditions.isEponym(match.tokenStart, in: document, words: words), TermUse.isListedName(match.tokenStart..<match.tokenEnd, document) { continue }
            let concept = concepts[match.form.concept]
            let original = analysis.text(match.range)
            var fixes: [Fix] = []
            var message = "Explain \"\(original)\" where it first appears"
            if let definition = concept.definition {
                message += ": readers may not know it (\(definition))."
                let edit = TextEdit(range: match.range.upperBound..<match.range.upperBound, newText: " (\(definition))")
                fixes.append(Fix(title: "Explain \"\(original)\" in place", edits: [edit], isSafe: false))
            } else {
                message += "; readers may not know it."
            }
            if let name = inName {
                // The name is flagged as a whole: no rule edits inside a name.
                let tokens = analysis.document.tokens
                let range = tokens[name.lowerBound].start..<tokens[name.upperBound - 1].end
                let meaning = concept.definition.map { " (\($0))" } ?? ""
                diagnostics.append(context.diagnostic("Explain \"\(analysis.text(range))\" where it first appears: readers may not know \"\(original)\"\(meaning).", at: range))
                continue
            }
            diagnostics.append(context.diagnostic(message, at: match.range, fixes: fixes))
        }
        let title = titleWords ?? KnownWords.titleWords(document)
        checkNamedConditions(context, titleWords: title, into: &diagnostics)
        checkRareWords(context, titleWords: title, into: &diagnostics)
    }

    /// A condition named after a person that the vocabulary does not hold ("Klinefelter syndrome"): its first use
    /// in prose, unexplained, unless readers know the name or it is the page's topic.
    func checkNamedConditions(_ context: RuleContext, titleWords: Set<[UInt8]>, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        var seen = Set<String>()
        var matchIndex = 0
        let matches = analysis.termMatches
        for name in NamedConditions.find(in: document, words: WordList.builtIn(locale: context.locale)) {
            let tokens = document.tokens
            // A vocabulary term over the name is the vocabulary's to judge.
            while matchIndex < matches.count, matches[matchIndex].tokenEnd <= name.lowerBound { matchIndex += 1 }
            if matchIndex < matches.count, matches[matchIndex].tokenStart < name.upperBound { continue }
            let key = (name.lowerBound..<(name.upperBound - 1)).map { NamedConditions.key($0, in: document) }.joined(separator: " ")
            guard seen.insert(key).inserted else { continue }
            guard !name.contains(where: { NamedConditions.isFamiliar($0, in: document) }) else { continue }
            guard !analysis.blockKind(ofToken: name.lowerBound).isHeading, !analysis.regions.isReference(token: name.lowerBound, in: document) else { continue }
            if tokens[name].allSatisfy({ titleWords.contains(document.bytes(of: $0).map(NearMissIndex.fold)) }) { continue }
            if TermUse.isExplained(tokens: name, in: analysis) || TermUse.isTitleLine(name.lowerBound, document) { continue }
            // One example in a list of such names ("such as Halvorsen syndrome"): the name says it is a condition.
            if TermUse.isListedName(name, document) { continue }
            let range = tokens[name.lowerBound].start..<tokens[name.upperBound - 1].end
            diagnostics.append(context.diagnostic("Explain \"\(analysis.text(range))\" where it first appears; readers may not know it.", at: range))
        }
    }

    /// Words for medicines in general: "drugs such as X", "a medicine called X".
    static let medicineWords: Set<String> = [
        "drug", "drugs", "medicine", "medicines", "medication", "medications", "pill", "pills",
        // Classes of medicines: "antidepressants, such as X" says X is a medicine.
        "antidepressants", "antibiotics", "antihistamines", "antivirals", "antifungals", "blockers", "inhibitors",
        "diuretics", "steroids", "corticosteroids", "painkillers", "statins", "laxatives", "antacids", "vaccines",
        "anticoagulants", "chemotherapy", "supplements",
        // "a dose of X" gives X as a medicine too.
        "dose", "doses",
    ]

    /// True when a medicine's name follows "drugs such as", "medicines like" or "a drug called" within a few words,
    /// or its sentence says it is a drug ("Retinoids, such as X, are drugs …"): for a drug's own name, knowing
    /// that it is a medicine is what the reader needs.
    static func isNamedAsMedicine(_ match: Range<Int>, _ document: ParsedDocument) -> Bool {
        let sentence = document.tokens[match.lowerBound].sentence
        let range = document.sentences[sentence].tokens
        // The start of the list the name ends ("agents include A, B, and X"): the words before the list count.
        let start = TermUse.listStart(match.lowerBound, document)
        var index = match.lowerBound - 1
        while index >= range.lowerBound, index >= start - 6 {
            if let word = TermUse.word(document, index, sentence: sentence), medicineWords.contains(word) { return true }
            index -= 1
        }
        // "Drugs used to … are A, B, and X": the sentence opens with a word for medicines.
        let opening = range.lowerBound + ((TermUse.word(document, range.lowerBound, sentence: sentence).map { ["the", "these", "other"].contains($0) } ?? false) ? 1 : 0)
        if opening < match.lowerBound, let word = TermUse.word(document, opening, sentence: sentence), medicineWords.contains(word),
           let verb = TermUse.word(document, start - 1, sentence: sentence), ["are", "include", "includes"].contains(verb) { return true }
        // "…, are drugs that …" after the term.
        var after = match.upperBound
        while after < range.upperBound, after < match.upperBound + 12 {
            // "X and Y belong to the family of drugs called …".
            if let word = TermUse.word(document, after, sentence: sentence), word == "belong" || word == "belongs" {
                return (after + 1..<min(range.upperBound, after + 7)).contains { TermUse.word(document, $0, sentence: sentence).map(medicineWords.contains) == true }
            }
            if let word = TermUse.word(document, after, sentence: sentence), word == "are" || word == "is",
               let next = TermUse.word(document, after + 1, sentence: sentence) {
                let noun = (next == "a" || next == "an") ? TermUse.word(document, after + 2, sentence: sentence) : next
                return noun.map(medicineWords.contains) == true
            }
            after += 1
        }
        // "X has been used to treat lice": the sentence says what the medicine is for.
        return TermUse.saysWhatItTreats(match, document)
    }

    /// True when a term of several words holds a term the page used before ("pituitary", then "pituitary
    /// tumors"): the reader met the hard word at its first use, which is where it is flagged or explained, and the
    /// rest ("tumors") is everyday.
    static func isMadeOfEarlierTerm(_ match: TermMatch, _ analysis: DocumentAnalysis, byFirstWord: [String: [Int]]) -> Bool {
        guard match.tokenEnd - match.tokenStart >= 2 else { return false }
        let document = analysis.document
        let words = Set(document.tokens[match.tokenStart..<match.tokenEnd].map { document.text(of: $0).lowercased() })
        // An earlier term made of these words starts with one of them: only those are read.
        for word in words {
            for position in byFirstWord[word] ?? [] {
                let earlier = analysis.termMatches[position]
                guard earlier.tokenEnd <= match.tokenStart else { break }
                guard earlier.form.concept != match.form.concept, !analysis.blockKind(ofToken: earlier.tokenStart).isHeading else { continue }
                if document.tokens[earlier.tokenStart..<earlier.tokenEnd].allSatisfy({ words.contains(document.text(of: $0).lowercased()) }) { return true }
            }
        }
        return false
    }

    /// The positions in `termMatches` of the matches that start with each (lower-cased) word, in document order.
    static func matchesByFirstWord(_ analysis: DocumentAnalysis) -> [String: [Int]] {
        let document = analysis.document
        var index: [String: [Int]] = [:]
        for (position, match) in analysis.termMatches.enumerated() {
            index[document.text(of: document.tokens[match.tokenStart]).lowercased(), default: []].append(position)
        }
        return index
    }
}
