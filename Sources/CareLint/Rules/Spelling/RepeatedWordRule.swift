/// `spelling/repeated-word`: the same word twice in a row ("the the").
struct RepeatedWordRule: Rule {
    let description = RuleDescription(
        id: "spelling/repeated-word",
        defaultSeverity: .warning,
        summary: "The same word is written twice in a row.",
        rationale: """
            A doubled word ("the the", often across a line break) is a slip that readers notice and spell \
            checkers miss. The fix removes the second word. Words that can stand twice in good grammar ("had had", \
            "that that") pass, and so do repeats separated by punctuation ("very, very"), names made of a doubled word \
            ("mahi mahi") and a lowercase word followed by the same word capitalized, which is two cells or lines \
            of a flattened table ("rice Rice"), not a slip. Table cells are never read across.
            """,
        triggering: [
            RuleExample("1️⃣The the pain gets better.", fixed: "The pain gets better."),
            RuleExample("Call your 1️⃣doctor\ndoctor if it bleeds.", fixed: "Call your doctor if it bleeds."),
        ],
        nonTriggering: [
            RuleExample("The pain gets better."),
            RuleExample("She had had the test before. It is very, very rare. He said that that was fine."),
            RuleExample("| Grain | Use |\n|---|---|\n| oats | oats for breakfast |\n"),
            RuleExample("Grilled mahi mahi is a lean fish."),
            RuleExample("Foods with gluten: wheat Wheat flour Barley"),
        ],
        scope: .block
    )

    static let allowed: Set<String> = ["had", "that", "very", "no", "so", "bye", "knock", "mahi", "bora", "pago", "walla", "tut", "chop", "ha"]

    static func equalIgnoringASCIICase(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { NearMissIndex.fold($0) == NearMissIndex.fold($1) }
    }

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        let tokens = document.tokens
        guard tokens.count > 1 else { return }
        var index = 1
        while index < tokens.count {
            defer { index += 1 }
            let first = tokens[index - 1]
            let second = tokens[index]
            guard first.kind == .word, second.kind == .word, first.sentence == second.sentence,
                  second.has(Token.spaceBefore), second.end - second.start == first.end - first.start else { continue }
            guard Self.equalIgnoringASCIICase(document.bytes(of: first), document.bytes(of: second)) else { continue }
            guard !Self.allowed.contains(document.text(of: first).lowercased()) else { continue }
            // "rice Rice": a lowercase word and the same word capitalized are two cells of a flattened table.
            if !first.has(Token.capitalized), second.has(Token.capitalized) { continue }
            let range = first.start..<second.end
            diagnostics.append(context.diagnostic(
                "\"\(document.text(of: first))\" is written twice; remove the second one.", at: range,
                fixes: [Fix(title: "Remove the repeated \"\(document.text(of: second))\"", edits: [TextEdit(range: first.end..<second.end, newText: "")])]
            ))
            index += 1
        }
    }
}
