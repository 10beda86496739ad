/// What the scorecard's language, number and action items read about a page's sentences, found in one pass over
/// the tokens of the lint's parse: actions for the reader, recommendations aimed at someone else, topic numbers
/// and the hard ones, probabilities and calculation cues.
struct PageFacts: Sendable {
    /// A number the reader meets in the text, and what makes it hard (nil when it is easy).
    struct Number: Sendable {
        var token: Int
        var sentence: Int
        var hard: String?
        /// What makes it hard even with a gloss (the CDC's "always" for CCI 15), or nil.
        var unfamiliar: String?
    }

    /// Each token's word key (0 for tokens that are not words or numbers).
    let keys: [UInt64]
    /// Sentences of the body: not headings, labels, table cells or reference lists.
    var body: [Int] = []
    /// Body sentences that ask the reader to do something (imperative or "you should …").
    var actions: [Int] = []
    /// Actions that are a health behaviour, not only a prompt to look something up.
    var behaviours: [Int] = []
    /// Recommendations aimed at someone else: "Patients should …", "It is recommended …".
    var thirdPerson: [Int] = []
    /// Numbers about the topic (not dates, times, years, phone numbers, citations).
    var numbers: [Number] = []
    /// Sentences that give a probability in numbers, and whether they say it in words too.
    var probabilities: [(sentence: Int, glossed: Bool)] = []
    /// Body sentences with a plain-words gloss of how many or how likely ("most", "rare", "about half").
    var glossed: Set<Int> = []
    /// Places that ask the reader to calculate.
    var calculations: [Evidence] = []
    /// Denominators of natural frequencies ("1 in 5" → 5), with the place.
    var denominators: [(value: Int, range: ByteRange)] = []

    /// Each token's word key (0 for tokens that are not words or numbers): the one keying pass over the tokens.
    static func keys(_ document: ParsedDocument) -> [UInt64] {
        let tokens = document.tokens
        let bytes = document.source.bytes
        var keys = [UInt64](repeating: 0, count: tokens.count)
        for index in tokens.indices where tokens[index].kind == .word || tokens[index].kind == .number {
            keys[index] = WordKey.of(bytes[tokens[index].start..<tokens[index].end])
        }
        return keys
    }

    /// The page title's block: the first block when it is a heading.
    static func title(_ document: ParsedDocument) -> Int? {
        document.layout.blocks.first.map { $0.kind.isHeading ? 0 : nil } ?? nil
    }

    init(_ analysis: DocumentAnalysis, title: Int?) {
        let document = analysis.document
        self.keys = PageFacts.keys(document)
        let blocks = document.layout.blocks
        let references = analysis.regions.isReference
        for (index, sentence) in document.sentences.enumerated() {
            let block = sentence.block
            guard !references[block], block != title, !blocks[block].kind.isHeading, blocks[block].kind != .tableCell else { continue }
            body.append(index)
        }
        for sentence in body { read(sentence, document) }
    }

    /// A line without a closing full stop, question or exclamation mark: a list item or a label ("Dry skin").
    private func isFragment(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        guard let last = range.last else { return true }
        let token = document.tokens[last]
        guard token.kind == .punctuation else { return true }
        let byte = document.source.bytes[token.start]
        return byte != 0x2E && byte != 0x21 && byte != 0x3F
    }

    /// True when the word after `verb` in the sentence is an object marker, an adverb in -ly or a number, or the
    /// verb closes the sentence with a full stop ("Rest." "Sit down.").
    private func takesObject(after verb: Int, in range: Range<Int>, _ document: ParsedDocument) -> Bool {
        guard verb + 1 < range.upperBound else { return false }
        let next = document.tokens[verb + 1]
        if next.kind == .number { return true }
        if next.kind == .punctuation { return document.source.bytes[next.start] == 0x2E || document.source.bytes[next.start] == 0x21 }
        if PageFacts.objectMarkers.contains(keys[verb + 1]) { return true }
        let bytes = document.source.bytes
        return next.end - next.start > 3 && bytes[next.end - 2] == 0x6C && bytes[next.end - 1] == 0x79
    }

