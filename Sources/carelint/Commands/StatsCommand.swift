import CareLint
import Foundation

/// `carelint stats PATH...`: readability figures per document.
enum StatsCommand: Subcommand {
    static let name = "stats"
    static let summary = "Print readability figures per document: words, sentences, grades, longest sentences."
    static let specs: [OptionSpec] = [
        OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["text", "json"], help: "Output format."),
        OptionSpec(name: "--longest", valueName: "N", help: "How many of the longest sentences to show (default 3)."),
        OptionSpec(name: "--stdin-filename", valueName: "NAME", help: "The name of standard input's text, for its format."),
    ]

    /// Sentence-length buckets of the bar chart, in words: 1–5, 6–10 … 26–30, then 31 and more.
    static let bucketWidth = 5
    static let bucketCount = 7

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let (parsedOrNil, code) = CommandLineTool.parse(arguments, specs: specs, command: name, synopsis: "PATH... [options]", summary: summary, console: console)
        guard let parsed = parsedOrNil else { return code }
        let longest: Int
        do {
            longest = try parsed.wholeNumber("--longest", in: 0...100) ?? 3
        } catch {
            console.err("carelint stats: \(error.message)\n")
            return ExitCode.failure
        }
        guard !parsed.positionals.isEmpty else {
            console.err("carelint stats: name the files or folders to measure, or - for standard input\n")
            return ExitCode.failure
        }
        let (inputs, problems) = InputCollector.collect(parsed.positionals, stdinName: parsed.value("--stdin-filename"))
        var documents: [DocumentStats] = []
        var failures = problems
        for input in inputs {
            switch InputReader.read(input, console: console) {
            case .failure(let problem): failures.append(problem)
            case .success(let source): documents.append(DocumentStats(path: input.displayPath, source: source, longest: longest))
            }
        }
        if parsed.value("--format") == "json" {
            console.out(JSONWriter.write(json(documents, failures), indent: 2) + "\n")
        } else {
            console.out(documents.map(\.text).joined(separator: "\n"))
            for failure in failures { console.out("\(failure.path): error: \(failure.message)\n") }
        }
        return failures.isEmpty ? ExitCode.success : ExitCode.failure
    }

    static func json(_ documents: [DocumentStats], _ failures: [InputProblem]) -> JSONWriter.Value {
        var files = documents.map(\.json)
        files += failures.map { .object([("path", .string($0.path)), ("error", .string($0.message))]) }
        return .object([
            ("version", .int(1)),
            ("tool", .object([("name", .string("carelint")), ("version", .string(CareLintVersion.string))])),
            ("files", .array(files)),
        ])
    }
}

/// The figures of one document, ready to print.
struct DocumentStats {
    struct Line {
        var words: Int
        var line: Int
        var column: Int
        var text: String
    }

    var path: String
    var readability: DocumentReadability
    /// The share of complex words (jargon, uncommon words, unexpanded acronyms) with the built-in vocabulary.
    var complex: ComplexLanguage
    var longest: [Line]
    var buckets: [Int]

