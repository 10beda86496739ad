import CareLint
import Foundation

/// `carelint score PATH...`: the PEMAT-informed and CCI-informed scorecard of each page, from the lint's own parse.
enum ScoreCommand: Subcommand {
    static let name = "score"
    static let summary = "Score pages on the PEMAT-P and CDC Clear Communication Index items a program can rate."
    static let specs: [OptionSpec] = [
        OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["text", "json"], help: "Output format (default text)."),
        OptionSpec(name: "--html", valueName: "FILE", help: "Also write an HTML scorecard: each page's items and the pass rate per item."),
        OptionSpec(name: "--fail-on-score", valueName: "DOMAIN<N", repeatable: true, help: "Exit 1 when a page scores below N in DOMAIN (pemat-understandability, pemat-actionability, cci); repeatable."),
        OptionSpec(name: "--items", help: "List the items and how each is decided, then exit."),
    ] + CheckCommand.specs.filter { ["--config", "--rule", "--locale", "--grade", "--max-file-size", "--stdin-filename"].contains($0.name) }

    /// One scored page.
    struct Page {
        var path: String
        var source: SourceDocument?
        var scorecard: Scorecard?
        var error: String?
    }

    /// A `--fail-on-score` gate.
    struct Gate: Equatable {
        var domain: ScoreDomain
        var below: Double

        /// Reads "pemat-understandability<70".
        init(_ text: String) throws(UsageError) {
            let parts = text.split(separator: "<", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let domain = ScoreDomain(rawValue: parts[0]), let below = Double(parts[1]), below >= 0, below <= 100 else {
                throw UsageError(message: "--fail-on-score takes DOMAIN<N with DOMAIN one of \(ScoreDomain.allCases.map(\.rawValue).joined(separator: ", ")) and N from 0 to 100, such as pemat-understandability<70; got \(text.quotedForMessage)")
            }
            self.domain = domain
            self.below = below
        }

        /// True when the page's score in the domain is below the gate (a page with nothing rated passes).
        func fails(_ scorecard: Scorecard) -> Bool {
            guard let score = scorecard.score(domain)?.score else { return false }
            return score < below
        }
    }

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let (parsedOrNil, code) = CommandLineTool.parse(arguments, specs: specs, command: name, synopsis: "PATH... [options]", summary: summary, console: console)
        guard let parsed = parsedOrNil else { return code }
        if parsed.has("--items") {
            console.out(ScorecardDocumentation.list())
            return ExitCode.success
        }
        let gates: [Gate]
        do {
            gates = try (parsed.values["--fail-on-score"] ?? []).map { (text: String) throws(UsageError) -> Gate in try Gate(text) }
        } catch {
            console.err("carelint score: \(error.message)\n")
            return ExitCode.failure
        }
        guard !parsed.positionals.isEmpty else {
            console.err("carelint score: name the files or folders to score, or - for standard input\n")
            return ExitCode.failure
        }
        let lintRun: LintRun
        let run: PreparedRun
        switch LintRun.prepared(parsed, command: name, console: console) {
        case .success(let prepared): (lintRun, run) = prepared
        case .failure(let status): return status.code
        }
        var pages: [Page] = []
        for index in run.selected {
            let input = run.inputs[index]
            do {
                let settings = try run.settings(index)
                switch InputReader.read(input, console: console, maximumSize: lintRun.options.maximumFileSize) {
                case .failure(let problem):
                    pages.append(Page(path: input.displayPath, error: problem.message))
                case .success(let source):
                    let scored = settings.linter.lintAndScore(ParsedDocument(source), configuration: settings.configuration, localeOverride: settings.localeOverride)
                    pages.append(Page(path: input.displayPath, source: source, scorecard: scored.scorecard))
                }
            } catch {
                pages.append(Page(path: input.displayPath, error: "\(error)"))
            }
        }
        pages += run.problems.map { Page(path: $0.path, error: $0.message) }
        if parsed.value("--format") == "json" {
            console.out(JSONWriter.write(json(pages), indent: 2) + "\n")
        } else {
            console.out(pages.map(text).joined(separator: "\n") + summaryText(pages))
        }
        if let output = parsed.value("--html") {
            let workingDirectory = FileManager.default.currentDirectoryPath
            let directory = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: workingDirectory + "/")).deletingLastPathComponent().path
            let page = ScorecardHTML(pages: pages, outputDirectory: directory, workingDirectory: workingDirectory).render()
            do {
                try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try AtomicWriter.write(Array(page.utf8), to: output)
            } catch {
                console.err("carelint score: \(output): error: \(error.message)\n")
                return ExitCode.failure
            }
        }
        if pages.contains(where: { $0.error != nil }) { return ExitCode.failure }
        let failing = pages.compactMap(\.scorecard).contains { card in gates.contains { $0.fails(card) } }
        return failing ? ExitCode.findings : ExitCode.success
    }

    static func format(_ value: Double?) -> String { value.map { String(format: "%.0f", $0) } ?? "-" }

    /// One page as text: the three scores, then each item's verdict and reason.
    static func text(_ page: Page) -> String {
        guard let card = page.scorecard, let source = page.source else { return "\(page.path): error: \(page.error ?? "unreadable")\n" }
        let figures = ScorecardFigures(card)
        var out = "\(page.path)\n"
        for score in figures.scores {
            let range = score.needsPerson > 0 ? " (range \(format(score.lowest))–\(format(score.highest)) with \(score.needsPerson) item(s) for a person)" : ""
            let verdict = score.passes.map { $0 ? "passes \(format(score.passMark))" : "below \(format(score.passMark))" } ?? "nothing rated"
            out += "  \(score.label): \(format(score.score)) (\(score.points)/\(score.rated), \(verdict))\(range)\n"
        }
        let person = Verdict.needsPerson.rawValue
        for item in figures.items where item.verdict != person {
            let mark = switch item.verdict {
            case Verdict.pass.rawValue: "pass"
            case Verdict.fail.rawValue: "FAIL"
            default: "n/a "
            }
            out += "  \(mark) \(item.id.padding(toLength: 9, withPad: " ", startingAt: 0)) \(item.title)\(item.estimated ? " (estimated)" : ""): \(item.reason)\n"
            if item.verdict == Verdict.fail.rawValue {
                for evidence in item.evidence.prefix(3) {
                    let position = source.position(at: evidence.range.lowerBound)
                    out += "       \(page.path):\(position.line):\(position.column): \(evidence.note)\n"
                }
            }
        }
        let personItems = figures.items.filter { $0.verdict == person }.map(\.id)
        if !personItems.isEmpty { out += "  needs a person: \(personItems.joined(separator: ", "))\n" }
        return out
    }

    /// The share of pages that pass each item, over the pages where it was rated.
    static func passRates(_ pages: [Page]) -> [(id: String, passed: Int, rated: Int)] {
        ScorecardCatalog.ids.compactMap { id in
            var passed = 0
            var rated = 0
            for card in pages.compactMap(\.scorecard) {
                guard let result = card.result(id), result.verdict == .pass || result.verdict == .fail else { continue }
                rated += 1
                if result.verdict == .pass { passed += 1 }
            }
            return rated == 0 ? nil : (id, passed, rated)
        }
    }

    static func summaryText(_ pages: [Page]) -> String {
        let scored = pages.compactMap(\.scorecard)
        guard scored.count > 1 else { return "" }
        var out = "\nPass rate per item over \(scored.count) pages:\n"
        for rate in passRates(pages) {
            out += "  \(rate.id.padding(toLength: 9, withPad: " ", startingAt: 0)) \(format(Double(rate.passed) * 100 / Double(rate.rated)))% (\(rate.passed)/\(rate.rated))\n"
        }
        return out
    }

    /// The whole run as JSON (Schemas/scorecard.schema.json).
    static func json(_ pages: [Page]) -> JSONWriter.Value {
        let files: [JSONWriter.Value] = pages.map { page in
            guard let card = page.scorecard, let source = page.source else {
                return .object([("path", .string(page.path)), ("error", .string(page.error ?? "unreadable"))])
            }
            guard case .object(let members) = card.json(source: source) else { return .null }
            return .object([("path", .string(page.path))] + members)
        }
        let rates: [JSONWriter.Value] = passRates(pages).map { rate in
            .object([("id", .string(rate.id)), ("passed", .int(rate.passed)), ("rated", .int(rate.rated))])
        }
        return .object([
            ("version", .int(1)),
            ("tool", .object([("name", .string("carelint")), ("version", .string(CareLintVersion.string))])),
            ("pages", .array(files)),
            ("passRates", .array(rates)),
        ])
    }
}