    /// True when `token` is the -ing form of a verb on the imperative list ("losing", "eating", "being",
    /// "stopping"): the name of a behaviour.
    func isBehaviourGerund(_ token: Int, _ document: ParsedDocument) -> Bool {
        let bytes = document.bytes(of: document.tokens[token])
        guard bytes.count >= 5, bytes.suffix(3).elementsEqual("ing".utf8) else { return false }
        let stem = bytes.dropLast(3)
        var candidates = [WordKey.of(stem), WordKey.of((Array(stem) + [0x65])[...])]
        if let last = stem.last, stem.count >= 3, stem[stem.endIndex - 2] == last { candidates.append(WordKey.of(stem.dropLast())) }
        return candidates.contains { PageFacts.imperatives.contains($0) && !PageFacts.navigation.contains($0) && !PageFacts.lookUp.contains($0) }
    }

    /// The verb of impersonal advice at `position`: "It is important to get …", "It's best to …", "It is a good
    /// idea to …" (an adjective of advice, then "to" and a verb of the imperative list).
    private func impersonalAdvice(_ words: [Int], from position: Int) -> Int? {
        guard position + 3 < words.count, keys[words[position]] == PageFacts.it, PageFacts.copulas.contains(keys[words[position + 1]]) else { return nil }
        let window = words[(position + 2)..<min(position + 6, words.count)]
        guard window.contains(where: { PageFacts.adviceWords.contains(keys[$0]) }),
              let to = window.firstIndex(where: { keys[$0] == PageFacts.to }), to + 1 < words.count else { return nil }
        let verb = words[to + 1]
        return PageFacts.imperatives.contains(keys[verb]) && !PageFacts.navigation.contains(keys[verb]) ? verb : nil
    }

    /// The word tokens of a sentence.
    func words(_ sentence: Int, _ document: ParsedDocument) -> [Int] {
        document.sentences[sentence].tokens.filter { document.tokens[$0].kind == .word }
    }

