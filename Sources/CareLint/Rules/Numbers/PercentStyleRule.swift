/// `numbers/percent-style`: "%" and "percent" mixed in one document.
struct PercentStyleRule: Rule {
    let description = RuleDescription(
        id: "numbers/percent-style",
        defaultSeverity: .info,
        summary: "A document writes percentages both as \"%\" and as \"percent\".",
        rationale: """
            One way of writing a number is easier to scan than two, and house styles pick one: many health \
            publishers write "%" after numerals, others spell out "percent". The rule finds the style used less \
            often (on a tie, the one that appears later) and flags each use of it, with a fix to the other.
            """,
        triggering: [
            RuleExample("About 40% of people feel better. Only 1️⃣5 percent need a second treatment. About 20% have side effects.", fixed: "About 40% of people feel better. Only 5% need a second treatment. About 20% have side effects."),
            RuleExample("About 40 percent of people feel better. Only 1️⃣5% need a second treatment.", fixed: "About 40 percent of people feel better. Only 5 percent need a second treatment."),
        ],
        nonTriggering: [
            RuleExample("About 40% of people feel better. Only 5% need a second treatment."),
            RuleExample("About 40 percent of people feel better; a small percentage need more care."),
        ]
    )

    private struct Use {
        var range: ByteRange
        var number: ByteRange
        var sign: Bool
    }

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        let tokens = document.tokens
        let bytes = document.source.bytes
        var uses: [Use] = []
        for index in tokens.indices.dropFirst() where tokens[index - 1].kind == .number && tokens[index - 1].sentence == tokens[index].sentence {
            let token = tokens[index]
            let number = tokens[index - 1].range
            if token.kind == .punctuation, token.end - token.start == 1, bytes[token.start] == 0x25 {
                uses.append(Use(range: number.lowerBound..<token.end, number: number, sign: true))
            } else if token.kind == .word {
                let word = document.text(of: token).lowercased()
                if word == "percent" {
                    uses.append(Use(range: number.lowerBound..<token.end, number: number, sign: false))
                } else if word == "per", index + 1 < tokens.count, document.text(of: tokens[index + 1]).lowercased() == "cent" {
                    uses.append(Use(range: number.lowerBound..<tokens[index + 1].end, number: number, sign: false))
                }
            }
        }
        let signs = uses.filter(\.sign).count
        let words = uses.count - signs
        guard signs > 0, words > 0 else { return }
        let flagSigns: Bool
        if signs != words {
            flagSigns = signs < words
        } else {
            flagSigns = uses.last(where: \.sign)!.range.lowerBound > uses.last(where: { !$0.sign })!.range.lowerBound
                && uses.first(where: \.sign)!.range.lowerBound > uses.first(where: { !$0.sign })!.range.lowerBound
        }
        let preferred = flagSigns ? "percent" : "%"
        for use in uses where use.sign == flagSigns {
            let numberText = document.text(in: use.number)
            let replacement = flagSigns ? "\(numberText) percent" : "\(numberText)%"
            diagnostics.append(context.diagnostic(
                "This document writes \"%\" \(signs) \(signs == 1 ? "time" : "times") and \"percent\" \(words) \(words == 1 ? "time" : "times"); write \"\(replacement)\" to keep to \"\(preferred)\".",
                at: use.range, fixes: [Fix.replace(use.range, with: replacement)]
            ))
        }
    }
}
