/// Helpers shared by the vocabulary rules: reading the words around a term, deciding whether the text explains
/// a term where it appears, and matching the writer's capitalization in replacements.
enum TermUse {
    /// Words that, after "X," or "X —", start an explanation: "X, a procedure that …", "X, which means …".
    static let appositiveStarts: Set<String> = ["a", "an", "which", "or", "also", "meaning", "that", "i.e", "namely", "sometimes", "caused", "the", "another"]
    /// Verbs that, right after a term, describe what it is or does: "X is …", "X uses …".
    static let describingVerbs: Set<String> = [
        "is", "are", "was", "means", "mean", "refers", "describes", "uses", "use", "involves", "works", "puts", "sends",
        "delivers", "blocks", "removes", "destroys", "drains", "kills", "treats", "shrinks", "cuts", "heats", "freezes",
        "checks", "looks", "measures", "makes", "gives", "lets", "helps", "help", "takes", "shows", "stops", "carries",
        "happens", "occurs", "views", "examines", "studies", "specializes", "specialises", "diagnoses",
    ]
    /// Words right before a term that introduce it by name: "called X", "known as X".
    static let namingWords: Set<String> = ["called", "named", "termed", "dubbed"]
    /// Words before "called" or "known as" that make the name another name for what came before: "also called X".
    static let otherNameWords: Set<String> = ["also", "sometimes", "often", "commonly", "usually", "or"]

    /// The lower-cased text of a word token, or nil for other tokens and tokens outside the sentence.
    static func word(_ document: ParsedDocument, _ index: Int, sentence: Int) -> String? {
        guard index >= 0, index < document.tokens.count else { return nil }
        let token = document.tokens[index]
        guard token.sentence == sentence, token.kind == .word else { return nil }
        return document.text(of: token).lowercased()
    }

    /// The first byte of a punctuation token, or nil.
    static func mark(_ document: ParsedDocument, _ index: Int, sentence: Int) -> String? {
        guard index >= 0, index < document.tokens.count else { return nil }
        let token = document.tokens[index]
        guard token.sentence == sentence, token.kind == .punctuation else { return nil }
        return document.text(of: token)
    }

    /// True when the text explains the term where it appears (see `vocab/define-on-first-use`).
    static func isExplained(_ match: TermMatch, in analysis: DocumentAnalysis) -> Bool {
        isExplained(tokens: match.tokenStart..<match.tokenEnd, in: analysis)
    }

