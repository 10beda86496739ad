/// CCI 1, 2, 7, 10: the main message and the audience's words. A front-matter `main_message` (the CDC's opening
/// question, field name configurable) makes 1, 2 and 10 exact; without it they are estimates.
enum MessageItems {
    static let all = [mainMessage, messageAtTop, audienceWords, importantFirst]

    /// Without a declared message, only a page of at most this many body words (about one screen) can carry a
    /// single message; a longer one is a topic overview with several.
    static let singleMessageWords = 250
    /// "At the top": the message starts within this many body words (visible without scrolling).
    static let topWords = 150

    /// The page's first recommended behaviour, when it comes in the first half of the body: the page leads to
    /// action, and what the reader should do is its message (the CDC: a topic is not a message). The body words
    /// before it are returned too.
    static func leadingAction(_ scorer: Scorer) -> (sentence: Int, wordsBefore: Int)? {
        guard let first = scorer.facts.behaviours.first else { return nil }
        var before = 0
        var total = 0
        for sentence in scorer.facts.body {
            let words = scorer.facts.words(sentence, scorer.document).count
            if sentence < first { before += words }
            total += words
        }
        return before * 2 <= total ? (first, before) : nil
    }

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
        decides: "With front matter `main_message` (`scorecard.frontMatter.mainMessage`): passes. Without it, an estimate: fails when the page opens with a list of more than 3 points (several messages); passes when a key-message heading (\"What you need to know\", \"Key points\" over at most 3 points) opens the page, or when a page of at most 250 body words leads to action (its first recommended behaviour comes in the first half: what the reader should do is the message). A longer page, or one that only describes its topic, fails: a topic is not a message.",
        decision: .estimated,
        examples: [
            ScorecardExample("---\nmain_message: Wash your hands before you eat.\n---\n# Clean hands\n\nWash your hands before you eat.\n", .pass),
            ScorecardExample("# Clean hands\n\nWash your hands with soap before you eat. It stops most germs from spreading.\n\n## How\n\nRub for 20 seconds, then rinse.\n", .pass),
            ScorecardExample("# Germs\n\nGerms are tiny living things. Some cause illness. They spread on hands, food and door handles.\n\nMany germs die in heat. Wash your hands before you eat.\n", .fail),
            ScorecardExample("# Clean hands\n\n## Germs\n\nGerms are everywhere.\n\n## Soap\n\nSoap comes in many kinds.\n", .fail),
        ]
    )) { scorer, _ in
        if scorer.frontMatter(scorer.settings.mainMessageField) != nil { return .pass("The main message is declared in front matter.") }
        if let opening = openingList(scorer), opening.topLevel > 3 {
            return .fail("The page opens with a list of \(opening.topLevel) points: several messages compete.", [Evidence(scorer.range(ofBlock: opening.blocks.lowerBound), "opening list")])
        }
        if keyPointsFirst(scorer) { return .pass("A key-message section opens the page.") }
        let words = scorer.structure.words
        if words > MessageItems.singleMessageWords {
            return .fail("A \(words)-word topic page with no declared message or key-message box: several messages compete.", scorer.evidence(firstParagraphStatements(scorer), "opening"))
        }
        if let action = leadingAction(scorer) {
            return .pass("A short page that leads to action: what the reader should do is its message.", scorer.evidence([action.sentence], "main message"))
        }
        return .fail("A short page that describes its topic but asks nothing of the reader: a topic is not a message.", scorer.evidence(firstParagraphStatements(scorer), "opening"))
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
        decides: "0 when CCI 1 fails. With a declared `main_message`, passes when 60% of its content words appear in the lead section. Otherwise passes when a key-points section opens the page, or the message CCI 1 found (the first recommended behaviour) is in the first paragraph (with the list it leads into; on a page with subheadings, the lead section) and starts within the first 150 body words.",
        decision: .estimated,
        examples: [
            ScorecardExample("---\nmain_message: Wash your hands before you eat.\n---\n# Clean hands\n\nAlways wash your hands before you eat.\n", .pass),
            ScorecardExample("---\nmain_message: Wash your hands before you eat.\n---\n# Clean hands\n\nGerms live on door handles.\n", .fail),
            // Without a declared message: the first paragraph, with the list it leads into, holds the message; a
            // message after a paragraph of background is not at the top.
            ScorecardExample("# Medicines at home\n\nYou can stop mistakes with medicines:\n\n- Keep a list of the medicines you take.\n- Read the label each time.\n\nMistakes with medicines happen at home more often than in hospital.\n", .pass),
            ScorecardExample("# Strong bones\n\nBones hold you up.\n\nEat foods with calcium every day, such as milk, yogurt and green leafy vegetables.\n\nCalcium keeps bones strong. Your body cannot make it, so it must come from what you eat or drink.\n", .fail),
        ]
    )) { scorer, previous in
        if previous["cci/1"]?.verdict == .fail { return .fail("No main message was found (CCI 1).") }
        if let message = scorer.frontMatter(scorer.settings.mainMessageField) {
            let share = overlap(message, scorer)
            return share >= 0.6 ? .pass("The declared message is in the opening.") : .fail("The opening does not carry the declared message.")
        }
        if keyPointsFirst(scorer) { return .pass("A key-points section opens the page.") }
        return atTop(scorer)
    }

    /// CCI 2 and 10 without a declared message: the leading action is in the first paragraph (with the list it
    /// leads into) or, on a page with subheadings, in the lead section, and starts within the first `topWords` body
    /// words (visible without scrolling).
    static func atTop(_ scorer: Scorer) -> ItemResult {
        guard let action = leadingAction(scorer) else { return .fail("No main message was found near the top.") }
        let evidence = scorer.evidence([action.sentence], "main message")
        let block = scorer.document.sentences[action.sentence].block
        let inLead = !scorer.structure.headingBlocks.isEmpty && (lead(scorer)?.blocks.contains(block) ?? false)
        guard inLead || firstParagraph(scorer).contains(block) else {
            return .fail("The message comes after the first paragraph, which gives background.", evidence)
        }
        if action.wordsBefore <= topWords { return .pass("The message starts after \(action.wordsBefore) words, near the top.", evidence) }
        return .fail("The message starts after \(action.wordsBefore) words: below the first screen.", evidence)
    }

    /// The blocks of the first body paragraph and of the list right after it (a lead-in and its list are one
    /// paragraph).
    static func firstParagraph(_ scorer: Scorer) -> Range<Int> {
        let blocks = scorer.document.layout.blocks
        let headings = Set(scorer.structure.headingBlocks)
        let references = scorer.analysis.regions.isReference
        guard let first = blocks.indices.first(where: {
            blocks[$0].kind == .paragraph && !headings.contains($0) && $0 != scorer.structure.title && !references[$0]
        }) else { return 0..<0 }
        var end = first + 1
        while end < blocks.count, blocks[end].kind == .listItem { end += 1 }
        return first..<end
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
        decides: "0 when CCI 1 fails (it must hold the main message). Passes when a key-points section opens the page, or the message CCI 1 found is in the first paragraph (or lead section) and starts within the first 150 body words; with a declared `main_message`, when the lead section carries it.",
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
        if scorer.frontMatter(scorer.settings.mainMessageField) != nil { return .pass("The opening carries the declared message.") }
        return atTop(scorer)
    }
}
