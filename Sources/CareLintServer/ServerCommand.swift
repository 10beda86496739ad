import CareLint
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The `carelint-lsp` command: reads its options, protects the protocol stream and serves on stdin/stdout.
public enum ServerCommand {
    static let usage = """
    usage: carelint-lsp [--stdio] [--log-level error|warning|info|debug] [--max-document-size MB] [--max-message-size MB]
                        [--settle-delay MS]

    The CareLint language server (LSP 3.17 over standard input and output). Editors start it; logs go to
    standard error. Settings come from .carelint.json and from the editor's "carelint" section.
    After a small edit the server pushes a provisional answer at once and the exact one when the writer has paused
    for --settle-delay milliseconds (default 150; 0 pushes only exact answers).

    """

    /// Runs the server on the process's standard input and output; returns the exit code.
    public static func main(arguments: [String]) -> Int32 {
        var options = LanguageServer.Options()
        options.settleDelay = 0.15
        var index = 0
        func value(_ name: String) -> String? {
            index += 1
            guard index < arguments.count else {
                FileHandle.standardError.write(Data("carelint-lsp: \(name) needs a value\n\(usage)".utf8))
                return nil
            }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            var (name, inline) = (argument, String?.none)
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            switch name {
            case "--stdio":
                break
            case "--version":
                print("carelint-lsp \(CareLintVersion.string)")
                return 0
            case "--help", "-h":
                print(usage, terminator: "")
                return 0
            case "--log-level":
                guard let text = inline ?? value(name) else { return 2 }
                guard let level = LogLevel(name: text) else {
                    FileHandle.standardError.write(Data("carelint-lsp: unknown log level \"\(text)\"; expected error, warning, info or debug\n".utf8))
                    return 2
                }
                options.logLevel = level
            case "--max-document-size", "--max-message-size":
                guard let text = inline ?? value(name) else { return 2 }
                guard let megabytes = Int(text), megabytes > 0, megabytes <= 4096 else {
                    FileHandle.standardError.write(Data("carelint-lsp: \(name) takes a whole number of megabytes from 1 to 4096, found \"\(text)\"\n".utf8))
                    return 2
                }
                if name == "--max-document-size" { options.maximumDocumentBytes = megabytes << 20 } else { options.limits.maximumContentLength = megabytes << 20 }
            case "--settle-delay":
                guard let text = inline ?? value(name) else { return 2 }
                guard let milliseconds = Int(text), milliseconds >= 0, milliseconds <= 60_000 else {
                    FileHandle.standardError.write(Data("carelint-lsp: --settle-delay takes a whole number of milliseconds from 0 to 60000, found \"\(text)\"\n".utf8))
                    return 2
                }
                options.settleDelay = Double(milliseconds) / 1000
            default:
                FileHandle.standardError.write(Data("carelint-lsp: unknown option \"\(argument)\"\n\(usage)".utf8))
                return 2
            }
            index += 1
        }
        // Keep a private handle on the real stdout for the protocol and point descriptor 1 at stderr, so that a
        // stray print anywhere can never corrupt the stream; a client that dies mid-write must not kill us.
        signal(SIGPIPE, SIG_IGN)
        let protocolOutput = dup(1)
        guard protocolOutput >= 0, dup2(2, 1) >= 0 else {
            FileHandle.standardError.write(Data("carelint-lsp: cannot set up standard output (\(String(cString: strerror(errno))))\n".utf8))
            return 2
        }
        let server = LanguageServer(input: 0, output: protocolOutput, logOutput: 2, options: options)
        return server.run()
    }
}