    /// True when the text explains the words of `tokens` (a term, or one uncommon word) where they appear:
    /// the one test of "explained in place" that every vocabulary rule shares.
    ///
    /// With `naming` (acronyms), only the forms that give the term another name count ("also called X", "Y, or
    /// X", "X, a …", brackets, a definition list): "TACE blocks the artery" describes TACE but does not spell it out.
    ///
    /// The forms: "X (plain)", "plain (X)", "X: …", "X, a/which/or/also … ", "X is/means/uses …", "X such as …",
    /// "called/named/known as/also called X", "a type of Y called X", "plain words or X", "plain, or X", "X
    /// (pronunciation), or Y", a definition list, and a definition in the next sentence ("X is …", "This procedure
    /// uses …").
    static func isExplained(tokens range: Range<Int>, in analysis: DocumentAnalysis, naming: Bool = false) -> Bool {
        let document = analysis.document
        let tokens = document.tokens
        let match = (tokenStart: range.lowerBound, tokenEnd: range.upperBound)
        let sentence = tokens[match.tokenStart].sentence
        var after = match.tokenEnd
        // Skip closing emphasis ("**X**:") and an acronym in brackets ("X (ABC) uses …").
        while let mark = mark(document, after, sentence: sentence), mark == "*" || mark == "_" || mark == "\"" || mark == "”" { after += 1 }
        if mark(document, after, sentence: sentence) == "(" {
            var close = after + 1
            var words = 0
            var onlyAcronym = true
            var familiarAcronym = false
            while close < tokens.count, tokens[close].sentence == sentence, mark(document, close, sentence: sentence) != ")" {
                // "(IgG and IgM)" holds other symbols, not an explanation.
                if tokens[close].kind == .word, let text = word(document, close, sentence: sentence), text != "and", text != "or" {
                    words += 1
                    if !AcronymRule.isCapitalsWord(document.bytes(of: tokens[close])) { onlyAcronym = false }
                    familiarAcronym = ComplexLanguage.isFamiliar(document.text(of: tokens[close]))
                }
                close += 1
            }
            if words > 0, !onlyAcronym { return true }
            // "(ABC)the abnormal growth of …": a lost dash glued the gloss to the bracket.
            if close + 1 < tokens.count, tokens[close + 1].kind == .word, tokens[close + 1].sentence == sentence,
               tokens[close].end == tokens[close + 1].start, !tokens[close + 1].has(Token.capitalized) { return true }
            // "intravenous (IV)": a short form every reader knows says what the term is.
            if !naming, words == 1, familiarAcronym { return true }
            after = close + 1
        }
        if let mark = mark(document, after, sentence: sentence) {
            if mark == ":" { return true }
            if mark == "," || mark == "—" || mark == "–" || mark == "-" {
                if let next = word(document, after + 1, sentence: sentence), appositiveStarts.contains(next), !naming || next != "the" { return true }
            }
        }
        if !naming, let next = word(document, after, sentence: sentence) {
            if describingVerbs.contains(next) { return true }
            // "the parathyroid gland releases a hormone …": what the subject does, in the present.
            // "Immunomodulators reduce …": a plural subject and the verb without "s".
            // ("X form quickly" says nothing of what X is: where it forms is `saysWhereItForms`.)
            if next.count > 3, doingVerbs.contains(next), !formingVerbs.contains(next), isSubject(range, document),
               next.hasSuffix("s") || isPlural(document.text(of: tokens[range.upperBound - 1]).lowercased()) { return true }
            if next == "which" || next == "or", let then = word(document, after + 1, sentence: sentence),
               then == "means" || then == "is" || then == "are" || then == "uses" { return true }
            if next == "such", word(document, after + 1, sentence: sentence) == "as" { return true }
        }
        // "Xs, such as A, …" and "Xs, including aspirin": examples of a class say what it is. After a singular the
        // examples belong to the phrase before ("problems with your X, including …").
        if !naming, mark(document, after, sentence: sentence) == ",", let next = word(document, after + 1, sentence: sentence),
           isPlural(document.text(of: tokens[range.upperBound - 1]).lowercased()) {
            if next == "including" || (next == "such" && word(document, after + 2, sentence: sentence) == "as") { return true }
        }
        if !naming, isExplainedNearby(range, after: after, in: document) { return true }
        if !naming, glossedByPlainWords(range, after: after, in: analysis) || acronymDescribedNext(range, document)
            || phraseGlossedInBrackets(range, document) || namedAfterClassWord(range.lowerBound, document)
            || phraseSaysWhatItDoes(range, document) || signsListedNext(range, document) || definedAsSubject(range, document)
            || inColonLabel(range, document) || appositiveNounClause(range, document) || listedWithOtherKind(range, document)
            || (range.count == 1 && hasGluedGloss(range.lowerBound, document)) { return true }
        if !naming, namedByCondition(range, document) { return true }
        if !naming, introducedAsTerm(range, document) || glossedInNextSentence(range, document) || phraseGluedGloss(range, document) { return true }
        if !naming, roleSaysWhatTheyDo(range, document) || saysWhereItForms(range, document) || listedAfterCategoryColon(range, document)
            || phraseGlossedByAppositive(range, document) { return true }
        // Before: "called X", "known as X", "called a X", "Y (X)", "Y, or X".
        var before = match.tokenStart - 1
        while let mark = mark(document, before, sentence: sentence), mark == "*" || mark == "_" || mark == "\"" || mark == "“" { before -= 1 }
        // For an acronym the naming words must give it as another name ("also called", "sometimes known as"): "a
        // virus called HPV" names it without spelling it out.
        func names(_ index: Int) -> Bool {
            !naming || word(document, index, sentence: sentence).map(otherNameWords.contains) == true
        }
        if let previous = word(document, before, sentence: sentence) {
            if namingWords.contains(previous), names(before - 1) { return true }
            if previous == "a" || previous == "an" || previous == "the",
               let earlier = word(document, before - 1, sentence: sentence), namingWords.contains(earlier), names(before - 2) { return true }
            if previous == "as", word(document, before - 1, sentence: sentence) == "known", names(before - 2) { return true }
            if previous == "a" || previous == "an" || previous == "the" {
                // "known as a X"; "plain words (a X)".
                if word(document, before - 1, sentence: sentence) == "as", word(document, before - 2, sentence: sentence) == "known", names(before - 3) { return true }
                if !naming, mark(document, before - 1, sentence: sentence) == "(", word(document, before - 2, sentence: sentence) != nil { return true }
            }
            // "plain words, or X" gives another name; "A, B, or X" ends a list.
            if previous == "or", mark(document, before - 1, sentence: sentence) == ",", !endsList(before, sentence: sentence, document) { return true }
            // One of several other names: "also called A, B, or X".
            if !naming, isInOtherNamesList(before, document) { return true }
            // "high blood sugar or hyperglycemia": plain words, then "or", then the term.
            if !naming, previous == "or", word(document, before - 1, sentence: sentence) != nil, !endsList(before, sentence: sentence, document) { return true }
        }
        if mark(document, before, sentence: sentence) == "(", word(document, before - 1, sentence: sentence) != nil,
           !naming || (!AcronymRule.isCapitalsWord(document.bytes(of: tokens[before - 1])) && mark(document, after, sentence: sentence) == ")") { return true }
        if !naming, definedInNextSentence(match.tokenStart..<match.tokenEnd, document) { return true }
        if !naming, document.opensSentence(match.tokenStart) {
            // A list label: "X therapy: …".
            if word(document, after, sentence: sentence) != nil, mark(document, after + 1, sentence: sentence) == ":" { return true }
        }
        // "X of the liver is a type of …", "A, X and B are types of …": the sentence says what the term is.
        if !naming, let kind = kindStatement(sentence, document), match.tokenEnd <= kind { return true }
        // "The most common type of liver cancer is X."
        if !naming, namedAsKind(match.tokenStart, document) { return true }
        // A definition list: the term alone on its line, then ": definition".
        let block = analysis.block(ofToken: match.tokenStart)
        let blocks = document.layout.blocks
        if block + 1 < blocks.count, blocks[block + 1].kind == .definition {
            let sentences = document.sentences(inBlock: block)
            if sentences.count == 1 {
                let range = document.sentences[sentences.lowerBound].tokens
                let words = tokens[range].filter { $0.kind == .word }.count
                if words == match.tokenEnd - match.tokenStart { return true }
            }
        }
        if !naming, isExplainedByPage(range, in: analysis) { return true }
        return false
    }

