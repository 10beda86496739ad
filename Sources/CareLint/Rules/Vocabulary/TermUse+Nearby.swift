/// Explanations right around a term that do not give it another name but say what it is: a clause about it
/// ("a pathologist who looks at tissue"), a dash and the words after it, a phrase ending in ", which means …",
/// a class word before "such as" ("viral infections such as X"), and a next sentence about the term's head noun
/// ("HDAC inhibitors …. These drugs stop …"). Each test reads a few tokens around the term: no pass over the text.
extension TermUse {
    /// Words that open a relative clause about the word before them: "a pathologist who reads …".
    static let relativeWords: Set<String> = ["who", "which", "that", "whose"]

    /// Verbs that, after "that" or a term's head noun, say what the thing does: "X that carries …", "These drugs
    /// stop …". With `describingVerbs` and `definingVerbs`.
    static let doingVerbs: Set<String> = [
        "cause", "causes", "become", "becomes", "form", "forms", "make", "help", "stop", "slow", "slows", "kill",
        "block", "attack", "attacks", "keep", "keeps", "lower", "lowers", "raise", "raises", "reduce", "reduces",
        "build", "builds", "work", "control", "controls", "affect", "affects", "fight", "fights", "protect",
        "protects", "connect", "connects", "produce", "produces", "carry", "treat", "look", "read", "reads",
        "prevent", "prevents", "change", "changes", "remove", "damage", "damages", "contain", "contains",
        "decrease", "decreases", "increase", "increases", "relieve", "relieves", "release", "releases", "boost",
        "boosts", "modify", "modifies", "begin", "begins", "start", "starts", "grow", "grows", "develop", "develops",
    ]

    /// Class words that, before "such as", say what the named thing is: "infections such as X" says X is an
    /// infection. Broad words ("tests", "problems", "treatments") say too little and are not here.
    static let classWords: Set<String> = [
        "infection", "infections", "virus", "viruses", "bacteria", "bacterium", "germ", "germs", "parasite",
        "parasites", "fungus", "fungi", "hormone", "hormones", "sugar", "sugars", "vitamin", "vitamins", "mineral",
        "minerals", "nutrient", "nutrients", "enzyme", "enzymes", "protein", "proteins", "disease", "diseases",
        "disorder", "disorders", "painkillers", "antibiotics", "vaccines", "chemicals", "toxins", "poisons",
        "cancer", "cancers", "tumor", "tumors", "chemical", "acid", "acids", "sweetener", "sweeteners",
    ]

    /// Words before a class word that make it no more than a category ("other diseases", "some infections").
    static let vagueWords: Set<String> = ["other", "some", "many", "certain", "these", "those", "such", "any", "all", "of", "the", "a", "an", "and", "or", "with", "to", "by", "in"]

    /// True when the words right around the term explain it (see the type's comment). `after` is the first
    /// token after the term and any closing marks.
    static func isExplainedNearby(_ range: Range<Int>, after: Int, in document: ParsedDocument) -> Bool {
        let sentence = document.tokens[range.lowerBound].sentence
        // "X — words" or "X – words": what follows a dash describes the term.
        if let dash = mark(document, after, sentence: sentence), dash == "—" || dash == "–", word(document, after + 1, sentence: sentence) != nil { return true }
        if describedByClause(after, sentence: sentence, document) { return true }
        if namedWithinPhrase(range.lowerBound, sentence: sentence, document) { return true }
        if followsClassWord(range.lowerBound, sentence: sentence, document) { return true }
        return headNounDescribedNext(range, document)
    }

