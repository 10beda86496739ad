import CareLint
@testable import CareLintServer
import Foundation
import Testing

@Suite("Hand-written publishDiagnostics JSON")
struct DiagnosticJSONTests {
    @Test("decodes to exactly the diagnostics written, with quotes, backslashes, control characters and emoji escaped")
    func roundTrip() throws {
        let tricky = "Say \"liver\" \\ not\u{1}\u{1F}\t\r\n😀 é"
        let diagnostic = LSPDiagnostic(
            range: LSPRange(1, 2, 3, 4), severity: 2, code: "vocab/jargon", codeDescription: .init(href: "https://carelint.dev/rules/vocab/jargon"),
            source: "carelint", message: tricky,
            relatedInformation: [.init(location: Location(uri: "file:///a%20b.md", range: LSPRange(0, 0, 0, 3)), message: tricky)],
            data: .init(fixes: [.init(title: tricky, edits: [LSPTextEdit(range: LSPRange(1, 2, 3, 4), newText: tricky)], isSafe: false)])
        )
        let plain = LSPDiagnostic(range: LSPRange(0, 0, 0, 0), severity: 1, code: nil, codeDescription: nil, source: "carelint", message: "m", relatedInformation: nil, data: nil)
        let params = PublishDiagnosticsParams(uri: "file:///a%20b.md", version: 7, diagnostics: [diagnostic, plain])
        let bytes = JSONBytes.publishDiagnostics(params)
        struct Notification: Decodable { var jsonrpc: String; var method: String; var params: PublishDiagnosticsParams }
        let decoded = try JSONDecoder().decode(Notification.self, from: Data(bytes))
        #expect(decoded.jsonrpc == "2.0")
        #expect(decoded.method == "textDocument/publishDiagnostics")
        #expect(decoded.params.uri == params.uri)
        #expect(decoded.params.version == 7)
        #expect(decoded.params.diagnostics == params.diagnostics)
        #expect(String(decoding: bytes, as: UTF8.self).contains(#"\u0001\u001f\t\r\n😀 é"#))
    }

    @Test("diagnostics written from the last answer's bytes: the same notification, only the changed ones written again")
    func reusedBytes() {
        func diagnostic(_ line: Int, _ character: Int, _ message: String, fix: String? = nil) -> LSPDiagnostic {
            LSPDiagnostic(range: LSPRange(line, character, line, character + 4), severity: 2, code: "vocab/jargon", codeDescription: nil, source: "carelint", message: message,
                          relatedInformation: nil, data: fix.map { .init(fixes: [.init(title: $0, edits: [LSPTextEdit(range: LSPRange(line, character, line, character + 4), newText: $0)], isSafe: true)]) })
        }
        let before = [diagnostic(0, 1, "a"), diagnostic(2, 0, "b", fix: "x"), diagnostic(2, 0, "c"), diagnostic(5, 3, "d"), diagnostic(9, 0, "e")]
        let last = EncodedDiagnostics(before)
        #expect(last.reused == 0)
        // One removed (line 0), one moved (line 5 → 6), one changed message (at 2:0), one new (7:1); "b" and "e" stay.
        let after = [diagnostic(2, 0, "b", fix: "x"), diagnostic(2, 0, "c2"), diagnostic(6, 3, "d"), diagnostic(7, 1, "f"), diagnostic(9, 0, "e")]
        let next = EncodedDiagnostics(after, reusing: (before, last))
        #expect(next.reused == 2)
        #expect(next.bytes == EncodedDiagnostics(after).bytes)
        #expect(JSONBytes.publishDiagnostics(uri: "file:///a.md", version: 3, next) == JSONBytes.publishDiagnostics(PublishDiagnosticsParams(uri: "file:///a.md", version: 3, diagnostics: after)))
        // Out of order or empty, the bytes are still right.
        #expect(EncodedDiagnostics(after.reversed(), reusing: (before, last)).bytes == EncodedDiagnostics(after.reversed()).bytes)
        #expect(EncodedDiagnostics([], reusing: (before, last)).count == 0)
        let empty = JSONBytes.publishDiagnostics(uri: "u", version: nil, EncodedDiagnostics())
        #expect(String(decoding: empty, as: UTF8.self) == #"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"u","diagnostics":[]}}"#)
    }

    @Test("The wire and the CLI report escape a string to the same bytes: every control character, DEL, U+2028/2029, non-ASCII")
    func sameBytesAsTheReport() {
        var text = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        text += "\u{7F}\u{2028}\u{2029}\u{2027}\u{20AC} \"q\" \\ é 😀 ok"
        var wire = JSONBytes(capacity: 64)
        wire.string(text)
        var report = ""
        JSONWriter.escape(text, into: &report)
        #expect(wire.bytes == Array(report.utf8))
        #expect(report.hasSuffix(#"\u007f\u2028\u2029"# + "\u{2027}\u{20AC}" + #" \"q\" \\ é 😀 ok""#))
        #expect(report.hasPrefix(#""\u0000\u0001"#))
        #expect(report.contains(#"\u0008\t\n\u000b\u000c\r\u000e"#))
    }
}
