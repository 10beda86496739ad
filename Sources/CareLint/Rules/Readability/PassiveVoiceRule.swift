/// `readability/passive-voice`: a form of "be" followed by a past participle ("is removed", "were given").
struct PassiveVoiceRule: Rule {
    let description = RuleDescription(
        id: "readability/passive-voice",
        defaultSeverity: .info,
        summary: "A sentence uses the passive voice.",
        rationale: """
            The passive hides who acts: "the drain is removed" leaves the reader asking who removes it, and when. \
            Patient material reads more easily and tells readers what to expect when it names the actor: "the \
            nurse removes the drain". The rule finds a form of "be" (am, is, are, was, were, be, been, being, and \
            their contractions), optional adverbs, then a past participle (a regular "-ed" form or a common \
            irregular one such as "given", "taken", "done"). Participles that usually work as adjectives after \
            "be" ("tired", "worried", "swollen", "located") pass, as do participles after "very", "so", "too", \
            "more" or before "than": those describe a state, not an action. "Is called" and "is known as", which \
            introduce a term, pass too. It is information only: the passive \
            is sometimes the right choice.
            """,
        triggering: [
            RuleExample("The drain 1️⃣is removed after two days."),
            RuleExample("You will 1️⃣be given medicine so you do not feel pain."),
            RuleExample("The sample 1️⃣was then sent to a lab, and the results 2️⃣were not shared."),
        ],
        nonTriggering: [
            RuleExample("The nurse removes the drain after two days."),
            RuleExample("You may be tired or worried after the test."),
            RuleExample("Your belly is swollen and your legs are more swollen than usual."),
            RuleExample("The tumor is located near a large blood vessel."),
            RuleExample("Your bed is ready, and the need is real."),
        ],
        scope: .block
    )

    static let beForms: Set<String> = [
        "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't",
        "it's", "that's", "he's", "she's", "they're", "we're", "you're", "i'm", "there's",
    ]

    /// Words that may stand between "be" and the participle.
    static let adverbs: Set<String> = [
        "not", "also", "often", "usually", "then", "still", "always", "never", "sometimes", "already", "just",
        "rarely", "only", "first", "normally", "generally", "typically", "commonly", "mostly", "now", "soon",
        "all", "both", "each", "either", "ever", "later", "again", "well", "being", "been",
    ]

    /// Words before the participle that make it an adjective ("very tired").
    static let degree: Set<String> = ["very", "so", "too", "more", "less", "most", "least", "quite", "rather", "really", "extremely", "fairly", "somewhat", "a", "an", "the", "as"]

    /// Common irregular past participles.
    static let irregular: Set<String> = [
        "done", "given", "taken", "seen", "known", "made", "found", "told", "shown", "written", "driven", "eaten",
        "chosen", "broken", "spoken", "forgotten", "gotten", "held", "kept", "left", "lost", "paid", "put", "said",
        "sent", "set", "shut", "spent", "built", "brought", "bought", "caught", "taught", "thought", "felt", "fed",
        "led", "met", "hurt", "cut", "hit", "let", "begun", "drawn", "grown", "thrown", "worn", "torn", "borne",
        "frozen", "hidden", "bitten", "shaken", "stolen", "woken", "beaten", "forbidden", "struck", "stuck", "hung",
        "spun", "won", "sold", "understood", "withdrawn", "undergone", "overcome", "sewn", "sworn", "bound", "ground",
        "dealt", "meant", "heard", "laid", "lit", "slid", "split", "spread", "sought", "fought", "burnt", "learnt",
        "spilt", "cast", "quit", "rid", "bred", "run", "come", "become", "fallen", "rung", "sung", "swung", "wrung",
        "dug", "shot", "sunk", "sprung", "stung", "slept", "swept", "wept", "mistaken", "overtaken", "rewritten",
        "upheld", "withheld", "misunderstood", "outgrown", "foreseen", "overseen", "retaken", "redone", "bled",
    ]