/// The items' documentation: `carelint explain pemat/4` and `carelint score --items`.
enum ScorecardDocumentation {
    static func render(_ item: ScorecardItemDescription) -> String {
        var text = "# \(item.id): \(item.title)\n\n\(item.instrument.name) item \(item.number), counts towards the \(item.domain.label).\n\n"
        text += "## What it asks\n\n\(item.asks)\n"
        switch item.decision {
        case .person:
            text += "\n## How CareLint decides\n\nIt does not: only a person can rate this item. The scorecard lists it as \"needs a person\" and shows the score range it leaves open.\n"
        case .automatic, .estimated:
            text += "\n## How CareLint decides\n\n\(item.decides)\n"
            if item.decision == .estimated { text += "\nThe verdict estimates a person's judgement and is marked \"estimated\".\n" }
        }
        if let notApplicable = item.notApplicable { text += "\n## Not applicable\n\n\(notApplicable)\n" }
        if !item.examples.isEmpty {
            text += "\n## Examples\n\n"
            for example in item.examples { text += "- \(example.verdict.rawValue): " + example.text.replacingNewlines + "\n" }
        }
        return text
    }

    static func list() -> String {
        var text = ""
        for item in ScorecardCatalog.items.map(\.description) {
            text += "\(item.id.padding(toLength: 9, withPad: " ", startingAt: 0)) \(item.decision.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(item.title)\n"
        }
        return text
    }
}