    private mutating func read(_ index: Int, _ document: ParsedDocument) {
        let tokens = document.tokens
        let sentence = document.sentences[index]
        let words = self.words(index, document)
        guard let first = words.first else { readNumbers(index, document); return }
        // The verb that opens the sentence, after a linking adverb ("However, …"), an opener or an "If …," clause.
        func isComma(_ token: Int) -> Bool { tokens[token].kind == .punctuation && document.source.bytes[tokens[token].start] == 0x2C }
        var position = 0
        if words.count > 2, PageFacts.connectives.contains(keys[first]), first + 1 < sentence.tokens.upperBound, isComma(first + 1) { position = 1 }
        let lead = words[position]
        while position < words.count - 1, PageFacts.openers.contains(keys[words[position]]) { position += 1 }
        var verb = words[position]
        if PageFacts.conditionals.contains(keys[lead]) {
            // After the first comma of the clause.
            if let comma = sentence.tokens.first(where: { $0 > lead && isComma($0) }),
               let next = sentence.tokens.first(where: { $0 > comma && tokens[$0].kind == .word }) {
                verb = next
                if PageFacts.openers.contains(keys[verb]), let after = words.first(where: { $0 > verb }) { verb = after }
            }
        }
        // "See your doctor" is a behaviour; "See the summaries for more information" a prompt to look something
        // up (as "Visit …"); "See the word list for how to say …", "See the table below" points within the text:
        // a cross-reference, not an action.
        func toProvider(_ verb: Int) -> Bool { (verb + 1..<min(verb + 6, sentence.tokens.upperBound)).contains { PageFacts.providers.contains(keys[$0]) } }
        let crossReference = keys[verb] == PageFacts.see && !toProvider(verb) && !words.contains { PageFacts.informationWords.contains(keys[$0]) }
        var imperative = PageFacts.imperatives.contains(keys[verb]) && !PageFacts.navigation.contains(keys[verb]) && !crossReference
            && !(verb + 1 < tokens.count && keys[verb + 1] == WordKey.of("is"))
            && !(PageFacts.nounLike.contains(keys[verb]) && !takesObject(after: verb, in: sentence.tokens, document)
                 && (isFragment(sentence.tokens, document) || (verb + 2 < sentence.tokens.upperBound && PageFacts.linking.contains(keys[verb + 2]))))
        // "It is important to get plenty of calcium", "It is a good idea to wash …": advice in the impersonal form,
        // an imperative with a reason in front.
        if !imperative, let advised = impersonalAdvice(words, from: position) {
            verb = advised
            imperative = true
        }
        var addressed = false
        var otherParty = false
        for (offset, word) in words.enumerated() where PageFacts.modals.contains(keys[word]) && offset > 0 {
            // "Your child should begin to eat better", "You should feel better in a week": what to expect, not advice.
            if offset + 1 < words.count, PageFacts.outcomes.contains(keys[words[offset + 1]]) { continue }
            if keys[words[offset - 1]] == PageFacts.you { addressed = true; continue }
            // "Some people need more than one bypass", "The patient does not need anesthesia": a fact, not advice.
            if PageFacts.needs.contains(keys[word]), offset + 1 >= words.count || keys[words[offset + 1]] != PageFacts.to { continue }
            // "Children may need to be fed through a vein": what may happen, not advice.
            if PageFacts.needs.contains(keys[word]), PageFacts.possibility.contains(keys[words[offset - 1]]) { continue }
            // "Parents should …", "A child's parent or caretaker should …": a person noun shortly before the modal,
            // or opening the sentence as its subject ("All children younger than 5 years of age should …").
            if words[max(0, offset - 4)..<offset].contains(where: { PageFacts.people.contains(keys[$0]) })
                || (offset <= PageFacts.subjectReach && !PageFacts.conditionals.contains(keys[first]) && !PageFacts.prepositions.contains(keys[first])
                    && words[0..<min(3, offset)].contains(where: { PageFacts.people.contains(keys[$0]) })) {
                otherParty = true
            }
        }
        // "It is recommended that adults …"; "Your provider may recommend keeping your legs raised": a behaviour
        // (an -ing form of a verb on the imperative list) named as what is recommended, whoever it is for.
        // "Doctors usually advise their patients to …" reports what professionals do for their own patients: a
        // practice described, not advice to the reader.
        let recommends = words.indices.filter { PageFacts.recommendWords.contains(keys[words[$0]]) }
        let reported = recommends.contains { $0 + 2 < words.count && keys[words[$0 + 1]] == PageFacts.their && PageFacts.people.contains(keys[words[$0 + 2]]) }
        if !reported, !recommends.isEmpty, !words.contains(where: { keys[$0] == PageFacts.you })
            || recommends.contains(where: { $0 + 1 < words.count && isBehaviourGerund(words[$0 + 1], document) }) {
            otherParty = true
        }
        // "Losing weight, eating well and not smoking can help …": behaviours named as what helps, to no one in
        // particular (PEMAT 20 counts them; PEMAT 21 does not, as they do not address the reader).
        // The benefit is what the behaviour does, not the purpose of something else: "… to help determine the cause"
        // is an infinitive of purpose ("Taking a medical history is one of the first things a doctor may do to help …").
        if !imperative, !addressed, isBehaviourGerund(first, document),
           words.indices.contains(where: { $0 > 0 && PageFacts.benefits.contains(keys[words[$0]]) && keys[words[$0 - 1]] != PageFacts.to }) {
            otherParty = true
        }
        if imperative || addressed {
            actions.append(index)
            // "See your doctor", "Contact your nurse": going to a provider is a health behaviour, not a look-up.
            if !(imperative && PageFacts.lookUp.contains(keys[verb]) && !toProvider(verb)) { behaviours.append(index) }
        } else if otherParty {
            thirdPerson.append(index)
        }
        readNumbers(index, document)
    }