    /// True when a clause about the term (or the short noun phrase it opens) starts at `after`: "X who/which …",
    /// "X that carries …", "X recessive pattern, which means …".
    static func describedByClause(_ after: Int, sentence: Int, _ document: ParsedDocument) -> Bool {
        var index = after
        // Up to three more words of the noun phrase the term is part of ("autosomal recessive pattern").
        for skipped in 0...3 {
            let comma = mark(document, index, sentence: sentence) == ","
            if comma { index += 1 }
            guard let next = word(document, index, sentence: sentence) else { return false }
            let verb = word(document, index + 1, sentence: sentence)
            if skipped > 0 {
                // A clause after a longer phrase describes the phrase ("abdominal pain that is sharp"), unless it
                // defines it: "an autosomal recessive pattern, which means …".
                // "sulfa medications, which are used to treat …" says what the phrase is for.
                if next == "which" || next == "that" {
                    if let verb, verb == "are" || verb == "is", word(document, index + 2, sentence: sentence) == "used" { return true }
                    return verb.map(definingVerbs.contains) == true
                }
                if comma { return false }
            } else {
                if next == "who" || next == "whose" || next == "which" { return verb != nil }
                if next == "that", let verb, verb != "is", verb != "are", verb != "was",
                   describingVerbs.contains(verb) || definingVerbs.contains(verb) || doingVerbs.contains(verb) { return true }
                if comma { return false }
            }
            if prepositions.contains(next) || describingVerbs.contains(next) || next == "and" || next == "or" || next == "that" { return false }
            index += 1
        }
        return false
    }

    /// True when the term is a later word of a name introduced by "a type of cancer called …", "known as …" or
    /// "doctors call this lining the …": "called gastric mucosa-associated lymphoid tissue lymphoma" names the
    /// whole, hard words and all.
    static func namedWithinPhrase(_ start: Int, sentence: Int, _ document: ParsedDocument) -> Bool {
        // Up to six words back; brackets and hyphens inside the name ("mucosa-associated … (ABC) X") are passed.
        var back = 1
        var words = 0
        while words < 6, back <= 10 {
            guard let text = word(document, start - back, sentence: sentence) else {
                guard let mark = mark(document, start - back, sentence: sentence), mark == "(" || mark == ")" || mark == "-" else { return false }
                back += 1
                continue
            }
            // "a cancer called …", "known as …", "Doctors call this lining the …".
            if namingWords.contains(text) || text == "call" || text == "calls"
                || (text == "as" && word(document, start - back - 1, sentence: sentence) == "known") { return true }
            if prepositions.contains(text) || text == "and" || text == "or" { return false }
            back += 1
            words += 1
        }
        return false
    }

    /// Words that end a noun phrase or a list of names: prepositions and conjunctions of place and time.
    static let prepositions: Set<String> = listBreakers.union(["through", "during", "after", "before", "under", "over", "as", "than", "because", "when", "if", "while", "where", "without", "between", "within"])

    /// True when the term follows "such as" (or "like", "including") after a class word that says what it is:
    /// "viral infections such as X", "a hormone, such as X". Several terms may come first ("such as A, B, or X").
    static func followsClassWord(_ start: Int, sentence: Int, _ document: ParsedDocument) -> Bool {
        var index = start - 1
        var steps = 0
        var introduced = false
        while index >= 0, steps < 8 {
            if let text = word(document, index, sentence: sentence) {
                if text == "as", word(document, index - 1, sentence: sentence) == "such" { index -= 2; introduced = true; break }
                if text == "including" || text == "like" { index -= 1; introduced = true; break }
                // "or other metabolites" is a category of its own, not a member of the one named before.
                if prepositions.contains(text) || (text == "other" && index == start - 1) { return false }
            } else if let mark = mark(document, index, sentence: sentence), mark != ",", mark != "(", mark != ")" {
                return false
            } else if mark(document, index, sentence: sentence) == nil {
                return false
            }
            index -= 1
            steps += 1
        }
        guard introduced else { return false }
        if let mark = mark(document, index, sentence: sentence), mark == "," || mark == "(" { index -= 1 } // "Y (including X)"
        // The class word may be followed by a short phrase ("a viral infection after birth, such as X").
        for back in 0..<4 {
            guard let text = word(document, index - back, sentence: sentence) else { return false }
            if classWords.contains(text) {
                // "other diseases such as X" names a category only; "inflammatory diseases such as X" says more.
                guard let before = word(document, index - back - 1, sentence: sentence) else { return false }
                return !vagueWords.contains(before) || ["infection", "infections", "virus", "viruses", "bacteria", "hormone", "hormones", "vitamin", "vitamins", "cancer", "cancers", "tumor", "tumors"].contains(text)
            }
        }
        return false
    }

