/// Explanations that the term's own sentence gives without a gloss: a specialist named with what they do ("a
/// pathologist looks at the cells", "viewed under a microscope by a pathologist"), a subject whose verb says where
/// it forms ("X tumors form in the pineal gland"), a list after a colon that names its category ("two forms of
/// sugar: glucose and X"), a short phrase the term opens followed by an appositive ("X bloating, a feeling of
/// fullness"), and a gloss that a lost dash glued to the word ("Xlarge amounts of …"). Each test reads a few
/// tokens around the term: no pass over the text.
extension TermUse {
    /// Endings of a specialist's title: "pathologist", "physician", "therapist", "surgeon", "podiatrist".
    static let roleEndings: [[UInt8]] = ["ologist", "ologists", "iatrist", "iatrists", "ician", "icians", "apist", "apists", "geon", "geons"].map { Array($0.utf8) }

    /// Verbs that say what a specialist does: "the pathologist will check the tissue".
    static let roleVerbs: Set<String> = [
        "check", "checks", "checked", "look", "looks", "looked", "examine", "examines", "examined", "study", "studies",
        "studied", "view", "views", "viewed", "read", "reads", "test", "tests", "tested", "treat", "treats", "treated",
        "remove", "removes", "removed", "diagnose", "diagnoses", "diagnosed", "perform", "performs", "performed",
        "operate", "operates", "plan", "plans", "planned", "give", "gives", "given", "find", "finds", "decide", "decides",
    ]

    /// Words between a specialist and the verb that says what they do: "will", "usually", "then".
    static let auxiliaryWords: Set<String> = ["will", "can", "may", "might", "could", "would", "should", "must", "then", "also", "usually", "often", "first", "later"]

    /// True when the term names a specialist (by the ending of its last word) and its sentence says what the
    /// specialist does: a verb after it ("A pathologist looks at …", "The pathologist will check …") or a
    /// participle before "by" and the term ("viewed under a microscope by a pathologist").
    static func roleSaysWhatTheyDo(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        let last = document.bytes(of: tokens[range.upperBound - 1])
        guard roleEndings.contains(where: { last.count > $0.count + 2 && last.suffix($0.count).map(lowerASCII).elementsEqual($0) }) else { return false }
        let sentence = tokens[range.lowerBound].sentence
        var index = range.upperBound
        for _ in 0..<3 {
            guard let text = word(document, index, sentence: sentence) else { break }
            if roleVerbs.contains(text) { return true }
            guard auxiliaryWords.contains(text) else { break }
            index += 1
        }
        var before = range.lowerBound - 1
        if let article = word(document, before, sentence: sentence), article == "a" || article == "an" || article == "the" { before -= 1 }
        guard word(document, before, sentence: sentence) == "by" else { return false }
        for back in max(0, before - 8)..<before {
            if let text = word(document, back, sentence: sentence), roleVerbs.contains(text), text.hasSuffix("ed") || text == "given" { return true }
        }
        return false
    }

    /// Verbs that, after a subject, say where it forms: "X forms in …", "X tumors begin in …".
    static let formingVerbs: Set<String> = ["form", "forms", "start", "starts", "begin", "begins", "grow", "grows", "develop", "develops", "arise", "arises"]
    /// Words after a forming verb that name the place: "forms in the pineal gland".
    static let placeWords: Set<String> = ["in", "from", "inside", "on", "along", "within"]
    /// Words between the subject and the forming verb: "X tumors usually form in …".
    static let subjectTailWords: Set<String> = ["tumor", "tumors", "cancer", "cancers", "cell", "cells", "usually", "often", "mostly", "most", "commonly", "typically", "may", "can", "sometimes", "first"]

    /// How many words of its sentence come before the term: a term that opens its sentence is its subject.
    static func wordsBefore(_ range: Range<Int>, in document: ParsedDocument) -> Int {
        let tokens = document.tokens
        let start = document.sentences[tokens[range.lowerBound].sentence].tokens.lowerBound
        var count = 0
        for index in start..<range.lowerBound where tokens[index].kind == .word { count += 1 }
        return count
    }

    /// True when the term opens its sentence (after at most two words) and the verb after it says where it forms:
    /// "Pineoblastomas form in cells of the pineal gland." tells the reader what and where the thing is.
    static func saysWhereItForms(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        let sentence = tokens[range.lowerBound].sentence
        guard wordsBefore(range, in: document) <= 2 else { return false }
        var index = range.upperBound
        for _ in 0..<3 {
            guard let text = word(document, index, sentence: sentence) else { return false }
            if formingVerbs.contains(text) { return word(document, index + 1, sentence: sentence).map(placeWords.contains) == true }
            guard subjectTailWords.contains(text) else { return false }
            index += 1
        }
        return false
    }

