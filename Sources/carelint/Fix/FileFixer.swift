import CareLint
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Applies every safe fix to one file: lint, apply the first safe fix of each finding (non-overlapping), re-lint,
/// and repeat until nothing changes or `maximumRounds` is reached; then write atomically. Only the bytes inside
/// fixed ranges change. A read-only file, a file that changed on disk since it was read, or a failed write
/// leaves the file exactly as it was.
struct FileFixer: Sendable {
    /// What happened to a file.
    enum Outcome: Equatable, Sendable {
        /// No safe fix applied; `remaining` findings are left.
        case unchanged(remaining: Int)
        /// `fixed` findings fixed (or, with a dry run, fixable); `diff` is the unified diff.
        case fixed(fixed: Int, remaining: Int, diff: String)
        /// Refused or failed; the file is untouched.
        case failed(String)
    }

    var steps: WriteSteps = .posix
    var maximumRounds = 100
    /// Runs after the file was read and before it is written (tests change the file here).
    var beforeWrite: (@Sendable (String) -> Void)?

    /// The fixed bytes, how many findings were fixed and how many are left.
    static func applySafeFixes(_ original: [UInt8], maximumRounds: Int, lint: ([UInt8]) -> [Diagnostic]) -> (bytes: [UInt8], fixed: Int, remaining: Int) {
        var bytes = original
        var fixed = 0
        var seen: Set<[UInt8]> = [original]
        var diagnostics = lint(bytes)
        for _ in 0..<maximumRounds {
            let result = FixApplier.applyFirstFixes(of: diagnostics, to: bytes, safeOnly: true)
            // Stop when nothing applies, or when fixes would bring back an earlier text (two fixes undoing each other).
            guard !result.applied.isEmpty, result.bytes != bytes, seen.insert(result.bytes).inserted,
                  SourceDocument.isValidUTF8(result.bytes)
            else { break }
            let applied = Set(result.applied)
            fixed += diagnostics.filter { diagnostic in
                guard let fix = diagnostic.fixes.first, fix.isSafe, !fix.edits.isEmpty else { return false }
                return fix.edits.allSatisfy { applied.contains($0) }
            }.count
            bytes = result.bytes
            diagnostics = lint(bytes)
        }
        return (bytes, fixed, diagnostics.count)
    }

    func fix(_ input: LintInput, settings: FileSettings, maximumSize: Int, dryRun: Bool) -> Outcome {
        // The same checks and messages as `check`: size, FIFO, binary, UTF-16, invalid UTF-8.
        let original: [UInt8]
        switch InputReader.read(input, console: Console.silent, maximumSize: maximumSize) {
        case .success(let source): original = source.bytes
        case .failure(let problem): return .failed(problem.message)
        }
        let (fixedBytes, fixed, remaining) = FileFixer.applySafeFixes(original, maximumRounds: maximumRounds) { bytes in
            guard let source = SourceDocument(path: input.path, bytes: bytes) else { return [] }
            return settings.linter.lint(source, configuration: settings.configuration, localeOverride: settings.localeOverride)
        }
        guard fixedBytes != original else { return .unchanged(remaining: remaining) }
        let diff = UnifiedDiff.render(old: original, new: fixedBytes, oldName: input.displayPath, newName: input.displayPath + " (fixed)")
        if dryRun { return .fixed(fixed: fixed, remaining: remaining, diff: diff) }

        var info = stat()
        guard stat(input.path, &info) == 0 else { return .failed("the file disappeared while it was being fixed") }
        if info.st_mode & 0o222 == 0 {
            return .failed("the file is read-only, so it was left as it was; make it writable (chmod u+w) to fix it")
        }
        if getuid() != 0, access(input.path, W_OK) != 0 {
            return .failed("you may not write to the file, so it was left as it was; check its permissions")
        }
        beforeWrite?(input.path)
        guard case .success(let current) = InputReader.readFile(input, maximumSize: max(maximumSize, original.count + 1)), current == original else {
            return .failed("the file changed on disk while it was being fixed, so it was left as it was; run `carelint fix` again")
        }
        do {
            try AtomicWriter.write(fixedBytes, to: input.path, steps: steps)
        } catch {
            return .failed(error.message + "; the file was left as it was")
        }
        return .fixed(fixed: fixed, remaining: remaining, diff: diff)
    }
}
