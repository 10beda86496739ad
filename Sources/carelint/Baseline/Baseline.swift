import CareLint
import Foundation

/// One known finding in a baseline: matched on the rule, the file, the flagged text and the sentence around it —
/// never on line numbers, so the match survives edits elsewhere in the file.
struct BaselineEntry: Hashable, Sendable, Comparable {
    /// The file, relative to the folder `carelint` ran in.
    var file: String
    var rule: String
    /// The flagged text, whitespace runs collapsed.
    var text: String
    /// The sentence that holds the finding, whitespace runs collapsed ("" for findings on the whole document).
    var sentence: String

    static func < (lhs: BaselineEntry, rhs: BaselineEntry) -> Bool {
        (lhs.file, lhs.rule, lhs.sentence, lhs.text) < (rhs.file, rhs.rule, rhs.sentence, rhs.text)
    }

    /// The entry of a diagnostic in a parsed document.
    init(file: String, diagnostic: Diagnostic, document: ParsedDocument) {
        self.file = file
        self.rule = diagnostic.rule
        self.text = BaselineEntry.normalized(document.source.bytes, diagnostic.range)
        let sentences = document.sentences
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].range.upperBound <= diagnostic.range.lowerBound { low = mid + 1 } else { high = mid }
        }
        if low < sentences.count, sentences[low].range.lowerBound <= diagnostic.range.lowerBound {
            self.sentence = BaselineEntry.normalized(document.source.bytes, sentences[low].range)
        } else {
            self.sentence = ""
        }
    }

    init(file: String, rule: String, text: String, sentence: String) {
        self.file = file
        self.rule = rule
        self.text = text
        self.sentence = sentence
    }

    /// The text of a range with each run of whitespace (line ends included) made one space, trimmed.
    static func normalized(_ bytes: [UInt8], _ range: ByteRange) -> String {
        let clamped = range.clamped(to: 0..<bytes.count)
        var output: [UInt8] = []
        output.reserveCapacity(clamped.count)
        var pendingSpace = false
        for byte in bytes[clamped] {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20); pendingSpace = false }
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// A baseline file (schema Schemas/baseline.schema.json): findings a team has accepted for now, so a CI gate can
/// be adopted on a repository with old findings and fail only on new ones.
struct Baseline: Sendable {
    static let schemaURI = "https://carelint.dev/schemas/baseline.schema.json"

    /// How many times each finding is known.
    var counts: [BaselineEntry: Int]

    /// The baseline's JSON text, sorted so it diffs well.
    static func render(_ entries: [BaselineEntry]) -> String {
        var counts: [BaselineEntry: Int] = [:]
        for entry in entries { counts[entry, default: 0] += 1 }
        let findings: [JSONWriter.Value] = counts.keys.sorted().map { entry in
            .object([
                ("file", .string(entry.file)), ("rule", .string(entry.rule)), ("text", .string(entry.text)),
                ("sentence", .string(entry.sentence)), ("count", .int(counts[entry] ?? 1)),
            ])
        }
        return JSONWriter.write(.object([
            ("$schema", .string(schemaURI)), ("version", .int(1)), ("tool", .string("carelint \(CareLintVersion.string)")),
            ("findings", .array(findings)),
        ]), indent: 2) + "\n"
    }

    /// Reads a baseline file; the error says what is wrong and how to make a new one.
    static func load(_ path: String) throws(UsageError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError(message: "\(path): error: cannot read the baseline file; make one with `carelint baseline PATH... > \(path)`")
        }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw UsageError(message: "\(path): error: the baseline is not valid JSON; make a new one with `carelint baseline PATH... > \(path)`")
        }
        guard let object = root as? [String: Any], object["version"] as? Int == 1, let findings = object["findings"] as? [Any] else {
            throw UsageError(message: "\(path): error: not a CareLint baseline (expected {\"version\": 1, \"findings\": [...]}); make one with `carelint baseline PATH... > \(path)`")
        }
        var counts: [BaselineEntry: Int] = [:]
        for (index, item) in findings.enumerated() {
            guard let finding = item as? [String: Any],
                  let file = finding["file"] as? String, let rule = finding["rule"] as? String,
                  let text = finding["text"] as? String, let sentence = finding["sentence"] as? String
            else {
                throw UsageError(message: "\(path): error: finding \(index + 1) needs the strings file, rule, text and sentence")
            }
            let count = finding["count"] as? Int ?? 1
            guard count >= 1 else { throw UsageError(message: "\(path): error: finding \(index + 1) has a count below 1") }
            counts[BaselineEntry(file: file, rule: rule, text: text, sentence: sentence), default: 0] += count
        }
        return Baseline(counts: counts)
    }
}

/// Splits each file's findings into new ones and those in the baseline, and remembers which baseline entries were
/// not seen again. Safe to use from several threads.
final class BaselineMatcher: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining: [BaselineEntry: Int]
    private var filesSeen: Set<String> = []

    init(_ baseline: Baseline) { remaining = baseline.counts }

    /// `(new, baselined)` for one file's diagnostics and their entries (same order).
    func split(file: String, diagnostics: [Diagnostic], entries: [BaselineEntry]) -> (new: [Diagnostic], baselined: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        filesSeen.insert(file)
        var new: [Diagnostic] = []
        var baselined: [Diagnostic] = []
        for (diagnostic, entry) in zip(diagnostics, entries) {
            if let count = remaining[entry], count > 0 {
                remaining[entry] = count - 1
                baselined.append(diagnostic)
            } else {
                new.append(diagnostic)
            }
        }
        return (new, baselined)
    }

    /// Baseline entries of the files linted in this run that no longer occur, sorted.
    func disappeared() -> [(entry: BaselineEntry, count: Int)] {
        lock.lock()
        defer { lock.unlock() }
        return remaining.filter { $0.value > 0 && filesSeen.contains($0.key.file) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