    /// True when the next sentence opens with the term's head noun and says what it does: "… HDAC inhibitors.
    /// HDAC inhibitors cause …", "… stem cell. A myeloid stem cell becomes …", "… the gland. This gland makes …".
    static func headNounDescribedNext(_ term: Range<Int>, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        let sentence = tokens[term.lowerBound].sentence
        // The next sentence, in the same paragraph or opening the next one (not a heading).
        guard sentence + 1 < document.sentences.count,
              !document.layout.blocks[document.sentences[sentence + 1].block].kind.isHeading else { return false }
        let next = document.sentences[sentence + 1].tokens
        let words = tokens[next].filter { $0.kind == .word }.prefix(7).map { document.text(of: $0).lowercased() }
        guard words.count >= 3 else { return false }
        let termWords = tokens[term].filter { $0.kind == .word }.map { document.text(of: $0).lowercased() }
        guard let head = termWords.last.map(singular) else { return false }
        var verbAt: Int?
        if words[0] == "it" || words[0] == "they" {
            verbAt = 1
        } else {
            // The head noun within the first four words, after a determiner ("The gland makes …") or after the
            // term's other words ("HDAC inhibitors cause …", "A myeloid stem cell becomes …").
            for position in 0..<min(4, words.count) where singular(words[position]) == head {
                let modifiers = termWords.dropLast()
                let before = words[..<position]
                if position > 0, referringDeterminers.contains(words[position - 1]) { verbAt = position + 1 }
                else if !modifiers.isEmpty, before.count >= modifiers.count, Array(before.suffix(modifiers.count)) == Array(modifiers) { verbAt = position + 1 }
                else if modifiers.isEmpty, position == 0 || (position == 1 && (words[0] == "a" || words[0] == "an")) { verbAt = position + 1 }
                break
            }
        }
        guard var index = verbAt, index < words.count else { return false }
        // The phrase the term opened, again: "a myeloid stem cell …", then "A myeloid stem cell becomes …".
        var following = term.upperBound
        while index < words.count - 1, let again = word(document, following, sentence: sentence), singular(again) == singular(words[index]) {
            index += 1
            following += 1
        }
        let verb = words[index]
        if definingVerbs.contains(verb) || doingVerbs.contains(verb) { return true }
        if verb == "is" || verb == "are" {
            // "… are a …", or "… are enzymes that …".
            return index + 1 < words.count && definitionStarts.contains(words[index + 1])
                || index + 2 < words.count && relativeWords.contains(words[index + 2])
        }
        return false
    }

    /// Determiners that point back at something just named: "This gland …", "These drugs …".
    static let referringDeterminers: Set<String> = ["this", "these", "that", "those", "such"]

    /// A plural noun's singular, roughly: "inhibitors" → "inhibitor", "cells" → "cell".
    static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("is") ? String(word.dropLast()) : word
    }

    /// True when "or" before the term ends a list ("A, B, or X") rather than giving another name ("plain words,
    /// or X"): another comma comes before it within a few words, with no verb of its own in between.
    static func endsList(_ or: Int, sentence: Int, _ document: ParsedDocument) -> Bool {
        var index = or - 1
        if mark(document, index, sentence: sentence) == "," { index -= 1 } // "A, B, or X"
        var steps = 0
        while index >= 0, steps < 5 {
            if mark(document, index, sentence: sentence) == "," { return true }
            guard let text = word(document, index, sentence: sentence), !listBreakers.contains(text) else { return false }
            index -= 1
            steps += 1
        }
        return false
    }
}
