/// Keeps a data rule's replacement grammatical in its sentence: a singular subject replaced by "they" takes a
/// plural verb, a "people with X" reordering moves the modifiers of X with it, and an abbreviation's own period
/// is replaced with it. What cannot be made right for sure is offered as a suggestion, never as a safe fix.
struct PackRuleGrammar {
    let document: ParsedDocument

    /// A replacement fitted to the sentence: the bytes it replaces, the new text and whether it is safe.
    struct Fitted {
        var range: ByteRange
        var text: String
        var isSafe: Bool
    }

    /// Fits `replacement` of the tokens `start..<end` to the words around them.
    func fit(_ replacement: String, start: Int, end: Int) -> Fitted {
        let tokens = document.tokens
        var fitted = Fitted(range: tokens[start].start..<tokens[end - 1].end, text: replacement, isSafe: true)
        let lower = replacement.lowercased()
        if lower == "they" {
            agreeVerb(after: end, into: &fitted)
        } else if let head = movedHead(of: lower, start: start, end: end) {
            moveModifiers(before: start, head: head, into: &fitted)
        }
        absorbAbbreviationPeriod(after: end, replacement: replacement, into: &fitted)
        return fitted
    }

    // MARK: "he or she repairs" → "they repair"

    private static let modals: Set<String> = [
        "can", "could", "may", "might", "will", "would", "should", "must", "shall", "did", "didn't", "can't", "cannot",
        "won't", "wouldn't", "shouldn't", "couldn't", "mightn't", "mustn't",
    ]
    private static let irregular: [String: String] = [
        "is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
        "hasn't": "haven't", "doesn't": "don't", "goes": "go",
    ]
    private static let adverbs: Set<String> = [
        "always", "often", "also", "never", "usually", "sometimes", "then", "still", "just", "only", "even", "really",
        "probably", "generally", "typically", "normally", "now", "first", "already", "rarely", "seldom",
    ]

    /// "they" needs a plural verb: the next word (after one adverb at most) is agreed when it is a present-tense
    /// singular verb; a past tense or a modal needs nothing. Anything else makes the fix a suggestion.
    private func agreeVerb(after end: Int, into fitted: inout Fitted) {
        let tokens = document.tokens
        var index = end
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].sentence == tokens[end - 1].sentence else {
            fitted.isSafe = false
            return
        }
        var word = document.text(of: tokens[index]).lowercased()
        if PackRuleGrammar.adverbs.contains(word) || (word.hasSuffix("ly") && word.count > 4) {
            index += 1
            guard index < tokens.count, tokens[index].kind == .word, tokens[index].sentence == tokens[end - 1].sentence else {
                fitted.isSafe = false
                return
            }
            word = document.text(of: tokens[index]).lowercased()
        }
        if PackRuleGrammar.modals.contains(word) || word.hasSuffix("ed") { return }
        let plural: String
        if let known = PackRuleGrammar.irregular[word] {
            plural = known
        } else if let regular = PackRuleGrammar.pluralVerb(word) {
            plural = regular
        } else {
            fitted.isSafe = false
            return
        }
        let verb = tokens[index]
        let between = document.text(in: tokens[end - 1].end..<verb.start)
        fitted.text += between + plural
        fitted.range = fitted.range.lowerBound..<verb.end
    }

    /// "repairs" → "repair", "carries" → "carry", "watches" → "watch"; nil when the word is no -s verb.
    static func pluralVerb(_ word: String) -> String? {
        guard word.count > 2, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"),
              word.allSatisfy({ $0.isLetter }) else { return nil }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        for ending in ["ches", "shes", "sses", "xes", "zes", "oes"] where word.hasSuffix(ending) {
            return String(word.dropLast(2))
        }
        return String(word.dropLast())
    }

    // MARK: "breast cancer patients" → "people with breast cancer"

    private static let reordering = ["people with ", "person with ", "people on ", "person on "]
    /// Words that belong to the people, not to the condition, or end the noun phrase.
    private static let stops: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "some", "many", "most", "all", "any", "few", "several",
        "other", "our", "your", "their", "his", "her", "its", "my", "of", "for", "with", "in", "on", "to", "by", "from",
        "and", "or", "as", "at", "among", "than", "are", "is", "were", "was", "be", "who", "young", "younger", "old",
        "older", "elderly", "adult", "new", "female", "male", "hospitalized", "pediatric", "child", "more", "fewer",
        "both", "each", "every", "such", "no", "not", "very",
    ]

    /// The word of the pattern that the replacement moves behind "people with" ("cancer" in "cancer patients"),
    /// when the replacement is such a reordering.
    private func movedHead(of replacement: String, start: Int, end: Int) -> String? {
        guard let prefix = PackRuleGrammar.reordering.first(where: { replacement.hasPrefix($0) }) else { return nil }
        let first = document.text(of: document.tokens[start]).lowercased()
        let rest = replacement.dropFirst(prefix.count)
        return rest.hasPrefix(first) ? first : nil
    }

    /// Moves up to three modifiers written before the match ("breast" in "breast cancer patients") in front of
    /// the head in the replacement. The words may describe the people instead ("young"), so the fix is a
    /// suggestion whenever a word moved.
    private func moveModifiers(before start: Int, head: String, into fitted: inout Fitted) {
        let tokens = document.tokens
        var first = start
        while first > 0, start - first < 3 {
            let previous = tokens[first - 1]
            guard previous.kind == .word, previous.sentence == tokens[start].sentence, previous.end < tokens[first].start,
                  !PackRuleGrammar.stops.contains(document.text(of: previous).lowercased()) else { break }
            first -= 1
        }
        guard first < start else { return }
        var moved = document.text(in: tokens[first].start..<tokens[start].start)
        let opensSentence = first == 0 || tokens[first - 1].sentence != tokens[first].sentence
        if opensSentence, !tokens[first].has(Token.allCaps), let letter = moved.first {
            moved = letter.lowercased() + moved.dropFirst()
        }
        guard let at = fitted.text.lowercased().range(of: head) else { return }
        let offset = fitted.text.lowercased().distance(from: fitted.text.lowercased().startIndex, to: at.lowerBound)
        let index = fitted.text.index(fitted.text.startIndex, offsetBy: offset)
        fitted.text.insert(contentsOf: moved, at: index)
        if opensSentence, let letter = fitted.text.first { fitted.text = letter.uppercased() + fitted.text.dropFirst() }
        fitted.range = tokens[first].start..<fitted.range.upperBound
        fitted.isSafe = false
    }

    // MARK: "etc.," → "and so on,"

    /// An abbreviation matched without its final period ("etc") takes the period with it unless the period also
    /// ends the sentence.
    private func absorbAbbreviationPeriod(after end: Int, replacement: String, into fitted: inout Fitted) {
        let tokens = document.tokens
        guard end < tokens.count, !replacement.hasSuffix("."), tokens[end - 1].kind == .word,
              tokens[end].kind == .punctuation, tokens[end].start == tokens[end - 1].end,
              document.source.bytes[tokens[end].start] == UInt8(ascii: "."), tokens[end].end - tokens[end].start == 1 else { return }
        let next = end + 1
        let sentenceGoesOn = next < tokens.count && tokens[next].sentence == tokens[end].sentence
        let lowercaseFollows = next < tokens.count && tokens[next].kind == .word && !tokens[next].has(Token.capitalized)
            && document.layout.blocks.count > 0 && document.sentences[tokens[next].sentence].block == document.sentences[tokens[end].sentence].block
        guard sentenceGoesOn || lowercaseFollows else { return }
        fitted.range = fitted.range.lowerBound..<tokens[end].end
    }
}
