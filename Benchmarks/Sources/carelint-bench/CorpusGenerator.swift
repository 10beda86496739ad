import CareLint
import Foundation

/// Builds Markdown drafts from sentence templates and the vocabulary, with the faults real drafts have
/// (jargon left bare, acronyms not spelled out, misspelled terms, long sentences, web residue …).
///
/// Deterministic: the same seed and vocabulary give the same bytes.
struct CorpusGenerator {
    private var random: SeededRandom
    private let terms: [WordBank.Term]

    /// A generator seeded with `seed`, drawing terms from the word bank and the built-in vocabulary.
    init(seed: UInt64, vocabulary: Vocabulary) {
        random = SeededRandom(seed: seed)
        var terms = WordBank.terms
        for concept in vocabulary.concepts.sorted(by: { $0.id < $1.id }) where !concept.term.isEmpty {
            terms.append(WordBank.Term(term: concept.term, plain: concept.plain.first ?? concept.term, acronym: concept.acronym))
        }
        self.terms = terms
    }

    /// One Markdown document of about `words` words.
    mutating func document(words target: Int, title index: Int) -> String {
        var out = ""
        let topic = random.pick(terms)
        out += "---\ntitle: \(capitalized(topic.term)) \(index)\ntype: procedure\n"
        if random.chance(0.8) { out += "reviewed: 2025-\(String(format: "%02d", random.within(1...12)))-\(String(format: "%02d", random.within(1...28)))\n" }
        out += "---\n\n# \(capitalized(topic.term))\n\n"
        var words = 0
        var spelledOut: Set<String> = []
        while words < target {
            let heading = fill(random.pick(WordBank.headings), term: topic)
            out += "## \(heading)\n\n"
            words += count(heading)
            let paragraphs = random.within(1...3)
            for _ in 0..<paragraphs where words < target {
                let block: String
                switch random.below(10) {
                case 0: block = list()
                case 1 where random.chance(0.3): block = table()
                default: block = paragraph(spelledOut: &spelledOut)
                }
                out += block + "\n\n"
                words += count(block)
            }
        }
        return out
    }

    private mutating func paragraph(spelledOut: inout Set<String>) -> String {
        var sentences: [String] = []
        for _ in 0..<random.within(3...7) {
            var sentence = sentenceText(spelledOut: &spelledOut)
            if random.chance(0.08) { // a run-on sentence: two joined with "and"
                sentence = String(sentence.dropLast()) + ", and " + lowerFirst(sentenceText(spelledOut: &spelledOut))
            }
            sentences.append(sentence)
        }
        var text = sentences.joined(separator: random.chance(0.3) ? "\n" : " ")
        if random.chance(0.15) { text += " See [the guide](https://example.org/guide/\(random.below(1000))) for more." }
        if random.chance(0.1) { text += " Type `carelint check` to test a draft." }
        if random.chance(0.1) { text = "**Important:** " + text }
        return text
    }

    private mutating func sentenceText(spelledOut: inout Set<String>) -> String {
        let term = random.pick(terms)
        var template = random.chance(0.12) ? random.pick(WordBank.faultySentences) : random.pick(WordBank.templates)
        if let acronym = term.acronym, template.contains("{term}") || template.contains("{Term}") {
            // Acronyms: spelled out at first use, or not (a fault).
            if spelledOut.contains(acronym) || random.chance(0.3) {
                template = template.replacingOccurrences(of: "{term}", with: acronym).replacingOccurrences(of: "{Term}", with: acronym)
            } else {
                spelledOut.insert(acronym)
                template = template.replacingOccurrences(of: "{term}", with: "\(term.term) (\(acronym))")
                    .replacingOccurrences(of: "{Term}", with: "\(capitalized(term.term)) (\(acronym))")
            }
        }
        var sentence = fill(template, term: term)
        if random.chance(0.02) { sentence = misspell(sentence) }
        return sentence
    }

    private mutating func list() -> String {
        (0..<random.within(3...6)).map { _ in
            "- " + fill(random.pick(["{Adj} {noun} {time}", "Ask {person} about the {noun}", "{Term} ({plain})", "Bring your {noun} and your {noun2}"]), term: random.pick(terms))
        }.joined(separator: "\n")
    }