    /// "-ed" words that are not verbs, and participles that work as adjectives after "be".
    static let notPassive: Set<String> = [
        "need", "feed", "seed", "speed", "bleed", "breed", "indeed", "hundred", "bed", "red", "shed", "wed", "sacred",
        "naked", "wicked", "kindred", "crooked", "rugged", "ragged", "beloved", "learned", "aged", "deed", "weed",
        "tired", "worried", "interested", "concerned", "scared", "married", "divorced", "excited", "pleased",
        "surprised", "confused", "frightened", "swollen", "bloated", "dehydrated", "depressed", "stressed",
        "exhausted", "relaxed", "satisfied", "disappointed", "embarrassed", "ashamed", "annoyed", "bored", "amazed",
        "qualified", "experienced", "advanced", "limited", "related", "located", "based", "supposed", "used",
        "involved", "prepared", "allowed", "done", "gone", "born", "unwell", "overweight", "upset", "lost",
        "dazed", "drowsy", "determined", "committed", "detailed", "talented", "skilled", "educated", "informed",
        "insured", "uninsured", "vaccinated", "unvaccinated", "infected", "inflamed", "enlarged", "blocked",
        "closed", "open", "crowded", "complicated", "sophisticated", "dedicated", "tied", "lied", "died", "dyed",
        "fried", "dried", "varied", "hatred", "shred", "sled", "fled", "biased", "pressed", "known", "left", "called", "named", "termed",
    ]

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        let tokens = document.tokens
        for sentence in document.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                defer { index += 1 }
                // A cheap test on the bytes first: be-forms are short ASCII words (plus ’ in contractions).
                guard tokens[index].kind == .word, tokens[index].end - tokens[index].start <= 9,
                      Self.beFormKeys.contains(Self.key(document.bytes(of: tokens[index]))) else { continue }
                var next = index + 1
                var previous = word(document, index)
                while next < sentence.tokens.upperBound, tokens[next].kind == .word {
                    let candidate = word(document, next)
                    if Self.adverbs.contains(candidate) || (candidate.hasSuffix("ly") && candidate.count > 4) {
                        previous = candidate
                        next += 1
                    } else {
                        break
                    }
                }
                guard next < sentence.tokens.upperBound, tokens[next].kind == .word, !Self.degree.contains(previous) else { continue }
                let participle = word(document, next)
                guard isParticiple(participle), !followedByThan(document, next, sentence) else { continue }
                let range = tokens[index].start..<tokens[next].end
                let phrase = document.text(in: range)
                diagnostics.append(context.diagnostic(
                    "\"\(phrase)\" is in the passive voice; where it helps the reader, say who does it.",
                    at: range
                ))
                index = next
            }
        }
    }

    /// The be-forms packed as keys (see `key`).
    static let beFormKeys: Set<UInt64> = Set(beForms.map { key(Array($0.utf8)[...]) })

    /// A word's key for set lookups without building a string (the one word key, ``WordKey``).
    static func key(_ bytes: ArraySlice<UInt8>) -> UInt64 { WordKey.of(bytes) }

    private func word(_ document: ParsedDocument, _ index: Int) -> String {
        document.text(of: document.tokens[index]).lowercased().replacingApostrophes
    }

    func isParticiple(_ word: String) -> Bool {
        if Self.notPassive.contains(word) { return false }
        if Self.irregular.contains(word) { return true }
        guard word.count >= 5, word.hasSuffix("ed"), !word.contains("'") else { return false }
        // "-eed" words other than "agreed", "freed" are mostly nouns or verbs in the present ("need").
        if word.hasSuffix("eed") { return word == "agreed" || word == "freed" || word == "guaranteed" }
        return true
    }

    private func followedByThan(_ document: ParsedDocument, _ index: Int, _ sentence: Sentence) -> Bool {
        let next = index + 1
        guard next < sentence.tokens.upperBound else { return false }
        return word(document, next) == "than"
    }
}
