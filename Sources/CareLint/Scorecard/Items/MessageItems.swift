/// CCI 1, 2, 7, 10: the main message and the audience's words. A front-matter `main_message` (the CDC's opening
/// question, field name configurable) makes 1, 2 and 10 exact; without it they are estimates.
enum MessageItems {
    static let all = [mainMessage, messageAtTop, audienceWords, importantFirst]

    /// Without a declared message, a page longer than this many words is a topic overview, not one message.
    static let singleMessageWords = 150

    /// The lead section: the text before the first subheading.
    static func lead(_ scorer: Scorer) -> PageStructure.Section? {
        scorer.structure.sections.first { $0.heading == nil && $0.words > 0 }
    }

    /// Body sentences in the lead section, with at least 5 words, that state something (not a question).
    static func leadStatements(_ scorer: Scorer) -> [Int] {
        guard let lead = lead(scorer) else { return [] }
        let document = scorer.document
        return scorer.facts.body.filter { sentence in
            let block = document.sentences[sentence].block
            guard lead.blocks.contains(block), document.layout.blocks[block].kind == .paragraph else { return false }
            let range = document.sentences[sentence].tokens
            guard let last = range.last, !(document.tokens[last].kind == .punctuation && document.source.bytes[document.tokens[last].start] == 0x3F) else { return false }
            return scorer.facts.words(sentence, document).count >= 5
        }
    }

    /// Content words of the declared message found in the lead section, as a share.
    static func overlap(_ message: String, _ scorer: Scorer) -> Double {
        let words = Set(DocumentRegions.normalize(message).split(separator: " ").filter { $0.count > 3 }.map { WordKey.of(String($0)) })
        guard !words.isEmpty, let lead = lead(scorer) else { return 0 }
        var found: Set<UInt64> = []
        for sentence in scorer.facts.body where lead.blocks.contains(scorer.document.sentences[sentence].block) {
            for token in scorer.document.sentences[sentence].tokens where words.contains(scorer.facts.keys[token]) { found.insert(scorer.facts.keys[token]) }
        }
        return Double(found.count) / Double(words.count)
    }

    // MARK: CCI 1

    static let mainMessage = ScorecardItem(description: ScorecardItemDescription(
        id: "cci/1", domain: .cci, title: "One main message",
        asks: "The material states one main message the audience must remember, not just a topic.",
        decides: "With front matter `main_message` (`scorecard.frontMatter.mainMessage`): passes. Without it, an estimate: fails when the page opens with a list of more than 3 points (several messages); passes when a key-message heading (\"What you need to know\", \"Key points\" over at most 3 points) opens the page, or the page is short (at most 150 body words) and its first paragraph makes at most 3 statements; a longer page without either reads as a topic overview with several messages.",
        decision: .estimated,
        examples: [
            ScorecardExample("---\nmain_message: Wash your hands before you eat.\n---\n# Clean hands\n\nWash your hands before you eat.\n", .pass),
            ScorecardExample("# Clean hands\n\nWashing your hands with soap stops most germs from spreading.\n\n## How\n\nRub for 20 seconds.\n", .pass),
            ScorecardExample("# Clean hands\n\n## Germs\n\nGerms are everywhere.\n\n## Soap\n\nSoap comes in many kinds.\n", .fail),
        ]
    )) { scorer, _ in
        if scorer.frontMatter(scorer.settings.mainMessageField) != nil { return .pass("The main message is declared in front matter.") }
        if let opening = openingList(scorer), opening.topLevel > 3 {
            return .fail("The page opens with a list of \(opening.topLevel) points: several messages compete.", [Evidence(scorer.range(ofBlock: opening.blocks.lowerBound), "opening list")])
        }
        if keyPointsFirst(scorer) { return .pass("A key-message section opens the page.") }
        let statements = firstParagraphStatements(scorer)
        if statements.isEmpty { return .fail("No opening sentence states a message before the first subheading.") }
        if statements.count > 3 { return .fail("The opening paragraph is long: no single message stands out.", scorer.evidence(statements, "opening")) }
        // A longer page without a declared message or a key-message box reads as a topic overview: several
        // messages of equal weight (the reviewers' reading of such pages).
        if scorer.structure.words > MessageItems.singleMessageWords {
            return .fail("A \(scorer.structure.words)-word topic page with no declared message or key-message box: several messages compete.", scorer.evidence(statements, "opening"))
        }
        return .pass("A short page whose opening states its message.", scorer.evidence(statements, "opening message"))
    }

    /// A list that comes before the first paragraph of the body.
    static func openingList(_ scorer: Scorer) -> PageStructure.List? {
        guard let list = scorer.structure.lists.first(where: { !$0.isResources }) else { return nil }
        let blocks = scorer.document.layout.blocks
        let headings = Set(scorer.structure.headingBlocks)
        let firstParagraph = blocks.indices.first { blocks[$0].kind == .paragraph && !headings.contains($0) && $0 != scorer.structure.title }
        return list.blocks.lowerBound < (firstParagraph ?? Int.max) ? list : nil
    }