    private mutating func table() -> String {
        var rows = ["| Test | When | Why |", "| --- | --- | --- |"]
        for _ in 0..<random.within(2...4) {
            rows.append(fill("| {Noun} | {time} | to {verb} the {noun2} |", term: random.pick(terms)))
        }
        return rows.joined(separator: "\n")
    }

    /// Fills a template's slots; a capitalized slot name gives a capitalized value.
    private mutating func fill(_ template: String, term: WordBank.Term) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            var value: String
            switch name.lowercased() {
            case "term": value = term.term
            case "plain": value = term.plain
            case "person": value = random.pick(WordBank.people)
            case "reader": value = random.pick(WordBank.reader)
            case "verb": value = random.pick(WordBank.verbs)
            case "noun", "noun2": value = random.pick(WordBank.nouns)
            case "adj": value = random.pick(WordBank.adjectives)
            case "time": value = random.pick(WordBank.times)
            case "hedge": value = random.pick(WordBank.hedges)
            case "n": value = String(random.within(2...120))
            default: value = name
            }
            if name.first?.isUppercase == true { value = capitalized(value) }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// Swaps two neighbouring letters of the sentence's longest word ("metastasis" → "metastsais").
    private mutating func misspell(_ sentence: String) -> String {
        var words = sentence.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let longest = words.indices.max(by: { words[$0].count < words[$1].count }), words[longest].count >= 7 else { return sentence }
        var letters = Array(words[longest])
        let at = random.within(2...(letters.count - 3))
        guard letters[at].isLetter, letters[at + 1].isLetter else { return sentence }
        letters.swapAt(at, at + 1)
        words[longest] = String(letters)
        return words.joined(separator: " ")
    }

    private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
    private func lowerFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase, !(text.dropFirst().first?.isUppercase ?? false) else { return text }
        return first.lowercased() + text.dropFirst()
    }
    private func count(_ text: String) -> Int { text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
}

/// The generated corpus: many drafts, one 1 MB file, one 10,000-word file and one 1,500-word page.
struct Corpus {
    /// The drafts of the throughput corpus.
    var files: [(name: String, bytes: [UInt8])] = []
    /// One file of at least 1 MB.
    var large: [UInt8] = []
    /// A 10,000-word document (the server's).
    var tenThousandWords: [UInt8] = []
    /// A 1,500-word page (the CLI's one-page timing).
    var onePage: [UInt8] = []
    /// Where the files were written.
    var directory: URL

    var totalBytes: Int { files.reduce(0) { $0 + $1.bytes.count } }

    /// Generates `count` drafts of 1,000–2,000 words and the single files, and writes them under `directory`.
    static func generate(count: Int, seed: UInt64, vocabulary: Vocabulary, in directory: URL) throws -> Corpus {
        var generator = CorpusGenerator(seed: seed, vocabulary: vocabulary)
        var sizes = SeededRandom(seed: seed ^ 0x5EED)
        var corpus = Corpus(directory: directory)
        let drafts = directory.appendingPathComponent("drafts")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)
        for index in 0..<count {
            let name = String(format: "draft-%04d.md", index)
            let bytes = Array(generator.document(words: sizes.within(1000...2000), title: index).utf8)
            corpus.files.append((name, bytes))
            try Data(bytes).write(to: drafts.appendingPathComponent(name))
        }
        var large = ""
        var part = 0
        while large.utf8.count < 1_000_000 {
            large += generator.document(words: 2000, title: 10_000 + part)
            part += 1
        }
        corpus.large = Array(large.utf8)
        corpus.tenThousandWords = Array(generator.document(words: 10_000, title: 20_000).utf8)
        corpus.onePage = Array(generator.document(words: 1_500, title: 30_000).utf8)
        let singles = directory.appendingPathComponent("single")
        try FileManager.default.createDirectory(at: singles, withIntermediateDirectories: true)
        try Data(corpus.large).write(to: singles.appendingPathComponent("large-1mb.md"))
        try Data(corpus.tenThousandWords).write(to: singles.appendingPathComponent("ten-thousand-words.md"))
        try Data(corpus.onePage).write(to: singles.appendingPathComponent("one-page.md"))
        return corpus
    }

    var draftsDirectory: URL { directory.appendingPathComponent("drafts") }
    func single(_ name: String) -> URL { directory.appendingPathComponent("single").appendingPathComponent(name) }
}