    /// True when the term is in a short list right after a colon whose words before name the list's category: a
    /// class word or a count ("two simpler forms of sugar: glucose and X", "three hormones: A, B and X").
    static func listedAfterCategoryColon(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let sentence = document.tokens[range.lowerBound].sentence
        var index = range.lowerBound - 1
        var steps = 0
        while steps < 12 {
            if let text = word(document, index, sentence: sentence) {
                if prepositions.contains(text) || describingVerbs.contains(text) || doingVerbs.contains(text) || relativeWords.contains(text) { return false }
            } else if let mark = mark(document, index, sentence: sentence) {
                if mark == ":" { break }
                guard mark == "," || mark == "(" || mark == ")" else { return false }
            } else {
                return false
            }
            index -= 1
            steps += 1
        }
        guard mark(document, index, sentence: sentence) == ":" else { return false }
        for back in 1...5 {
            guard let text = word(document, index - back, sentence: sentence) else { return false }
            if classWords.contains(text) || countingWords.contains(text) { return true }
        }
        return false
    }

    /// True when the term opens a short phrase (one or two more words) that an appositive follows: "X bloating, a
    /// feeling of fullness …" says what the whole phrase is, the term and all. A clause ("X pain that is sharp")
    /// does not: it says something about the phrase.
    static func phraseGlossedByAppositive(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let sentence = document.tokens[range.lowerBound].sentence
        guard let index = endOfPhrase(after: range, sentence: sentence, document),
              mark(document, index, sentence: sentence) == ",", let article = word(document, index + 1, sentence: sentence),
              article == "a" || article == "an", word(document, index + 2, sentence: sentence) != nil else { return false }
        // "A, B, or X Y, a …" is a list, not a phrase and its appositive.
        return mark(document, range.lowerBound - 1, sentence: sentence) != ","
    }

    /// Articles that open a gloss which a lost dash glued to the word before it.
    static let gluedArticles: [[UInt8]] = [Array("the".utf8), Array("an".utf8), Array("a".utf8)]
    /// The lengths of an everyday word that a lost dash glued to a medical word ("proteinurialarge").
    static let gluedWordLengths = 4...7

    /// True when the word at `index` holds a gloss that extraction glued to it: a dash was lost, so "X — a long
    /// tube — that …" became "Xa long tube…" ("Xthe area …", "Xlarge amounts of …"). The token is no English word,
    /// words follow in the sentence, and the token ends in an article after an English or medical stem, or in an
    /// everyday word after a medical one.
    static func hasGluedGloss(_ index: Int, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        let token = tokens[index]
        guard token.end - token.start >= 7, !token.has(Token.capitalized), !token.has(Token.allCaps), index + 1 < tokens.count,
              tokens[index + 1].kind == .word, tokens[index + 1].sentence == token.sentence else { return false }
        let bytes = document.bytes(of: token)
        let words = WordList.builtIn(locale: "en-US")
        guard !words.contains(bytes) else { return false }
        if bytes.last == 0x61 || bytes.last == 0x65 || bytes.last == 0x6E {
            for article in gluedArticles where bytes.count > article.count + 4 && bytes.suffix(article.count).elementsEqual(article) {
                // The stem is an English word or a medical one ("nephrologist").
                let stem = bytes.dropLast(article.count)
                if words.contains(stem) || ComplexLanguage.isUncommon(stem.map(lowerASCII)) { return true }
            }
        }
        // "proteinurialarge amounts of protein": a medical word, then an everyday word that opens the gloss.
        for length in gluedWordLengths where bytes.count - length >= 6 {
            let tail = bytes.suffix(length)
            guard words.contains(tail), !ComplexLanguage.isUncommon(tail.map(lowerASCII)) else { continue }
            if ComplexLanguage.isUncommon(bytes.dropLast(length).map(lowerASCII)) { return true }
        }
        return false
    }
}

extension TermUse {
    /// The first token of the list that ends at `index` ("A, B, and X"): back over names, commas and "and"/"or",
    /// at most twelve tokens. `index` itself when no list comes before it.
    static func listStart(_ index: Int, _ document: ParsedDocument) -> Int {
        let sentence = document.tokens[index].sentence
        var start = index
        var back = index - 1
        while back >= 0, back >= index - 12 {
            if let text = word(document, back, sentence: sentence) {
                if prepositions.contains(text) || describingVerbs.contains(text) || exampleWords.contains(text) { break }
                if text != "and", text != "or" { start = back }
            } else if mark(document, back, sentence: sentence) != "," {
                break
            }
            back -= 1
        }
        return start
    }

