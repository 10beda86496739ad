/// `numbers/unclear-number`: a percentage, decimal, fraction, relative risk or very large number with neither a
/// natural frequency nor a plain-words gloss in its sentence. The place-problem behind the scorecard's PEMAT 6
/// (the same number facts, `PageFacts`).
struct UnclearNumberRule: Rule {
    let description = RuleDescription(
        id: "numbers/unclear-number",
        defaultSeverity: .off,
        summary: "A hard number (percentage, decimal, fraction, relative risk, very large number) has no plain gloss.",
        rationale: """
            Many adults cannot turn "0.4%" or "2.5 times more likely" into a sense of how likely something is. \
            Natural frequencies ("about 4 in 1,000") and words ("rare", "about half") are understood by far more \
            readers, and PEMAT (item 6) and the CDC index (items 15 and 20) ask for them. A number counts as \
            explained when its sentence also has a natural frequency ("1 in 10", "3 out of 100") or a word gloss \
            ("most", "few", "rare", "about half"). Dates, times, years and phone numbers are not checked. Off by \
            default: turn it on (`"numbers/unclear-number": "info"`) to see the places the scorecard's number \
            items count.
            """,
        triggering: [
            RuleExample("The shot lowers the chance of a bad cold by 1️⃣38% in adults."),
            RuleExample("Your level should stay under 1️⃣5.7 for the next month."),
            RuleExample("People who smoke are 1️⃣3 times more likely to get gum disease."),
            RuleExample("Each year 1️⃣40,000 people in the state have a fall at home."),
            RuleExample("Mix 1️⃣3/4 of the powder with water."),
        ],
        nonTriggering: [
            RuleExample("The shot lowers the chance of a bad cold by about a third (33%)."),
            RuleExample("About 1 in 4 adults, or 25%, snore at night."),
            RuleExample("Most people, 85%, feel better within a week."),
            RuleExample("Call us at 555-0134 between 9:30 and 17:00 on 12 March 2025."),
            RuleExample("Take 2 pills each morning with water."),
            RuleExample("Drink 4 ounces of juice when your sugar is low."),
            RuleExample("Your reading today was 128/84."),
        ]
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        guard document.tokens.contains(where: { $0.kind == .number }) else { return }
        let facts = PageFacts(context.analysis, title: PageFacts.title(document))
        let tokens = document.tokens
        for number in facts.numbers {
            // Units ("4 ounces") are PEMAT's and the CDC's concern only where unfamiliar; the rule leaves them.
            guard let kind = number.hard, kind != "a measurement unit" else { continue }
            var range = tokens[number.token].range
            // The whole expression: "38%", "38 percent", "3 times more".
            let next = number.token + 1
            if next < tokens.count, tokens[next].sentence == tokens[number.token].sentence {
                let following = document.text(of: tokens[next]).lowercased()
                if following == "%" || following == "percent" { range = range.lowerBound..<tokens[next].end }
                if following == "times", next + 1 < tokens.count { range = range.lowerBound..<tokens[next + 1].end }
                if following == "/", next + 1 < tokens.count, tokens[next + 1].kind == .number { range = range.lowerBound..<tokens[next + 1].end }
            }
            let text = document.text(in: range)
            let advice: String
            switch kind {
            case "a percentage":
                let value = Double(document.text(of: tokens[number.token]).filter { $0 != "," })
                advice = value.flatMap(UnclearNumberRule.frequency(percent:)).map { "say it as a natural frequency (\"\($0)\") or in words" } ?? "say it as a natural frequency or in words"
            case "a relative risk":
                advice = "give both chances as natural frequencies (\"3 in 100 instead of 1 in 100\")"
            case "a very large number":
                advice = "compare it with something the reader knows, or say it in words (\"about 1 in 10 people\")"
            default:
                advice = "round it to a whole number or say it in words (\"about half\")"
            }
            diagnostics.append(context.diagnostic("\"\(text)\" is \(kind) with no plain gloss in its sentence; \(advice).", at: range))
        }
    }

    /// A natural frequency for a percentage: "about 4 in 10" from 38, "about 3 in 100" from 2.7; nil outside 0–100.
    static func frequency(percent value: Double) -> String? {
        guard value > 0, value < 100 else { return nil }
        if value >= 10 {
            let tens = Int((value / 10).rounded())
            return tens >= 10 ? "almost all" : "about \(tens) in 10"
        }
        if value >= 1 { return "about \(Int(value.rounded())) in 100" }
        let thousands = Int((value * 10).rounded())
        return thousands >= 1 ? "about \(thousands) in 1,000" : "fewer than 1 in 1,000"
    }
}