    /// True when the words before `index` (back to "also called" or "also known as") are a list of names: "also
    /// called A, B, or computerized X" names a thing the page has just explained.
    static func isInOtherNamesList(_ index: Int, _ document: ParsedDocument) -> Bool {
        let sentence = document.tokens[index].sentence
        var back = index
        var steps = 0
        var sawComma = false
        while back > 0, steps < 14, document.tokens[back].sentence == sentence {
            if let word = word(document, back, sentence: sentence) {
                if namingWords.contains(word) || (word == "as" && TermUse.word(document, back - 1, sentence: sentence) == "known") {
                    let start = word == "as" ? back - 2 : back - 1
                    return sawComma && TermUse.word(document, start, sentence: sentence).map(otherNameWords.contains) == true
                }
                if TermUse.listBreakers.contains(word) { return false }
            } else if let mark = mark(document, back, sentence: sentence) {
                guard mark == "," else { return false }
                sawComma = true
            }
            back -= 1
            steps += 1
        }
        return false
    }

    static let kindNouns: Set<String> = ["type", "kind", "form", "types", "kinds", "forms"]

    /// The token index of "is"/"are" in "is a type of", "are a kind of", "is one form of", "are types of", or nil.
    static func kindStatement(_ sentence: Int, _ document: ParsedDocument) -> Int? {
        let range = document.sentences[sentence].tokens
        let words = range.filter { document.tokens[$0].kind == .word }
        guard words.count >= 3 else { return nil }
        func text(_ i: Int) -> String { document.text(of: document.tokens[words[i]]).lowercased() }
        for index in 0..<(words.count - 2) where text(index) == "is" || text(index) == "are" {
            var next = index + 1
            if text(next) == "also", next + 1 < words.count { next += 1 } // "is also a type of"
            if ["a", "an", "one"].contains(text(next)) { next += 1 }
            if next + 1 < words.count, kindNouns.contains(text(next)), text(next + 1) == "of" { return words[index] }
        }
        return nil
    }