    init(path: String, source: SourceDocument, longest count: Int) {
        self.path = path
        let document = ParsedDocument(source)
        readability = DocumentReadability(document)
        complex = ComplexLanguage(DocumentAnalysis(document: document, vocabulary: VocabularyLoader.builtIn, configuration: ResolvedConfiguration(), knownRules: []))
        longest = readability.longestSentences(count).map { figures in
            let position = source.position(at: figures.range.lowerBound)
            let text = source.text(in: figures.range).split(whereSeparator: \.isNewline).joined(separator: " ")
            return Line(words: figures.counts.words, line: position.line, column: position.column, text: text)
        }
        var buckets = [Int](repeating: 0, count: StatsCommand.bucketCount)
        for sentence in readability.sentences {
            buckets[min(StatsCommand.bucketCount - 1, (sentence.counts.words - 1) / StatsCommand.bucketWidth)] += 1
        }
        self.buckets = buckets
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// How Flesch's own table names a reading-ease score.
    static func easeLabel(_ ease: Double) -> String {
        switch ease {
        case 90...: "very easy"
        case 80..<90: "easy"
        case 70..<80: "fairly easy"
        case 60..<70: "plain English"
        case 50..<60: "fairly difficult"
        case 30..<50: "difficult"
        default: "very difficult"
        }
    }

    static func bucketLabel(_ index: Int) -> String {
        let low = index * StatsCommand.bucketWidth + 1
        if index == StatsCommand.bucketCount - 1 { return "\(low)+" }
        return "\(low)-\(low + StatsCommand.bucketWidth - 1)"
    }

    /// The shared figures (the language server's `carelint/readability` reads the same shape).
    var figures: ReadabilityFigures { ReadabilityFigures(readability) }

    var text: String {
        let figures = figures
        // Stats shows the formulas' values even without prose (0 words): the grade's own figures.
        let grade = readability.grade
        var out = "\(path)\n"
        out += "  words              \(figures.words)\n"
        out += "  sentences          \(figures.sentences)\n"
        out += "  words per sentence \(Self.format(figures.wordsPerSentence))\n"
        out += "  reading grade      \(Self.format(figures.grade ?? grade.grade)) (mean of SMOG and Flesch-Kincaid)\n"
        out += "  SMOG grade         \(Self.format(figures.smogGrade ?? grade.smogGrade))\n"
        out += "  Flesch-Kincaid     \(Self.format(figures.fleschKincaidGrade ?? grade.fleschKincaidGrade))\n"
        let ease = figures.fleschReadingEase ?? grade.fleschReadingEase
        out += "  reading ease       \(Self.format(ease)) (\(Self.easeLabel(ease)))\n"
        out += "  complex words      \(complex.figureText)\n"
        if !complex.mostFrequent.isEmpty { out += "    most frequent    \(complex.mostFrequentText)\n" }
        if !longest.isEmpty {
            out += "  longest sentences\n"
            for line in longest {
                let excerpt = line.text.count > 60 ? String(line.text.prefix(59)) + "…" : line.text
                out += "    \(String(line.words).leftPadded(3)) words  line \(line.line): \(excerpt)\n"
            }
        }
        out += "  sentence lengths (words)\n"
        let largest = max(1, buckets.max() ?? 1)
        for (index, count) in buckets.enumerated() {
            let width = count == 0 ? 0 : max(1, Int((Double(count) / Double(largest) * 30).rounded()))
            out += "    \(Self.bucketLabel(index).leftPadded(5))  \(String(repeating: "█", count: width))\(width > 0 ? " " : "")\(count)\n"
        }
        return out
    }

    var json: JSONWriter.Value {
        let figures = figures
        let grade = readability.grade
        return .object([
            ("path", .string(path)),
            ("words", .int(figures.words)),
            ("sentences", .int(figures.sentences)),
            ("syllables", .int(figures.syllables)),
            ("polysyllables", .int(figures.polysyllables)),
            ("grade", .double(Self.rounded(figures.grade ?? grade.grade))),
            ("smogGrade", .double(Self.rounded(figures.smogGrade ?? grade.smogGrade))),
            ("fleschKincaidGrade", .double(Self.rounded(figures.fleschKincaidGrade ?? grade.fleschKincaidGrade))),
            ("fleschReadingEase", .double(Self.rounded(figures.fleschReadingEase ?? grade.fleschReadingEase))),
            ("complexWords", .object([
                ("count", .int(complex.complexWords)),
                ("share", .double(Self.rounded(complex.share))),
                ("mostFrequent", .array(complex.mostFrequent.map { entry in
                    .object([("text", .string(entry.text)), ("kind", .string(entry.kind.rawValue)), ("count", .int(entry.count))])
                })),
            ])),
            ("longestSentences", .array(longest.map { line in
                .object([("line", .int(line.line)), ("column", .int(line.column)), ("words", .int(line.words)), ("text", .string(line.text))])
            })),
            ("sentenceLengths", .array(buckets.enumerated().map { index, count in
                let low = index * StatsCommand.bucketWidth + 1
                let high: JSONWriter.Value = index == StatsCommand.bucketCount - 1 ? .null : .int(low + StatsCommand.bucketWidth - 1)
                return .object([("minWords", .int(low)), ("maxWords", high), ("count", .int(count))])
            })),
        ])
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
