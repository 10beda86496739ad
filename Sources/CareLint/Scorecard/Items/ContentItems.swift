/// PEMAT 1, 3, 4, 5: purpose, everyday language, medical terms defined, active voice.
enum ContentItems {
    static let all = [purpose, everydayLanguage, termsDefined, activeVoice]

    // MARK: PEMAT 1

    static let purpose = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/1", domain: .pematUnderstandability, title: "Purpose is evident",
        asks: "The title or the opening tells at a glance what the material is specifically about.",
        decides: "Passes when the page has a title that is not generic (not \"Overview\", \"Information\", \"Fact sheet\", \"X and you\") or its opening paragraph says what the page is for (\"This page explains …\"). Fails when there is neither.",
        decision: .estimated,
        examples: [
            ScorecardExample("# Caring for a cast on your arm\n\nA cast holds a broken bone still while it heals. Keep it dry.\n", .pass),
            ScorecardExample("# Overview\n\nThere are many things to know. Some of them matter more than others.\n", .fail),
        ]
    )) { scorer, _ in
        let document = scorer.document
        if let title = scorer.structure.title {
            let text = DocumentRegions.headingText(ofBlock: title, in: document)
            let words = text.split(separator: " ")
            let generic = genericTitles.contains(text) || text.hasSuffix(" and you") || (words.first == "about" && words.count <= 3)
            if !generic, !words.isEmpty { return .pass("The title names the topic.", [Evidence(scorer.range(ofBlock: title), "title")]) }
            return .fail("The title is generic and the opening does not say what the page is for.", [Evidence(scorer.range(ofBlock: title), "generic title")])
        }
        if let first = scorer.facts.body.first {
            let words = scorer.facts.words(first, document).prefix(4).map { scorer.facts.keys[$0] }
            if words.contains(WordKey.of("this")), words.contains(where: { purposeWords.contains($0) }) {
                return .pass("The opening sentence says what the page is for.", scorer.evidence([first], "opening"))
            }
        }
        return .fail("The page has no title and its opening does not say what it is for.")
    }

    static let genericTitles: Set<String> = [
        "overview", "information", "introduction", "fact sheet", "facts", "general information", "health information",
        "patient information", "summary", "home", "untitled", "details", "more information", "faq", "faqs",
    ]
    static let purposeWords = WordKey.set(["page", "sheet", "guide", "leaflet", "handout", "article", "booklet"])

    // MARK: PEMAT 3

    static let everydayLanguage = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/3", domain: .pematUnderstandability, title: "Everyday language",
        asks: "Common, everyday words are used nearly all the time; abbreviations are few and spelled out.",
        decides: "Fails when the complex words (unexplained jargon and terms that need a definition) exceed `scorecard.complexShare` of the body words, when the page uses more than `scorecard.acronyms` distinct acronyms outside the well-known ones (CT, MRI, HIV, DNA …), or when more than a few terms are jargon: at least 3 distinct terms that the vocabulary rules leave unexplained (as PEMAT 4 counts them: `vocab/jargon`, `vocab/define-on-first-use`, `vocab/acronym`, `vocab/uncommon-word`), on a page of any length. One or two fail PEMAT 4 only.",
        decision: .estimated,
        examples: [
            ScorecardExample("# Your sore throat\n\nMost sore throats get better in a week. Drink warm tea, rest and suck on ice chips.\n", .pass),
            ScorecardExample("# Results\n\nThe ALT, AST, GGT and ALP were high, so the team ordered an MRCP and an ERCP.\n", .fail),
            // Three unexplained terms are more than a few; two leave the words everyday (PEMAT 4 fails them).
            ScorecardExample("# After the fall\n\nThe scan showed a hematoma, some edema and a small effusion. Rest at home for a week and keep the leg up.\n", .fail),
            ScorecardExample("# After the fall\n\nThe scan showed a hematoma and some edema. Rest at home for a week and keep the leg up.\n", .pass),
            ScorecardExample("# After your operation\n\nMost people feel tired for a week or two when they get home. That is normal, and it gets better each day.\n\nSome people get dyspnea, tachycardia or syncope in the first days. Others notice edema in the legs, pruritus near the cut, or emesis after meals. Tell the nurse about hematuria, anemia, thrombosis or melena. Your hypertension may need a new pill, and the analgesic you take can make you sleepy. A few people get a rash from the tape, or a sore throat from the tube. Both go away in a day or two.\n\nWalk a little each day, and go a bit further each time. Drink water with each meal. Eat soft food at first, then what you like. Rest when you need to, and sleep on your back for the first week. Do not lift heavy bags or drive for two weeks. Ask a friend to help with the shopping.\n", .fail),
            // Uncommon medical words recur (`vocab/uncommon-word`: medical words beyond SCOWL size 50).
            ScorecardExample("# Eyes, heart and brain\n\nThe doctor checked the macula and the philtrum. She looked at the callosum on the scan. She heard a bruit near the mitral valve. Chorea, myoclonus and narcolepsy were ruled out. Stasis, mastitis and enteritis were not found. The scan showed no demyelination.\n", .fail),
        ]
    )) { scorer, _ in
        let complex = scorer.complexWords.complexWords(scorer.analysis, findings: scorer.findings)
        let share = scorer.structure.words == 0 ? 0 : Double(complex.count) / Double(scorer.structure.words)
        let acronyms = distinctAcronyms(scorer)
        let allowed = scorer.settings.acronyms
        if acronyms.count > allowed {
            return .fail("The page uses \(acronyms.count) different acronyms (more than \(allowed)).", acronyms.map { Evidence($0, "acronym") })
        }
        let terms = unexplainedTerms(scorer).firstPlaces
        if terms.count >= unexplainedTermsAllowed {
            return .fail("\(terms.count) different medical terms are left unexplained (more than a few: \(unexplainedTermsAllowed) or more fail).", terms.map { Evidence($0, "unexplained term") })
        }
        if share > scorer.settings.complexShare {
            let percent = Int((share * 100).rounded())
            return .fail("About \(percent)% of the words are unexplained medical terms (more than \(Int((scorer.settings.complexShare * 100).rounded()))%).", complex.map { Evidence($0, "complex word") })
        }
        return .pass("Words are common; \(complex.count) unexplained term(s) and \(acronyms.count) acronym(s).", complex.map { Evidence($0, "complex word") })
    }

    /// PEMAT 3 fails with at least this many distinct unexplained terms: more than a few, whatever the page's length
    /// (the reviewers name three or four unexplained terms as "jargon"; one or two left do not make a page's words
    /// uncommon, and PEMAT 4 already fails them).
    static let unexplainedTermsAllowed = 3

    /// The unexplained terms the vocabulary rules (`termRules`) leave on the page: every place, in text order, and
    /// the first place of each distinct term (forms of one word are one term, as `termFamily` reads them).
    static func unexplainedTerms(_ scorer: Scorer) -> (places: [Evidence], firstPlaces: [ByteRange]) {
        var places: [Evidence] = []
        var seen: [[UInt8]: ByteRange] = [:]
        for id in termRules {
            for finding in scorer.findings[id] ?? [] {
                places.append(Evidence(finding.range, "unexplained: " + scorer.analysis.text(finding.range)))
                let family = termFamily(scorer.document.source.bytes[finding.range])
                if let first = seen[family], first.lowerBound <= finding.range.lowerBound { continue }
                seen[family] = finding.range
            }
        }
        places.sort { $0.range.lowerBound < $1.range.lowerBound }
        return (places, seen.values.sorted { $0.lowerBound < $1.lowerBound })
    }

    /// Acronyms better known than their spelled-out form: they do not count against PEMAT 3.
    static let knownAcronyms: Set<String> = ["CT", "MRI", "HIV", "AIDS", "DNA", "ECG", "EKG", "ER", "ICU", "US", "USA", "UK", "TV", "OK", "COVID", "PET", "X", "ID", "AM", "PM", "CPR", "IV", "FAQ", "FAQS", "NIH", "CDC", "FDA"]

    /// The first place of each distinct acronym (two or more capitals, in the body).
    static func distinctAcronyms(_ scorer: Scorer) -> [ByteRange] {
        let document = scorer.document
        var seen: Set<UInt64> = []
        var places: [ByteRange] = []
        for sentence in scorer.facts.body {
            for token in document.sentences[sentence].tokens where document.tokens[token].kind == .word && document.tokens[token].has(Token.allCaps) {
                let length = document.tokens[token].end - document.tokens[token].start
                guard length >= 2, length <= 6, seen.insert(scorer.facts.keys[token]).inserted else { continue }
                let text = document.text(of: document.tokens[token])
                guard !knownAcronyms.contains(text.uppercased()) else { continue }
                places.append(document.tokens[token].range)
            }
        }
        return places
    }

    // MARK: PEMAT 4

    static let termsDefined = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/4", domain: .pematUnderstandability, title: "Medical terms are defined",
        asks: "Medical terms are used only to familiarise the reader with them, and are defined in plain words where used.",
        decides: "Passes when `vocab/jargon`, `vocab/define-on-first-use`, `vocab/acronym` and `vocab/uncommon-word` leave at most one unexplained term on the page (a definition must be in the text); two or more distinct terms fail. Forms of one word (\"abdomen\", \"abdominal\") are one term. Bounded by the vocabulary's coverage.",
        decision: .automatic,
        examples: [
            ScorecardExample("# High blood pressure\n\nHigh blood pressure means your blood pushes too hard on your blood vessels.\n", .pass),
            ScorecardExample("# After your procedure\n\nYou may have dyspnea and tachycardia. The hematoma should settle.\n", .fail),
            ScorecardExample("# Stomach ache\n\nYour abdomen holds your stomach and gut. Abdominal cramps often pass in a day.\n", .pass),
            ScorecardExample("# Germs in hospital\n\nSome germs cause mastitis in nursing mothers. Others cause enteritis in people who stay in hospital for weeks.\n", .fail),
        ]
    )) { scorer, _ in
        let (places, terms) = unexplainedTerms(scorer)
        if terms.count > 1 { return .fail("\(terms.count) medical terms or acronyms are used without a plain-words explanation.", places) }
        return .pass(terms.isEmpty ? "Every medical term found is explained." : "One term is left unexplained.", places)
    }

    /// The vocabulary rules whose findings are medical terms left unexplained (PEMAT 4): the issue's "no
    /// unexplained term left by the vocabulary rules", including the medical words `vocab/uncommon-word` finds.
    static let termRules = ["vocab/jargon", "vocab/define-on-first-use", "vocab/acronym", "vocab/uncommon-word"]

    /// Letters that name a term's family: "abdomen" and "abdominal" are one term, left unexplained once or twice.
    static let familyLetters = 5

    /// The first `familyLetters` letters of a term, lower-cased.
    static func termFamily(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.prefix(familyLetters).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    // MARK: PEMAT 5

    static let activeVoice = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/5", domain: .pematUnderstandability, title: "Active voice",
        asks: "The text uses the active voice most of the time.",
        decides: "Passes when at most `scorecard.passiveShare` (default 20%) of the body sentences have a passive verb found by `readability/passive-voice`.",
        decision: .automatic,
        examples: [
            ScorecardExample("# Washing your hands\n\nWet your hands. Rub them with soap for 20 seconds. Rinse and dry them.\n", .pass),
            ScorecardExample("# The test\n\nA sample is taken. It is sent to a lab. The results are checked by a doctor.\n", .fail),
        ]
    )) { scorer, _ in
        let passive = scorer.findings["readability/passive-voice"] ?? []
        let sentences = Set(passive.compactMap { diagnostic in scorer.facts.body.first { scorer.range(ofSentence: $0).contains(diagnostic.range.lowerBound) } })
        let total = scorer.facts.body.count
        guard total > 0 else { return .notApplicable("The page has no sentences.") }
        let share = Double(sentences.count) / Double(total)
        let evidence = passive.map { Evidence($0.range, "passive") }
        let percent = Int((share * 100).rounded())
        if share > scorer.settings.passiveShare { return .fail("\(percent)% of sentences are passive (\(sentences.count) of \(total)).", evidence) }
        return .pass("\(percent)% of sentences are passive (\(sentences.count) of \(total)).", evidence)
    }
}
