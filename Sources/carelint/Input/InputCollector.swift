import CareLint
import Foundation

/// One thing to lint: a file on disk or standard input.
struct LintInput: Sendable {
    /// The path as shown in output.
    var displayPath: String
    /// The path used for configuration discovery and format detection.
    var path: String
    /// True for standard input.
    var isStandardInput: Bool
    /// The file was named on the command line (not found by walking a folder).
    var isExplicit: Bool
}

/// Problems with the paths given, reported without stopping the run.
struct InputProblem: Error, Sendable {
    var path: String
    var message: String
}

/// Turns the command line's paths into inputs: files as given, folders walked (sorted, stable), `-` for standard
/// input. Hidden folders and build folders are skipped; symbolic-link loops are detected.
enum InputCollector {
    static let extensions: Set<String> = ["md", "markdown", "txt", "html", "htm"]
    static let skippedFolders: Set<String> = ["node_modules", ".git", ".build", "_site", ".venv"]

    static func collect(_ paths: [String], stdinName: String?) -> (inputs: [LintInput], problems: [InputProblem]) {
        var inputs: [LintInput] = []
        var problems: [InputProblem] = []
        let fileManager = FileManager.default
        for path in paths {
            if path == "-" {
                let name = stdinName ?? "<stdin>"
                let resolved = stdinName.map { URL(fileURLWithPath: $0).path } ?? (fileManager.currentDirectoryPath as NSString).appendingPathComponent("stdin.md")
                inputs.append(LintInput(displayPath: name, path: resolved, isStandardInput: true, isExplicit: true))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let dangling = (try? fileManager.destinationOfSymbolicLink(atPath: path)) != nil
                problems.append(InputProblem(path: path, message: dangling ? "a symbolic link to a path that does not exist" : "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                var visited: Set<String> = []
                walk(path, into: &inputs, problems: &problems, visited: &visited)
            } else {
                inputs.append(LintInput(displayPath: path, path: path, isStandardInput: false, isExplicit: true))
            }
        }
        return (inputs, problems)
    }

    private static func walk(_ directory: String, into inputs: inout [LintInput], problems: inout [InputProblem], visited: inout Set<String>) {
        let fileManager = FileManager.default
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            problems.append(InputProblem(path: directory, message: "a symbolic-link loop; this folder was already walked as \(real)"))
            return
        }
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: directory)
        } catch {
            problems.append(InputProblem(path: directory, message: "cannot read this folder; check its permissions"))
            return
        }
        for name in names.sorted() {
            let child = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: child, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if name.hasPrefix(".") || skippedFolders.contains(name) { continue }
                walk(child, into: &inputs, problems: &problems, visited: &visited)
            } else if extensions.contains((name as NSString).pathExtension.lowercased()) {
                inputs.append(LintInput(displayPath: child, path: child, isStandardInput: false, isExplicit: false))
            }
        }
    }
}

/// Reads a file's bytes, saying clearly why when it cannot.
enum InputReader {
    /// The largest file linted, in bytes.
    static let defaultMaximumSize = 16 * 1024 * 1024

    static func read(_ input: LintInput, console: Console, maximumSize: Int = defaultMaximumSize) -> Result<SourceDocument, InputProblem> {
        let bytes: [UInt8]
        if input.isStandardInput {
            bytes = console.readInput()
        } else {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: input.path, isDirectory: &isDirectory)
            if let attributes = try? FileManager.default.attributesOfItem(atPath: input.path) {
                let type = attributes[.type] as? FileAttributeType
                if type != .typeRegular, type != .typeSymbolicLink {
                    return .failure(InputProblem(path: input.displayPath, message: "not a regular file (a device, FIFO or socket); only text files are linted"))
                }
                if let size = attributes[.size] as? Int, size > maximumSize {
                    return .failure(InputProblem(path: input.displayPath, message: "the file is \(size / 1_048_576) MB, over the \(maximumSize / 1_048_576) MB limit; split it or lint it with --max-file-size"))
                }
            }
            guard FileManager.default.isReadableFile(atPath: input.path), let data = FileManager.default.contents(atPath: input.path) else {
                return .failure(InputProblem(path: input.displayPath, message: "cannot read the file; check that it exists and that you may read it"))
            }
            bytes = Array(data)
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .failure(InputProblem(path: input.displayPath, message: "the file is UTF-16 encoded; save it as UTF-8"))
        }
        if bytes.prefix(8192).contains(0) {
            return .failure(InputProblem(path: input.displayPath, message: "the file looks binary (it holds NUL bytes); only UTF-8 text is linted"))
        }
        guard let document = SourceDocument(path: input.path, bytes: bytes) else {
            let offset = firstInvalidUTF8(bytes)
            let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
            return .failure(InputProblem(path: input.displayPath, message: "the file is not valid UTF-8 (byte 0x\(String(bytes[min(offset, bytes.count - 1)], radix: 16, uppercase: true)) on line \(line)); save it as UTF-8"))
        }
        return .success(document)
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var low = 0
        var high = bytes.count
        // The longest valid prefix, found by binary search on whole-prefix validity (prefixes of valid text that
        // end inside a scalar are invalid too, so step back to a scalar start).
        while low < high {
            let mid = (low + high + 1) / 2
            var end = mid
            while end > 0, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if SourceDocument.isValidUTF8(Array(bytes[..<end])) { low = mid } else { high = mid - 1 }
        }
        var offset = low
        while offset > 0, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
        return min(offset, max(0, bytes.count - 1))
    }
}
