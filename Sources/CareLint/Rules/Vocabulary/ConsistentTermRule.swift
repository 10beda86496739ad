/// `vocab/consistent-term`: one concept named several ways in one document, without introducing the other names.
struct ConsistentTermRule: Rule {
    let description = RuleDescription(
        id: "vocab/consistent-term",
        defaultSeverity: .info,
        summary: "One thing is called by several names in one document.",
        rationale: "Readers take a new name for a new thing. The source articles switch between \"liver metastases\", \"metastatic liver cancer\" and \"secondary liver cancer\"; the good ones introduce the other names once (\"also called …\") and then keep to one. This rule flags a second name that is used without being introduced.",
        triggering: [
            RuleExample(
                "Liver metastases can cause pain. Treatment for 1️⃣metastatic liver cancer depends on the first cancer. Liver metastases are common.",
                fixed: "Liver metastases can cause pain. Treatment for liver metastases depends on the first cancer. Liver metastases are common."
            ),
        ],
        nonTriggering: [
            RuleExample("Liver metastases, also called metastatic liver cancer, can cause pain. Metastatic liver cancer is common."),
            RuleExample("Cancer that spreads to the liver is called liver metastases. Doctors also call it secondary liver cancer."),
            RuleExample("Liver metastases can cause pain. Liver metastases are common."),
            RuleExample("A liver metastasis can cause pain. Liver metastases are common."),
            RuleExample("Book a follow-up visit. At the follow up, the doctor checks the scar."),
            RuleExample("The ultrasound takes a few minutes. Sound waves make a picture called a sonogram."),
        ]
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        var byConcept: [Int: [TermMatch]] = [:]
        for match in analysis.termMatches {
            switch match.form.kind {
            case .term, .variant, .localeSpelling: byConcept[match.form.concept, default: []].append(match)
            case .avoid, .acronym: continue
            }
        }
        for (_, matches) in byConcept.sorted(by: { $0.key < $1.key }) {
            var order: [String] = []
            var uses: [String: [TermMatch]] = [:]
            for match in matches {
                var key = match.form.kind == .localeSpelling("en-GB") || match.form.kind == .localeSpelling("en-US") ? "spelling" : match.form.text.lowercased()
                // "liver metastasis" and "liver metastases" are one name, inflected: not a switch.
                if uses[key] == nil, let same = order.first(where: { Self.isSameName($0, key) }) { key = same }
                if uses[key] == nil { order.append(key) }
                uses[key, default: []].append(match)
            }
            // Locale spellings are spelling/locale's business, not a second name.
            order.removeAll { $0 == "spelling" }
            guard order.count >= 2 else { continue }
            let main = order.max { (uses[$0]!.count, -order.firstIndex(of: $0)!) < (uses[$1]!.count, -order.firstIndex(of: $1)!) }!
            let mainFirst = uses[main]![0]
            for key in order where key != main {
                let first = uses[key]![0]
                if isIntroduced(first, analysis) { continue }
                let original = analysis.text(first.range)
                let mainText = analysis.text(mainFirst.range)
                let replacement = TermUse.matchCase(mainFirst.form.text, like: original)
                let line = document.source.position(at: mainFirst.range.lowerBound).line
                diagnostics.append(context.diagnostic(
                    "\"\(original)\" and \"\(mainText)\" (line \(line)) name the same thing; use one name, or introduce the other with \"also called\".",
                    at: first.range,
                    fixes: [Fix.replace(first.range, with: replacement, isSafe: false)],
                    related: [RelatedLocation(range: mainFirst.range, message: "the same thing is called \"\(mainText)\" here")]
                ))
            }
        }
    }

    /// True when the name is introduced as another name: "also called X", "X, or Y", "(X)", "call it X".
    private func isIntroduced(_ match: TermMatch, _ analysis: DocumentAnalysis) -> Bool {
        let document = analysis.document
        let sentence = document.tokens[match.tokenStart].sentence
        let before = match.tokenStart - 1
        // A name given with its acronym ("Computed tomography (CT) scans …") introduces itself.
        if TermUse.mark(document, match.tokenEnd, sentence: sentence) == "(" { return true }
        if let previous = TermUse.word(document, before, sentence: sentence) {
            if TermUse.namingWords.contains(previous) || previous == "or" || previous == "as" { return true }
            if previous == "a" || previous == "an" || previous == "the",
               let earlier = TermUse.word(document, before - 1, sentence: sentence), TermUse.namingWords.contains(earlier) { return true }
            if previous == "it" || previous == "this" || previous == "them",
               let verb = TermUse.word(document, before - 1, sentence: sentence), verb.hasPrefix("call") { return true }
        }
        if TermUse.mark(document, before, sentence: sentence) == "(" { return true }
        // The sentence says it is another name: "… is also known as …", "… also called …".
        let range = document.sentences[sentence].tokens
        for index in range where document.tokens[index].kind == .word {
            let word = document.text(of: document.tokens[index]).lowercased()
            if word == "also" || word == "alternative" || word == "aka" { return true }
        }
        return TermUse.isExplained(match, in: analysis) && TermUse.word(document, before, sentence: sentence) == "called"
    }

    /// Two forms of one name, not two names: the same words but for hyphens and spaces ("follow up",
    /// "follow-up"), one word's ending (an inflection or derivative: "metastasis" and "metastases"), or one name
    /// inside the other ("mutations" and "gene mutations", "monoclonal antibody" and "monoclonal antibody therapy").
    static func isSameName(_ a: String, _ b: String) -> Bool {
        let squeeze = { (text: String) in text.filter { $0 != " " && $0 != "-" } }
        if squeeze(a) == squeeze(b) { return true }
        let left = a.split(whereSeparator: { $0 == " " || $0 == "-" }), right = b.split(whereSeparator: { $0 == " " || $0 == "-" })
        let (short, long) = left.count <= right.count ? (left, right) : (right, left)
        if short.count < long.count {
            return (0...(long.count - short.count)).contains { Array(long[$0..<($0 + short.count)]) == short }
        }
        var differences = 0
        for (x, y) in zip(left, right) where x != y {
            differences += 1
            let common = zip(x.utf8, y.utf8).prefix { $0 == $1 }.count
            let shorter = min(x.utf8.count, y.utf8.count)
            guard common >= max(4, shorter - 3) else { return false }
        }
        return differences <= 1
    }
}