    private mutating func readNumbers(_ index: Int, _ document: ParsedDocument) {
        let tokens = document.tokens
        let bytes = document.source.bytes
        let sentence = document.sentences[index]
        let range = sentence.tokens
        func byte(_ token: Int) -> UInt8 { bytes[tokens[token].start] }
        func isPunct(_ token: Int, _ mark: UInt8) -> Bool { range.contains(token) && tokens[token].kind == .punctuation && byte(token) == mark }
        var glossed = false
        var risky = false
        var population = false
        var probability = false
        var found: [Number] = []
        // Calculation words count only where the reader is asked to do something ("cells multiply" does not).
        let readerSentence = actions.last == index || range.contains { keys[$0] == PageFacts.you }
        for token in range {
            let key = keys[token]
            if PageFacts.glossWords.contains(key) { glossed = true }
            if PageFacts.riskWords.contains(key) { risky = true }
            // A spelled natural frequency: "three out of every million".
            if PageFacts.numberWords[key] != nil, let frequency = frequency(at: token, in: range, document) {
                denominators.append((frequency.denominator, tokens[token].start..<tokens[frequency.end].end))
                found.append(Number(token: token, sentence: index, hard: nil, unfamiliar: nil))
                probability = true
            } else if spelledFraction(at: token, in: range, document) != nil {
                // "One third of the time", "a quarter of adults": a fraction, glossed in words but still a fraction
                // (CCI 15's hard kind); PEMAT 6 reads it as a plain-words share.
                found.append(Number(token: token, sentence: index, hard: nil, unfamiliar: "a fraction"))
            } else if let value = PageFacts.numberWords[key], value >= 2 {
                // A count in words ("two research teams", "three doses"): a number the reader meets, and an easy one.
                found.append(Number(token: token, sentence: index, hard: nil, unfamiliar: nil))
            }
            if PageFacts.calculationWords.contains(key), readerSentence { calculations.append(Evidence(tokens[token].range, "asks the reader to calculate")) }
            // "… 8 years after treatment or at age 25, whichever is later": the reader works out both and compares.
            if key == PageFacts.whichever, let end = (token + 1..<min(token + 4, range.upperBound)).first(where: { PageFacts.orderWords.contains(keys[$0]) }) {
                calculations.append(Evidence(tokens[token].start..<tokens[end].end, "asks the reader to work out which comes first"))
            }
            if key == PageFacts.per, token + 1 < range.upperBound, PageFacts.perWeight.contains(keys[token + 1]) {
                calculations.append(Evidence(tokens[token].start..<tokens[token + 1].end, "an amount per body weight"))
            }
            guard tokens[token].kind == .number else { continue }
            let text = bytes[tokens[token].start..<tokens[token].end]
            // Not topic numbers: times, years, dates, phone numbers, citations.
            if text.contains(0x3A) { continue }
            let digits = text.filter { $0 != 0x2C }
            let value = Double(String(decoding: digits, as: UTF8.self)) ?? 0
            if text.count == 4, !text.contains(0x2E), value >= 1800, value <= 2100 { continue }
            if token > range.lowerBound, PageFacts.months.contains(keys[token - 1]) { continue }
            if token + 1 < range.upperBound, PageFacts.months.contains(keys[token + 1]) { continue }
            if isPunct(token - 1, 0x5B) || isPunct(token - 1, 0x5E) { continue }
            if isPunct(token + 1, 0x2D) || isPunct(token - 1, 0x2D), text.count >= 3, !text.contains(0x2E) { continue }
            var hard: String?
            if isPunct(token + 1, 0x25) || (token + 1 < range.upperBound && PageFacts.percentWords.contains(keys[token + 1])) {
                hard = "a percentage"
                probability = true
                // "60 percent of people with …", "20% of all adults": a share of a group of people.
                let of = (token + 1..<min(token + 4, range.upperBound)).first { keys[$0] == PageFacts.ofWord }
                if let of, (of + 1..<min(of + 4, range.upperBound)).contains(where: { PageFacts.people.contains(keys[$0]) }) { population = true }
            } else if text.contains(0x2E) {
                hard = "a decimal"
            } else if isPunct(token + 1, 0x2F), token + 2 < range.upperBound, tokens[token + 2].kind == .number {
                // "3/4" is a fraction; "120/80" is a reading (blood pressure), not one to work out.
                let denominator = Double(String(decoding: bytes[tokens[token + 2].start..<tokens[token + 2].end], as: UTF8.self)) ?? 0
                if value < denominator, denominator <= 16 { hard = "a fraction" }
            } else if value >= 10_000 || (token + 1 < range.upperBound && PageFacts.bigWords.contains(keys[token + 1])) {
                hard = "a very large number"
            } else if token + 2 < range.upperBound, keys[token + 1] == PageFacts.times, PageFacts.comparatives.contains(keys[token + 2]) {
                hard = "a relative risk"
                probability = true
            } else if token + 1 < range.upperBound, PageFacts.units.contains(keys[token + 1]) {
                hard = "a measurement unit"
            }
            // Natural frequency: "1 in 5", "2 out of 10", "3 in every 1,000".
            if let frequency = frequency(at: token, in: range, document) {
                denominators.append((frequency.denominator, tokens[token].start..<tokens[frequency.end].end))
                probability = true
            }
            found.append(Number(token: token, sentence: index, hard: hard, unfamiliar: hard))
        }
        // A natural frequency or a word gloss in the sentence makes its hard numbers clear.
        // (Halves and quarters, "1 in 2" and "1 in 4", are familiar; only denominators of 10 or more are compared.)
        let hasFrequency = denominators.contains { range.contains(tokenIndex(atOffset: $0.range.lowerBound, document) ?? -1) }
        // A decimal stays hard beside a frequency ("2.5 in 10,000"): only words make it plain.
        for var number in found {
            if let hard = number.hard, glossed || (hasFrequency && hard != "a decimal") { number.hard = nil }
            numbers.append(number)
        }
        if glossed { self.glossed.insert(index) }
        // A share of people ("60 percent of adults with diabetes") is a probability too: the chance that a reader
        // like them has it.
        if probability, risky || hasFrequency || population { probabilities.append((index, glossed)) }
    }