    /// True when the term ends "… type of Y is X" ("The most common type of liver cancer is X"): the sentence names
    /// the kind it belongs to.
    static func namedAsKind(_ start: Int, _ document: ParsedDocument) -> Bool {
        let sentence = document.tokens[start].sentence
        var before = start - 1
        if let article = word(document, before, sentence: sentence), article == "a" || article == "an" || article == "the" { before -= 1 }
        guard let verb = word(document, before, sentence: sentence), verb == "is" || verb == "are" else { return false }
        var back = before - 1
        while back >= 0, back >= before - 8, document.tokens[back].sentence == sentence {
            if word(document, back, sentence: sentence) == "of", let kind = word(document, back - 1, sentence: sentence), kindNouns.contains(kind) { return true }
            back -= 1
        }
        return false
    }

    /// Words that open a sentence about the thing named just before: "This procedure uses …", "It is a …".
    static let referringWords: Set<String> = ["this", "these", "it", "they", "the"]

    /// True when the sentence after the term's defines it: "X is …", "X means …", "X are …", "The X is …",
    /// "This procedure involves …", "It is a …".
    static func definedInNextSentence(_ term: Range<Int>, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        let sentence = tokens[term.lowerBound].sentence
        guard sentence + 1 < document.sentences.count else { return false }
        let next = document.sentences[sentence + 1].tokens
        let words = tokens[next].filter { $0.kind == .word }.prefix(term.count + 3).map { document.text(of: $0).lowercased() }
        guard !words.isEmpty else { return false }
        let termWords = tokens[term].filter { $0.kind == .word }.map { document.text(of: $0).lowercased() }
        var index = 0
        if words[0] == "the" || words[0] == "a" || words[0] == "an" { index = 1 }
        if words.count >= index + termWords.count, Array(words[index..<(index + termWords.count)]) == termWords {
            index += termWords.count
            // The term again, or its plural, then a describing verb.
        } else if referringWords.contains(words[0]), words[0] != "the" {
            index = 1
            if index < words.count, !definingVerbs.contains(words[index]), words[index] != "is", words[index] != "are" { index += 1 } // "This procedure"
        } else {
            return false
        }
        guard index < words.count else { return false }
        if definingVerbs.contains(words[index]) { return true }
        // "X is a …", "It is when …"; not "X is rare".
        return (words[index] == "is" || words[index] == "are" || words[index] == "was") && index + 1 < words.count
            && definitionStarts.contains(words[index + 1])
    }

    /// Verbs that, opening the next sentence, say what the term is or does: "This procedure uses …".
    static let definingVerbs: Set<String> = ["means", "mean", "refers", "describes", "involves", "uses", "use", "removes", "drains", "blocks", "destroys", "kills"]
    /// Words after "is" that start a definition: "is a …", "is when …", "is caused by …".
    static let definitionStarts: Set<String> = ["a", "an", "the", "when", "how", "where", "what", "one", "any", "called", "made", "caused", "used", "also", "at", "located", "found", "part"]

    /// The first use of each concept among `matches`, body text before headings: a use in a heading counts only
    /// when the concept appears in no other block.
    static func firstUses(_ matches: [TermMatch], in analysis: DocumentAnalysis) -> [Int: TermMatch] {
        var first: [Int: TermMatch] = [:]
        var firstInHeading: [Int: TermMatch] = [:]
        for match in matches {
            let concept = match.form.concept
            if analysis.blockKind(ofToken: match.tokenStart).isHeading {
                if firstInHeading[concept] == nil { firstInHeading[concept] = match }
            } else if first[concept] == nil {
                first[concept] = match
            }
        }
        for (concept, match) in firstInHeading where first[concept] == nil { first[concept] = match }
        return first
    }

    /// `replacement` with the capitalization of `original`: a capital first letter is kept; an all-capitals
    /// original of more than one letter makes the replacement all capitals.
    static func matchCase(_ replacement: String, like original: String) -> String {
        guard let first = original.unicodeScalars.first, let replacementFirst = replacement.unicodeScalars.first else { return replacement }
        let letters = original.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count > 1, letters.allSatisfy({ $0.properties.isUppercase }) { return replacement.uppercased() }
        if first.properties.isUppercase, replacementFirst.properties.isLowercase {
            return String(replacementFirst).uppercased() + String(replacement.unicodeScalars.dropFirst())
        }
        return replacement
    }

    /// The replacement for a matched form: inflected like the match and cased like it.
    static func replacement(_ text: String, for match: TermMatch, original: String) -> String {
        let inflected = match.form.inflection.map { $0.apply(to: text) } ?? text
        return matchCase(inflected, like: original)
    }
}