    /// Verbs that, after "the term X", say what the name is for: "the term X to describe …", "the term X means …".
    static let termDescribingWords: Set<String> = ["describe", "describes", "means", "mean", "refers", "for"]

    /// True when the text introduces the term, or the name it ends, as a name and says what it names: "used the
    /// term X to describe …", "the term renal X means …".
    static func introducedAsTerm(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let sentence = document.tokens[range.lowerBound].sentence
        guard let term = (1...3).first(where: { word(document, range.lowerBound - $0, sentence: sentence) == "term" }),
              word(document, range.lowerBound - term - 1, sentence: sentence) == "the",
              (1..<term).allSatisfy({ word(document, range.lowerBound - $0, sentence: sentence) != nil }) else { return false }
        return (range.upperBound..<(range.upperBound + 6)).contains { word(document, $0, sentence: sentence).map(termDescribingWords.contains) == true }
    }

    /// True when the next sentence uses the term again with a gloss in brackets: "… the X (RB1) gene. A child with
    /// the inherited form of X (cancer that forms in the retina) …". The first use is explained right after it.
    static func glossedInNextSentence(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        let sentence = tokens[range.lowerBound].sentence
        guard sentence + 1 < document.sentences.count,
              !document.layout.blocks[document.sentences[sentence + 1].block].kind.isHeading else { return false }
        let last = document.bytes(of: tokens[range.upperBound - 1])
        for index in document.sentences[sentence + 1].tokens where tokens[index].kind == .word {
            guard document.bytes(of: tokens[index]).elementsEqual(last, by: { lowerASCII($0) == lowerASCII($1) }) else { continue }
            if hasGlossAfter(index, document, maxWords: 12) { return true }
        }
        return false
    }

    /// True when one of the two words after the term holds a gloss glued to it by a lost dash: "peripheral X
    /// diseaseblockage of blood vessels …" (two everyday words, run together, where no word is).
    static func phraseGluedGloss(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        let sentence = tokens[range.lowerBound].sentence
        let words = WordList.builtIn(locale: "en-US")
        for index in range.upperBound..<(range.upperBound + 2) {
            guard word(document, index, sentence: sentence) != nil else { return false }
            let token = tokens[index]
            guard token.end - token.start >= 8, !token.has(Token.allCaps), index + 1 < tokens.count, tokens[index + 1].sentence == sentence else { continue }
            let bytes = document.bytes(of: token)
            if words.contains(bytes) { continue }
            if hasGluedGloss(index, document) { return true }
            for length in 4...9 where bytes.count - length >= 4 {
                if words.contains(bytes.suffix(length)), words.contains(bytes.dropLast(length)) { return true }
            }
        }
        return false
    }
}

extension TermUse {
    /// True when the term is the subject of its sentence or clause: it opens the sentence or follows a comma,
    /// after at most an article or "this" ("The X releases …", "When …, the X releases …"). A term inside a
    /// phrase ("in heritable and X forms") is not: the word after it is more likely a noun.
    static func isSubject(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let sentence = document.tokens[range.lowerBound].sentence
        var before = range.lowerBound - 1
        if let article = word(document, before, sentence: sentence), ["the", "a", "an", "this", "your"].contains(article) { before -= 1 }
        if before < 0 || document.tokens[before].sentence != sentence { return true }
        return mark(document, before, sentence: sentence) == ","
    }
}

extension TermUse {
    /// True when a conditional sentence names the term for the case it describes: "If all of the organ is
    /// removed, it is a total X." The "if" clause says what the term is.
    static func namedByCondition(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let sentence = document.tokens[range.lowerBound].sentence
        let first = document.sentences[sentence].tokens.first { document.tokens[$0].kind == .word }
        guard let first, let opening = word(document, first, sentence: sentence), opening == "if" || opening == "when" else { return false }
        var before = range.lowerBound - 1
        // One describing word ("a total X") and the article.
        if word(document, before, sentence: sentence).map({ !["a", "an", "is", "called"].contains($0) }) == true { before -= 1 }
        if let article = word(document, before, sentence: sentence), article == "a" || article == "an" { before -= 1 }
        guard let verb = word(document, before, sentence: sentence), verb == "is" || verb == "called",
              let subject = word(document, before - 1, sentence: sentence) else { return false }
        return subject == "it" || subject == "this" || (verb == "called" && word(document, before - 2, sentence: sentence) == "is")
    }
}
