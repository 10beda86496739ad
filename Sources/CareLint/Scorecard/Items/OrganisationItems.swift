/// PEMAT 8, 9, 11, 12, 19 and CCI 8, 9: sections, headings, summary, visual cues, tables, lists.
enum OrganisationItems {
    static let pemat = [shortSections, informativeHeadings, summary, visualCues, simpleTables]
    static let cci = [lists, chunks]

    /// Sections over `scorecard.sectionWords` and flat lists over `scorecard.listItems`.
    static func overLong(_ scorer: Scorer) -> [Evidence] {
        let structure = scorer.structure
        var found: [Evidence] = []
        for section in structure.sections where section.words > scorer.settings.sectionWords {
            let start = scorer.range(ofBlock: section.blocks.lowerBound).lowerBound
            let end = scorer.range(ofBlock: section.blocks.upperBound - 1).upperBound
            found.append(Evidence(start..<end, "a section of \(section.words) words"))
        }
        found += longLists(scorer)
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    static func longLists(_ scorer: Scorer) -> [Evidence] {
        scorer.structure.lists.filter { !$0.hasSubLists && $0.topLevel > scorer.settings.listItems }.map { list in
            Evidence(scorer.range(ofBlock: list.blocks.lowerBound).lowerBound..<scorer.range(ofBlock: list.blocks.upperBound - 1).upperBound, "a list of \(list.topLevel) items")
        }
    }

    // MARK: PEMAT 8

    static let shortSections = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/8", domain: .pematUnderstandability, title: "Short sections",
        asks: "The material is broken into short sections; long lists are broken up too.",
        decides: "Fails when a paragraph has more than `scorecard.paragraphWords` words (default 125): a chunk too long to read at once. Headings, labels and lists break a page into chunks; reviewers accepted long runs of short paragraphs and long lists here (CCI 8 judges list length).",
        notApplicable: "Very short material: at most two paragraphs (lists aside) and at most 300 body words.",
        decision: .automatic,
        examples: [
            ScorecardExample("# Ear infections\n\n## Signs\n\nYour child may pull at an ear, cry more than usual, or have a fever and trouble sleeping at night.\n\n## Care\n\nGive the medicine your doctor prescribed. Keep giving it until it is all gone, even if your child seems better.\n\n## When to call\n\nCall the doctor if the fever lasts more than 2 days, or if fluid comes out of the ear.\n", .pass),
            ScorecardExample("# Ear infections\n\nYour child may pull at an ear, cry more than usual, or have a fever and trouble sleeping at night. These are the usual signs, and they often start a day or two after a cold. Give the medicine your doctor prescribed, at the times on the label, with a drink of water or milk. Keep giving it until it is all gone, even if your child seems better after a day or two, because the germs can come back when the medicine stops too soon. Call the doctor if the fever lasts more than 2 days, if fluid or blood comes out of the ear, if your child seems very sleepy or hard to wake, or if the pain gets worse instead of better. Keep your child home from school or day care until the fever has been gone for a full day. Wash your hands after you touch the ear.\n\nMost children feel better within a week.\n\nAsk about a check-up in a month.\n", .fail),
            ScorecardExample("# Ear infections\n\nCall the doctor if the fever lasts more than 2 days.\n", .notApplicable),
        ]
    )) { scorer, _ in
        guard !scorer.isVeryShort else { return .notApplicable("The material is very short.") }
        let blocks = scorer.document.layout.blocks
        let headings = Set(scorer.structure.headingBlocks)
        let paragraphs = blocks.indices.filter { blocks[$0].kind == .paragraph && !headings.contains($0) && !scorer.analysis.regions.isReference[$0] }
        let long = paragraphs.filter { scorer.structure.blockWords[$0] > scorer.settings.paragraphWords }
        let longest = paragraphs.map { scorer.structure.blockWords[$0] }.max() ?? 0
        if long.isEmpty { return .pass("Every paragraph is short: the longest has \(longest) words.") }
        return .fail("\(long.count) paragraph(s) are too long to read as one chunk: the longest has \(longest) words.",
                     long.map { Evidence(scorer.range(ofBlock: $0), "\(scorer.structure.blockWords[$0]) words") })
    }

    /// Runs of consecutive paragraphs (no heading, label, restated key point, list or table between them), with
    /// their words.
    static func proseRuns(_ scorer: Scorer) -> [(words: Int, range: ByteRange)] {
        let blocks = scorer.document.layout.blocks
        let headings = Set(scorer.structure.headingBlocks + scorer.structure.restatedPoints)
        let references = scorer.analysis.regions.isReference
        var runs: [(words: Int, range: ByteRange)] = []
        var current: (words: Int, range: ByteRange)?
        for index in blocks.indices {
            if blocks[index].kind == .paragraph, !headings.contains(index), !references[index], index != scorer.structure.title {
                let words = scorer.structure.blockWords[index]
                if let run = current {
                    current = (run.words + words, run.range.lowerBound..<blocks[index].range.upperBound)
                } else {
                    current = (words, blocks[index].range)
                }
            } else if let run = current {
                runs.append(run)
                current = nil
            }
        }
        if let run = current { runs.append(run) }
        return runs
    }

    // MARK: PEMAT 9

    static let informativeHeadings = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/9", domain: .pematUnderstandability, title: "Informative headings",
        asks: "Sections have headings that say what is in them.",
        decides: "Fails when the page has no subheadings (Markdown headings or short title-case label lines), when a stretch of prose longer than a section (`scorecard.sectionWords`, default 300) has no heading in it (a section without its header), or when half or more of the headings are generic (\"Overview\", \"Introduction\", \"More information\", \"Other\", \"Details\"). The points of a key-points list set again on their own lines, each opening the text that expands it, head those sections.",
        notApplicable: "Very short material (as PEMAT 8).",
        decision: .estimated,
        examples: [
            ScorecardExample("# Asthma\n\n## What sets off an attack\n\nSmoke, dust and cold air can make it hard to breathe. Pollen can too.\n\n## What to do in an attack\n\nSit up straight and use your reliever inhaler. Call 911 if it does not help within 10 minutes.\n\n## Staying well\n\nTake your preventer inhaler every day, even when you feel fine.\n", .pass),
            ScorecardExample("# Asthma\n\nSmoke, dust and cold air can make it hard to breathe for people with asthma.\n\nSit up straight and use your reliever inhaler when it starts.\n\nCall 911 if it does not help within 10 minutes, or if your lips turn blue.\n", .fail),
            ScorecardExample("# Foot care with diabetes\n\n## Why feet matter\n\nDiabetes can dull the feeling in your feet.\n\n" + footCare.joined(separator: "\n\n") + "\n", .fail),
            ScorecardExample("# Foot care with diabetes\n\n## Key points\n\n- Look at your feet every evening.\n- Choose shoes that do not rub.\n\nLook at your feet every evening.\n\n" + footCare[0] + "\n\n" + footCare[1] + "\n\nChoose shoes that do not rub.\n\n" + footCare[2] + "\n", .pass),
        ]
    )) { scorer, _ in
        guard !scorer.isVeryShort else { return .notApplicable("The material is very short.") }
        let headings = scorer.structure.headingBlocks
        guard !headings.isEmpty else { return .fail("The page has no subheadings.") }
        let generic = headings.filter { genericHeadings.contains(DocumentRegions.headingText(ofBlock: $0, in: scorer.document)) }
        let evidence = headings.map { Evidence(scorer.range(ofBlock: $0), generic.contains($0) ? "generic heading" : "heading") }
        // Label lines alone count as headings only when they label the page: the text before the first covers at
        // most a quarter of it.
        let blocks = scorer.document.layout.blocks
        if !headings.contains(where: { blocks[$0].kind.isHeading }), let lead = MessageItems.lead(scorer), lead.words * 4 > scorer.structure.words {
            return .fail("Only a few label lines, placed late, mark sections: \(lead.words) of \(scorer.structure.words) words come before the first.", evidence)
        }
        // A stretch of prose longer than a section with no heading in it is a section without its header.
        if let longest = proseRuns(scorer).max(by: { $0.words < $1.words }), longest.words > scorer.settings.sectionWords {
            return .fail("\(longest.words) words of prose run on with no heading (a section is at most \(scorer.settings.sectionWords)).",
                         [Evidence(longest.range, "\(longest.words) words without a heading")] + evidence)
        }
        if generic.count * 2 >= headings.count { return .fail("\(generic.count) of \(headings.count) headings are generic.", evidence) }
        let points = scorer.structure.restatedPoints.count
        return .pass("\(headings.count) heading(s)" + (points > 0 ? " and \(points) restated key point(s)" : "") + " name their sections.", evidence)
    }

    /// Three paragraphs of foot care, 324 words together: longer than a section (`scorecard.sectionWords`, 300)
    /// when no heading or restated key point comes between them.
    static let footCare = [
        "High blood sugar can damage the nerves in your feet, so you may not feel a small cut, a blister or a stone in your shoe. A sore you cannot feel can grow and get infected before you notice it. Look at the tops and soles of both feet each evening, and between your toes. Use a hand mirror, or ask someone at home to look for you, if you cannot bend far enough to see the soles. Look for red patches, swelling, cracks in dry skin, and any change in the colour of a toenail. Wash your feet in warm water, not hot, and dry them well, most of all between the toes.",
        "Put a thin layer of lotion on the tops and soles of your feet to keep the skin soft, but not between the toes, where damp skin can crack. Cut your toenails straight across after a bath, when they are soft, and smooth the edges with a nail file. Do not cut corns or calluses yourself, and do not use the acid pads sold in shops for them, because they can burn the skin. If a nail grows into the skin, or if you cannot reach or see your feet well, a foot doctor can trim your nails for you at each visit.",
        "Shoes that rub can cause a blister in a single afternoon. Buy new shoes late in the day, when your feet are at their largest, and wear them for an hour or two at a time at first. Choose shoes with room for your toes and a soft lining, and wear clean, dry socks with no thick seams. Feel inside each shoe with your hand before you put it on, to find stones or rough spots. Never walk barefoot, not even at home or on the beach, and keep your feet away from heaters and hot water bottles, which can burn skin that has lost its feeling.",
    ]

    static let genericHeadings: Set<String> = [
        "overview", "introduction", "background", "more information", "other", "details", "general", "information",
        "misc", "miscellaneous", "notes", "other information", "additional information", "section 1", "part 1",
    ]

    // MARK: PEMAT 11

    static let summary = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/11", domain: .pematUnderstandability, title: "Summary of key points",
        asks: "The material reviews its key points.",
        decides: "Passes when a heading or label such as \"Key points\", \"Summary\", \"In short\", \"What you need to know\", \"Bottom line\", \"Remember\" or \"At a glance\" opens or closes the page, or a sentence there starts \"In summary\", or the page closes with a list of at least 3 full-sentence items that restate it (three in four of the list's words of four letters or more appear earlier on the page).",
        notApplicable: "Very short material (as PEMAT 8).",
        decision: .automatic,
        examples: [
            ScorecardExample("# Sunburn\n\n## Key points\n\n- Stay in the shade at midday.\n- Use sunscreen.\n\n## Why it matters\n\nSunburn hurts, and burns over many years raise the chance of skin cancer later in life.\n\nChildren burn faster than adults do.\n\n## What to do\n\nWear a hat and put on sunscreen every two hours outside.\n", .pass),
            ScorecardExample("# Sunburn\n\n## Why it matters\n\nSunburn hurts, and burns over many years raise the chance of skin cancer later in life.\n\nChildren burn faster than adults do.\n\n## What to do\n\nStay in the shade at midday, wear a hat and use sunscreen every two hours outside.\n", .fail),
            ScorecardExample("# Sunburn\n\n## Why it matters\n\nSunburn hurts, and burns over many years raise the chance of skin cancer later in life.\n\nChildren burn faster than adults do.\n\n## What to do\n\nStay in the shade at midday, wear a hat and use sunscreen every two hours outside.\n\n- Sunburn hurts and raises the chance of skin cancer.\n- Stay in the shade at midday and wear a hat.\n- Use sunscreen every two hours when you are outside.\n", .pass),
            ScorecardExample("# Sunburn\n\n## Why it matters\n\nSunburn hurts, and burns over many years raise the chance of skin cancer later in life.\n\nChildren burn faster than adults do.\n\n## What to do\n\nStay in the shade at midday, wear a hat and use sunscreen every two hours outside.\n\n- Babies under six months should be kept out of direct sun.\n- Some medicines make skin burn more easily than usual.\n- Clouds do not block the rays that cause burns.\n", .fail),
        ]
    )) { scorer, _ in
        guard !scorer.isVeryShort else { return .notApplicable("The material is very short.") }
        let document = scorer.document
        let headings = scorer.structure.headingBlocks
        let ends = [headings.first, headings.last].compactMap { $0 }
        for heading in ends {
            let text = DocumentRegions.headingText(ofBlock: heading, in: document)
            if summaryHeadings.contains(where: { text == $0 || text.hasPrefix($0 + " ") }) {
                return .pass("A key-points section opens or closes the page.", [Evidence(scorer.range(ofBlock: heading), "summary heading")])
            }
        }
        for sentence in [scorer.facts.body.first, scorer.facts.body.last].compactMap({ $0 }) {
            let words = scorer.facts.words(sentence, document).prefix(2).map { scorer.facts.keys[$0] }
            if words == [WordKey.of("in"), WordKey.of("summary")] || words == [WordKey.of("in"), WordKey.of("short")] {
                return .pass("The page ends or opens with a summary.", scorer.evidence([sentence], "summary"))
            }
        }
        // An unlabelled closing list of full sentences restates the key points.
        if let last = scorer.structure.lists.last, !last.isResources, last.topLevel >= 3, last.blocks.upperBound >= closingBlock(scorer) {
            let words = last.blocks.reduce(0) { $0 + scorer.structure.blockWords[$1] }
            if words >= 8 * last.blocks.count, restates(last, scorer) {
                return .pass("The page closes with a list of its key points.", [Evidence(scorer.range(ofBlock: last.blocks.lowerBound), "closing key points")])
            }
        }
        return .fail("No key-points or summary section opens or closes the page.")
    }

    /// A closing list reviews the page when it re-uses the page's words: at least `recapShare` of its content words
    /// (four letters or more) appear earlier on the page. A list that adds new points is not a summary.
    static func restates(_ list: PageStructure.List, _ scorer: Scorer) -> Bool {
        let document = scorer.document
        var earlier: Set<UInt64> = []
        var used = 0
        var reused = 0
        for (index, token) in document.tokens.enumerated() where token.kind == .word && token.end - token.start >= 4 {
            let block = document.sentences[token.sentence].block
            if block < list.blocks.lowerBound {
                earlier.insert(scorer.facts.keys[index])
            } else if list.blocks.contains(block) {
                used += 1
                if earlier.contains(scorer.facts.keys[index]) { reused += 1 }
            }
        }
        return used > 0 && Double(reused) >= recapShare * Double(used)
    }

    /// The share of a closing list's content words that must appear earlier for it to restate the page.
    static let recapShare = 0.75

    /// The index just past the last body block (reference lists at the end left out).
    static func closingBlock(_ scorer: Scorer) -> Int {
        var end = scorer.document.layout.blocks.count
        while end > 0, scorer.analysis.regions.isReference[end - 1] { end -= 1 }
        return end
    }

    static let summaryHeadings = [
        "key points", "summary", "in short", "main points", "what you need to know", "bottom line", "the bottom line",
        "remember", "at a glance", "quick facts", "key facts", "key messages", "key message", "takeaways", "key takeaways",
        "in summary", "things to remember", "points to remember",
    ]

    // MARK: PEMAT 12

    static let visualCues = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/12", domain: .pematUnderstandability, title: "Visual cues for key points",
        asks: "Bullets, bold, boxes or highlighting draw attention to key points, without overuse.",
        decides: "Passes when the body has a list that is not only links or references, bold text, a callout (block quote) or a table; fails when it has none, or when bold covers more than a fifth of the body text.",
        decision: .automatic,
        examples: [
            ScorecardExample("# Packing for hospital\n\nBring:\n\n- your pills\n- your glasses\n", .pass),
            ScorecardExample("# Packing for hospital\n\nBring your pills and your glasses. Leave jewellery at home.\n", .fail),
            ScorecardExample("# Hearing loss\n\nHearing loss can come on slowly over many years.\n\nThese resources from other groups explain hearing aids and how people choose the right one:\n\n- A guide to hearing aids\n- Choosing a hearing aid\n", .fail),
        ]
    )) { scorer, _ in
        let structure = scorer.structure
        if structure.proseBytes > 0, Double(structure.emphasisBytes) > 0.2 * Double(structure.proseBytes) {
            return .fail("Bold covers more than a fifth of the text: it no longer stands out.", structure.emphasis.map { Evidence($0, "bold") })
        }
        var cues: [Evidence] = []
        for list in structure.lists where !list.isResources { cues.append(Evidence(scorer.range(ofBlock: list.blocks.lowerBound), "list")) }
        cues += structure.emphasis.map { Evidence($0, "bold") }
        cues += structure.callouts.map { Evidence(scorer.range(ofBlock: $0), "callout") }
        cues += structure.tables.map { Evidence($0.range, "table") }
        if cues.isEmpty { return .fail("No list, bold text, callout or table marks the key points.") }
        return .pass("\(cues.count) visual cue(s).", cues)
    }

    // MARK: PEMAT 19

    static let simpleTables = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/19", domain: .pematUnderstandability, title: "Simple tables",
        asks: "Tables are short and simple, with clear row and column headings.",
        decides: "Passes when every table has at most 6 columns, a header row with no empty cell and header cells of at most 5 words.",
        notApplicable: "The page has no table.",
        decision: .estimated,
        examples: [
            ScorecardExample("# Doses\n\n| Age | Dose |\n|---|---|\n| 2 to 5 | 1 spoon |\n| 6 to 11 | 2 spoons |\n", .pass),
            ScorecardExample("# Doses\n\n| a | b | c | d | e | f | g |\n|---|---|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 | 6 | 7 |\n", .fail),
            ScorecardExample("# Doses\n\nAsk your pharmacist for the right dose.\n", .notApplicable),
        ]
    )) { scorer, _ in
        let tables = scorer.structure.tables
        guard !tables.isEmpty else { return .notApplicable("The page has no table.") }
        var problems: [Evidence] = []
        for table in tables {
            if table.columns > 6 { problems.append(Evidence(table.range, "\(table.columns) columns")); continue }
            if table.headerCells.contains(where: { scorer.structure.blockWords[$0] == 0 || scorer.structure.blockWords[$0] > 5 }) {
                problems.append(Evidence(table.range, "an empty or long header cell"))
            }
        }
        if problems.isEmpty { return .pass("\(tables.count) simple table(s).", tables.map { Evidence($0.range, "table") }) }
        return .fail("\(problems.count) table(s) are not simple: \(problems[0].note).", problems)
    }

    // MARK: CCI 8

    static let lists = ScorecardItem(description: ScorecardItemDescription(
        id: "cci/8", domain: .cci, title: "Bulleted or numbered lists",
        asks: "The material uses lists, none longer than 7 items without sub-lists, and not only for resources at the end.",
        decides: "Passes when the body has a list that is not only links, resources or references, and no list has more than `scorecard.listItems` items without sub-lists.",
        decision: .automatic,
        examples: [
            ScorecardExample("# Cold care\n\nTo feel better:\n\n- rest\n- drink water\n- use a humidifier\n\nMost colds pass in a week.\n", .pass),
            ScorecardExample("# Cold care\n\nRest, drink water and use a humidifier. Most colds pass in a week.\n", .fail),
        ]
    )) { scorer, _ in
        let long = longLists(scorer)
        if !long.isEmpty { return .fail("A list has more than \(scorer.settings.listItems) items without sub-lists.", long) }
        let body = scorer.structure.lists.filter { !$0.isResources }
        guard !body.isEmpty else { return .fail("The page has no list in its body.") }
        return .pass("\(body.count) list(s) in the body.", body.map { Evidence(scorer.range(ofBlock: $0.blocks.lowerBound), "list of \($0.topLevel)") })
    }

    // MARK: CCI 9

    static let chunks = ScorecardItem(description: ScorecardItemDescription(
        id: "cci/9", domain: .cci, title: "Chunks with headings",
        asks: "Text and lists are organised in chunks under headings, one idea each.",
        decides: "Passes when the page has at least 2 subheadings, at most half generic, and no section longer than `scorecard.sectionWords` words. Whether a chunk holds one idea needs a person; the verdict is an estimate.",
        decision: .estimated,
        examples: [
            ScorecardExample("# Back pain\n\n## Easing the pain\n\nUse a warm pack and keep moving gently.\n\n## When to see a doctor\n\nSee a doctor if your legs feel weak or numb.\n", .pass),
            ScorecardExample("# Back pain\n\nUse a warm pack and keep moving gently. See a doctor if your legs feel weak or numb.\n", .fail),
        ]
    )) { scorer, _ in
        let headings = scorer.structure.headingBlocks
        guard headings.count >= 2 else { return .fail("The page has \(headings.count) subheading(s); chunks need headings.") }
        let generic = headings.filter { genericHeadings.contains(DocumentRegions.headingText(ofBlock: $0, in: scorer.document)) }
        if generic.count * 2 >= headings.count { return .fail("Most headings are generic.", generic.map { Evidence(scorer.range(ofBlock: $0), "generic heading") }) }
        let long = overLong(scorer).filter { $0.note.hasPrefix("a section") }
        if !long.isEmpty { return .fail("\(long.count) chunk(s) are too long to hold one idea.", long) }
        return .pass("\(headings.count) chunks under headings.", headings.map { Evidence(scorer.range(ofBlock: $0), "heading") })
    }
}