    /// The last token of a fraction in words that starts at `token`: "one third of", "a quarter of", "two-thirds of"
    /// (a spelled number or "a", the fraction, then "of": "a third dose" is an ordinal, not a fraction).
    private func spelledFraction(at token: Int, in range: Range<Int>, _ document: ParsedDocument) -> Int? {
        guard PageFacts.numberWords[keys[token]] != nil || keys[token] == PageFacts.article else { return nil }
        var next = token + 1
        if next < range.upperBound, document.tokens[next].kind == .punctuation, document.source.bytes[document.tokens[next].start] == 0x2D { next += 1 }
        guard next + 1 < range.upperBound, PageFacts.fractionWords.contains(keys[next]), keys[next + 1] == PageFacts.ofWord else { return nil }
        return next
    }

    /// The natural frequency that starts at `token` (a numeral or a spelled number): "1 in 5", "2 out of 10",
    /// "3 in every 1,000", "three out of every million"; the denominator and the last token.
    private func frequency(at token: Int, in range: Range<Int>, _ document: ParsedDocument) -> (denominator: Int, end: Int)? {
        let tokens = document.tokens
        var next = token + 1
        if next < range.upperBound, keys[next] == PageFacts.inWord {
            next += 1
        } else if next + 1 < range.upperBound, keys[next] == PageFacts.outWord, keys[next + 1] == PageFacts.ofWord {
            next += 2
        } else {
            return nil
        }
        if next < range.upperBound, PageFacts.every.contains(keys[next]) { next += 1 }
        guard next < range.upperBound else { return nil }
        if tokens[next].kind == .number {
            let text = document.source.bytes[tokens[next].start..<tokens[next].end].filter { $0 != 0x2C }
            var value = Int(Double(String(decoding: text, as: UTF8.self)) ?? 0)
            if next + 1 < range.upperBound, let scale = PageFacts.denominatorWords[keys[next + 1]] { value *= scale; return (value, next + 1) }
            return (value, next)
        }
        if let value = PageFacts.denominatorWords[keys[next]] { return (value, next) }
        return nil
    }

    private func tokenIndex(atOffset offset: Int, _ document: ParsedDocument) -> Int? {
        var low = 0
        var high = document.tokens.count
        while low < high {
            let middle = (low + high) / 2
            if document.tokens[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low < document.tokens.count && document.tokens[low].start == offset ? low : nil
    }
}
