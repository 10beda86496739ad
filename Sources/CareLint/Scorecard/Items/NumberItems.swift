/// PEMAT 6 and 7, CCI 15, 17 and 20: numbers the reader can use, no sums, probabilities in words.
///
/// A *topic number* is a numeral that is not a date, clock time, year, phone number or citation, or a count in words
/// from "two" to "twelve" ("two research teams"; "one" is left out: "one of the …" counts nothing). A number is
/// *hard* when it is a percentage, a decimal, a fraction, a relative risk ("3 times more likely") or at least
/// 10,000, and its sentence has neither a natural frequency ("1 in 10") nor a plain-words gloss ("about half",
/// "most", "rare").
enum NumberItems {
    static let pemat = [numbersClear, noCalculations]
    static let cci = [audienceNumbers, calculationsNeeded, probabilityInWords]

    /// Evidence for the hard numbers.
    static func hardNumbers(_ scorer: Scorer) -> [Evidence] {
        let document = scorer.document
        return scorer.facts.numbers.compactMap { number in
            number.hard.map { Evidence(document.tokens[number.token].range, "\($0) without a plain-words gloss") }
        }
    }

    // MARK: PEMAT 6

    static let numbersClear = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/6", domain: .pematUnderstandability, title: "Numbers are clear",
        asks: "Numbers appear only when needed and are easy to understand: frequencies rather than percentages, whole numbers.",
        decides: "Fails when any percentage, decimal, fraction, relative risk or number of 10,000 or more appears without a natural frequency or a plain-words gloss in its sentence.",
        notApplicable: "The page has no topic numbers (dates, times, years and phone numbers do not count; counts in words from \"two\" to \"twelve\" do).",
        decision: .automatic,
        examples: [
            ScorecardExample("# Flu shots\n\nAbout 1 in 10 adults gets the flu each winter. Get your shot every year.\n", .pass),
            ScorecardExample("# Flu shots\n\nThe shot lowers the risk by 41.5% in adults over 65.\n", .fail),
            ScorecardExample("# Flu shots\n\nGet your shot every autumn. Ask your nurse where to go.\n", .notApplicable),
            ScorecardExample("# Flu shots\n\nChildren under 9 may need two shots, a month apart.\n", .pass),
            ScorecardExample("# Flu shots\n\nThree vaccines are offered this autumn.\n", .pass),
            ScorecardExample("# Flu shots\n\nOne of the nurses will give you the shot.\n", .notApplicable),
        ]
    )) { scorer, _ in
        guard !scorer.facts.numbers.isEmpty else { return .notApplicable("The page has no topic numbers.") }
        let hard = hardNumbers(scorer)
        if hard.isEmpty { return .pass("\(scorer.facts.numbers.count) number(s), all whole numbers or explained.") }
        return .fail("\(hard.count) number(s) are hard to use without a plain gloss (percentages, decimals, fractions, large numbers).", hard)
    }

    // MARK: PEMAT 7

    static let noCalculations = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/7", domain: .pematUnderstandability, title: "No calculations asked",
        asks: "The reader does not have to do arithmetic to use the material.",
        decides: "Passes unless the page asks to calculate, multiply, divide or subtract, gives an amount per body weight, asks which of two worked-out dates or amounts comes first (\"… at age 40 or 10 years after diagnosis, whichever is later\"), or compares natural frequencies with different denominators (\"1 in 5\" … \"1 in 20\"). Counting, time spans and dates do not count.",
        decision: .estimated,
        examples: [
            ScorecardExample("# Taking your pills\n\nTake 1 pill in the morning and 1 at night.\n", .pass),
            ScorecardExample("# Dosing\n\nGive 10 mg per kg of body weight. Divide the total into 3 doses.\n", .fail),
            ScorecardExample("# Eye checks\n\nHave your eyes checked each year from age 40, or from 10 years after your diagnosis, whichever comes first.\n", .fail),
        ]
    )) { scorer, _ in
        let cues = calculationCues(scorer)
        if cues.isEmpty { return .pass("Nothing asks the reader to calculate.") }
        return .fail("The reader has to calculate: \(cues[0].note).", cues)
    }

    /// Calculation cues, including unequal denominators.
    static func calculationCues(_ scorer: Scorer) -> [Evidence] {
        var cues = scorer.facts.calculations
        // Halves and quarters ("1 in 2", "1 in 4") are familiar; only denominators of 10 or more are compared.
        let compared = scorer.facts.denominators.filter { $0.value >= 10 }
        if Set(compared.map(\.value)).count > 1 {
            cues += compared.map { Evidence($0.range, "frequencies with different denominators") }
        }
        return cues.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: CCI 15

    static let audienceNumbers = ScorecardItem(description: ScorecardItemDescription(
        id: "cci/15", domain: .cci, title: "Numbers the audience uses",
        asks: "The material always uses numbers the audience knows: whole numbers, no percentages, decimals or very large numbers.",
        decides: "Fails when any number on the page is a percentage, decimal, fraction, relative risk, measurement unit or 10,000 or more (a fraction in words too: \"one third of\", \"a quarter of\"), even with a gloss beside it: one is enough, the CDC asks \"always\".",
        notApplicable: "The page has no topic numbers (the gate of the index's Part C).",
        decision: .automatic,
        examples: [
            ScorecardExample("# Walking\n\nWalk for 30 minutes on 5 days of the week.\n", .pass),
            ScorecardExample("# Walking\n\nWalking cuts the risk of a fall by 0.25 in people over 70.\n", .fail),
            ScorecardExample("# Walking\n\nAbout half of adults, 52%, walk every week.\n", .fail),
            ScorecardExample("# Walking\n\nOne third of adults walk less than they should.\n", .fail),
            ScorecardExample("# Walking\n\nWalk a third time each week once the first two walks feel easy.\n", .pass),
        ]
    )) { scorer, _ in
        guard !scorer.facts.numbers.isEmpty else { return .notApplicable("The page has no topic numbers.") }
        let document = scorer.document
        let hard = scorer.facts.numbers.compactMap { number in number.unfamiliar.map { Evidence(document.tokens[number.token].range, $0) } }
        if hard.isEmpty { return .pass("Every number is a familiar whole number.") }
        return .fail("\(hard.count) number(s) are not ones the audience uses.", hard)
    }

    // MARK: CCI 17

    static let calculationsNeeded = ScorecardItem(description: ScorecardItemDescription(
        id: "cci/17", domain: .cci, title: "No calculation needed",
        asks: "The audience does not have to add, subtract, multiply or divide to understand the numbers (reverse-scored: passing means none is needed).",
        decides: "The rule of PEMAT 7, including unequal denominators anywhere in the material.",
        notApplicable: "The page has no topic numbers.",
        decision: .estimated,
        examples: [
            ScorecardExample("# Water\n\nDrink 8 cups of water a day.\n", .pass),
            ScorecardExample("# Risk\n\nSmokers: 1 in 20 get it. Non-smokers: 1 in 300 get it.\n", .fail),
        ]
    )) { scorer, _ in
        guard !scorer.facts.numbers.isEmpty else { return .notApplicable("The page has no topic numbers.") }
        let cues = calculationCues(scorer)
        if cues.isEmpty { return .pass("No calculation is needed.") }
        return .fail("The reader has to calculate: \(cues[0].note).", cues)
    }

    // MARK: CCI 20

    static let probabilityInWords = ScorecardItem(description: ScorecardItemDescription(
        id: "cci/20", domain: .cci, title: "Probability also in words",
        asks: "Every numeric probability (\"1 in 5\", \"20%\") is also explained in words or with a picture.",
        decides: "Each sentence with a numeric probability (a percentage or relative risk near a risk word or a group of people, or a natural frequency) must carry a word gloss (\"most\", \"about half\", \"rare\", \"common\"), or the body sentence just before or after it must (\"It is rare. About 3 in a million people get it.\").",
        notApplicable: "The page has no numeric probability.",
        decision: .estimated,
        examples: [
            ScorecardExample("# Side effects\n\nA rash is rare: about 1 in 100 people get one.\n", .pass),
            ScorecardExample("# Side effects\n\nThe chance of a rash is 12%.\n", .fail),
            ScorecardExample("# Hives\n\nHives are common. About 20% of adults get them once in their life.\n", .pass),
            ScorecardExample("# Hives\n\nAbout 20% of adults get hives once in their life.\n", .fail),
            ScorecardExample("# Side effects\n\nTell your nurse about any rash.\n", .notApplicable),
        ]
    )) { scorer, _ in
        let probabilities = scorer.facts.probabilities
        guard !probabilities.isEmpty else { return .notApplicable("The page has no numeric probability.") }
        let glossed = scorer.facts.glossed
        let sentences = scorer.document.sentences
        func nearGloss(_ sentence: Int) -> Bool {
            // `glossed` holds body sentences only, so a heading between the two breaks the link.
            [sentence - 1, sentence + 1].contains { $0 >= 0 && $0 < sentences.count && glossed.contains($0) }
        }
        let bare = probabilities.filter { !$0.glossed && !nearGloss($0.sentence) }.map(\.sentence)
        if bare.isEmpty { return .pass("Every probability is also said in words.", scorer.evidence(probabilities.map(\.sentence), "probability with words")) }
        return .fail("\(bare.count) probability statement(s) give only a number.", scorer.evidence(bare, "probability only in numbers"))
    }
}