    /// Statements of the first body paragraph (at least 5 words, not questions).
    static func firstParagraphStatements(_ scorer: Scorer) -> [Int] {
        let statements = leadStatements(scorer)
        guard let first = statements.first else { return [] }
        let block = scorer.document.sentences[first].block
        return statements.filter { scorer.document.sentences[$0].block == block }
    }

    static func keyPointsFirst(_ scorer: Scorer) -> Bool {
        guard let first = scorer.structure.headingBlocks.first, lead(scorer) == nil else { return false }
        let text = DocumentRegions.headingText(ofBlock: first, in: scorer.document)
        return OrganisationItems.summaryHeadings.contains { text == $0 || text.hasPrefix($0 + " ") }
    }

    // MARK: CCI 2

    static let messageAtTop = ScorecardItem(description: ScorecardItemDescription(
        id: "cci/2", domain: .cci, title: "Main message at the top",
        asks: "The main message is in the first paragraph or section.",
        decides: "0 when CCI 1 fails. With a declared `main_message`, passes when 60% of its content words appear in the lead section. Otherwise passes when CCI 1 found its message in a lead of at most 150 words.",
        decision: .estimated,
        examples: [
            ScorecardExample("---\nmain_message: Wash your hands before you eat.\n---\n# Clean hands\n\nAlways wash your hands before you eat.\n", .pass),
            ScorecardExample("---\nmain_message: Wash your hands before you eat.\n---\n# Clean hands\n\nGerms live on door handles.\n", .fail),
        ]
    )) { scorer, previous in
        if previous["cci/1"]?.verdict == .fail { return .fail("No main message was found (CCI 1).") }
        if let message = scorer.frontMatter(scorer.settings.mainMessageField) {
            let share = overlap(message, scorer)
            return share >= 0.6 ? .pass("The declared message is in the opening.") : .fail("The opening does not carry the declared message.")
        }
        if keyPointsFirst(scorer) { return .pass("A key-points section opens the page.") }
        guard let lead = lead(scorer) else { return .fail("The page has no opening text.") }
        if lead.words <= 150 { return .pass("The message is in a short opening (\(lead.words) words).") }
        return .fail("The opening is \(lead.words) words: the message is not at the top.")
    }

    // MARK: CCI 7

    static let audienceWords = ScorecardItem(description: ScorecardItemDescription(
        id: "cci/7", domain: .cci, title: "Words the audience uses",
        asks: "The material always uses words the audience knows; every unfamiliar term and acronym is explained at first use.",
        decides: "Passes only when `vocab/jargon`, `vocab/define-on-first-use` and `vocab/acronym` leave no unexplained term: one is enough to fail (\"always\").",
        decision: .estimated,
        examples: [
            ScorecardExample("# Sleep\n\nMost adults need 7 to 9 hours of sleep each night.\n", .pass),
            ScorecardExample("# Sleep\n\nPoor sleep can worsen hypertension.\n", .fail),
        ]
    )) { scorer, _ in
        var places: [Evidence] = []
        for id in ["vocab/jargon", "vocab/define-on-first-use", "vocab/acronym"] {
            places += (scorer.findings[id] ?? []).map { Evidence($0.range, "unexplained: " + scorer.analysis.text($0.range)) }
        }
        places.sort { $0.range.lowerBound < $1.range.lowerBound }
        if places.isEmpty { return .pass("Every term found is explained.") }
        return .fail("\(places.count) term(s) are not explained where first used.", places)
    }

    // MARK: CCI 10

    static let importantFirst = ScorecardItem(description: ScorecardItemDescription(
        id: "cci/10", domain: .cci, title: "Most important information first",
        asks: "The most important information, including the main message, is summarised in the first paragraph or section.",
        decides: "0 when CCI 1 fails (it must hold the main message). Passes when a key-points section opens the page, or the lead section has the message and is at most 150 words.",
        decision: .estimated,
        examples: [
            ScorecardExample("# Clean hands\n\nWash your hands with soap before you eat and after the toilet.\n\n## Why\n\nIt stops germs.\n", .pass),
            ScorecardExample("# Clean hands\n\n## Germs\n\nGerms are everywhere.\n\n## Soap\n\nSoap comes in many kinds.\n", .fail),
        ]
    )) { scorer, previous in
        if previous["cci/1"]?.verdict == .fail { return .fail("No main message was found (CCI 1).") }
        if keyPointsFirst(scorer) { return .pass("A key-points section opens the page.") }
        if let message = scorer.frontMatter(scorer.settings.mainMessageField), overlap(message, scorer) < 0.6 {
            return .fail("The opening does not carry the declared message.")
        }
        guard let lead = lead(scorer) else { return .fail("The page has no opening text.") }
        if lead.words <= 150 { return .pass("A short opening (\(lead.words) words) carries the message.") }
        return .fail("The opening is \(lead.words) words long: the key information is not summarised first.")
    }
}
