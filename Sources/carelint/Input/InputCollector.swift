import CareLint
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
                var info = stat()
                let loops = stat(path, &info) != 0 && errno == ELOOP
                let dangling = (try? fileManager.destinationOfSymbolicLink(atPath: path)) != nil
                let message = loops ? "a symbolic-link loop; the link never reaches a file or folder"
                    : dangling ? "a symbolic link to a path that does not exist" : "no such file or folder"
                problems.append(InputProblem(path: path, message: message))
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
            guard fileManager.fileExists(atPath: child, isDirectory: &isDirectory) else {
                // A symbolic link that leads nowhere: say so when it loops, or when it looks like a draft.
                var info = stat()
                let loops = stat(child, &info) != 0 && errno == ELOOP
                if loops {
                    problems.append(InputProblem(path: child, message: "a symbolic-link loop; the link never reaches a file or folder"))
                } else if DocumentFormat.isProse(path: name), (try? fileManager.destinationOfSymbolicLink(atPath: child)) != nil {
                    problems.append(InputProblem(path: child, message: "a symbolic link to a path that does not exist"))
                }
                continue
            }
            if isDirectory.boolValue {
                if name.hasPrefix(".") || skippedFolders.contains(name) { continue }
                walk(child, into: &inputs, problems: &problems, visited: &visited)
            } else if DocumentFormat.isProse(path: name) {
                inputs.append(LintInput(displayPath: child, path: child, isStandardInput: false, isExplicit: false))
            }
        }
    }
}
