import CareLint
import Foundation

/// `carelint report PATH... --html FILE`: a self-contained HTML page about a content repository.
enum ReportCommand: Subcommand {
    static let name = "report"
    static let summary = "Write an HTML report: reading grades, findings per rule, the hardest sentences."
    static let specs: [OptionSpec] = [
        OptionSpec(name: "--html", valueName: "FILE", help: "Write the report to this file (required)."),
        OptionSpec(name: "--top", valueName: "N", help: "How many of the hardest sentences to list (default 10)."),
    ] + CheckCommand.specs.filter { ["--config", "--rule", "--locale", "--grade", "--jobs", "--max-file-size"].contains($0.name) }

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let (parsedOrNil, code) = CommandLineTool.parse(arguments, specs: specs, command: name, synopsis: "[PATH...] --html FILE [options]", summary: summary, console: console)
        guard let parsed = parsedOrNil else { return code }
        guard let output = parsed.value("--html") else {
            console.err("carelint report: name the page to write with --html FILE, such as --html carelint-report.html\n")
            return ExitCode.failure
        }
        let top: Int
        do {
            top = try parsed.wholeNumber("--top", in: 0...1000) ?? 10
        } catch {
            console.err("carelint report: \(error.message)\n")
            return ExitCode.failure
        }
        guard !parsed.positionals.contains("-") else {
            console.err("carelint report: the report covers files; give file or folder paths, not standard input\n")
            return ExitCode.failure
        }
        let lintRun: LintRun
        let run: PreparedRun
        switch LintRun.prepared(parsed, command: "report", console: console) {
        case .success(let prepared): (lintRun, run) = prepared
        case .failure(let status): return status.code
        }
        let gathered = ReportGatherer(keep: top)
        lintRun.lint(run, withEntries: false, keepHardest: top) { linted in
            gathered.add(linted)
        }
        for problem in run.problems {
            gathered.documents.append(DocumentFigures(path: problem.path, words: 0, sentences: 0, reading: ReadingGrade(ReadabilityCounts()), target: 8, findings: [:], error: problem.message))
        }
        let target = lintRun.options.overrides.readingGrade ?? (run.selected.first.flatMap { try? run.settings($0) })?.configuration.readingGrade ?? 8
        let workingDirectory = FileManager.default.currentDirectoryPath
        let directory = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: workingDirectory + "/")).deletingLastPathComponent().path
        let page = HTMLReport(documents: gathered.documents, hardest: gathered.hardest, target: target, outputDirectory: directory, workingDirectory: workingDirectory).render()
        do {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try AtomicWriter.write(Array(page.utf8), to: output)
        } catch {
            console.err("carelint report: \(output): error: \(error.message)\n")
            return ExitCode.failure
        }
        let above = gathered.documents.filter { $0.error == nil && $0.words > 0 && $0.grade > $0.target }.count
        console.out("Wrote \(output): \(plural(gathered.documents.count, "document")), \(above) above the target grade.\n")
        return gathered.documents.contains { $0.error != nil } ? ExitCode.failure : ExitCode.success
    }
}

/// Figures gathered one delivery at a time; keeps only the `keep` hardest sentences of the whole run.
final class ReportGatherer: @unchecked Sendable {
    var documents: [DocumentFigures] = []
    private(set) var hardest: [HardSentence] = []
    private let keep: Int

    init(keep: Int) { self.keep = keep }

    func add(_ linted: LintedFile) {
        let target = linted.readability?.target ?? 8
        var findings: [String: Int] = [:]
        for diagnostic in linted.report.diagnostics { findings[diagnostic.rule, default: 0] += 1 }
        let counts = linted.readability?.counts ?? ReadabilityCounts()
        let grade = ReadingGrade(counts)
        documents.append(DocumentFigures(
            path: linted.report.path, words: counts.words, sentences: counts.sentences,
            reading: grade, target: target, findings: findings, error: linted.report.error,
            complex: linted.readability?.complex
        ))
        for sentence in linted.readability?.hardest ?? [] {
            if let same = hardest.firstIndex(where: { $0.text == sentence.text }) {
                hardest[same].repeats += 1
                continue
            }
            hardest.append(sentence)
        }
        hardest.sort { ($0.grade, $1.path, $1.line) > ($1.grade, $0.path, $0.line) }
        if hardest.count > keep { hardest.removeLast(hardest.count - keep) }
    }
}
