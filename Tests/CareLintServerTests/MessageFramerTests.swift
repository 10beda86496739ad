@testable import CareLintServer
import Testing

@Suite("Content-Length framing")
struct MessageFramerTests {
    static func frame(_ body: String, headers: String? = nil) -> [UInt8] {
        Array((headers ?? "Content-Length: \(body.utf8.count)\r\n") .utf8) + Array("\r\n\(body)".utf8)
    }

    static func bodies(_ events: [MessageFramer.Event]) -> [String] {
        events.compactMap { if case .message(let body) = $0 { String(decoding: body, as: UTF8.self) } else { nil } }
    }

    @Test("one message in one read")
    func single() {
        var framer = MessageFramer()
        #expect(framer.append(Self.frame(#"{"a":1}"#)) == [.message(Array(#"{"a":1}"#.utf8))])
        #expect(framer.bufferedCount == 0)
    }

    @Test("a message split across reads, byte by byte, is delivered once, whole")
    func split() {
        var framer = MessageFramer()
        let bytes = Self.frame(#"{"jsonrpc":"2.0","method":"x","params":{"text":"h€llo 😀"}}"#)
        var events: [MessageFramer.Event] = []
        for byte in bytes { events += framer.append([byte]) }
        #expect(Self.bodies(events) == [#"{"jsonrpc":"2.0","method":"x","params":{"text":"h€llo 😀"}}"#])
        #expect(events.count == 1)
    }

    @Test("several messages in one read come out in order")
    func several() {
        var framer = MessageFramer()
        let events = framer.append(Self.frame("[1]") + Self.frame(#"{"b":2}"#) + Self.frame(#""c""#))
        #expect(Self.bodies(events) == ["[1]", #"{"b":2}"#, #""c""#])
    }

    @Test("a Content-Type header (before or after the length, any case) is accepted")
    func contentType() {
        var framer = MessageFramer()
        let first = Self.frame("{}", headers: "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n")
        let second = Self.frame("[]", headers: "content-length: 2\r\ncontent-type: application/vscode-jsonrpc; charset=utf8\r\n")
        #expect(Self.bodies(framer.append(first + second)) == ["{}", "[]"])
    }

    @Test("a charset other than UTF-8 is refused, and the next message still arrives")
    func charset() {
        var framer = MessageFramer()
        let events = framer.append(Self.frame("{}", headers: "Content-Type: application/json; charset=latin1\r\nContent-Length: 2\r\n") + Self.frame("[7]"))
        #expect(events.first == .invalidFrame("unsupported charset \"latin1\"; the Language Server Protocol uses utf-8"))
        #expect(Self.bodies(events) == ["[7]"])
    }

    @Test("junk before a header is skipped, as editors do")
    func junk() {
        var framer = MessageFramer()
        let events = framer.append(Array("hello from a stray print\n".utf8) + Self.frame("{}"))
        #expect(events == [.skipped(25), .message(Array("{}".utf8))])
    }

    @Test("missing, non-numeric, negative and huge lengths are errors, and framing recovers at the next header")
    func badLengths() {
        let cases: [(String, String)] = [
            ("Content-Type: application/vscode-jsonrpc\r\n", "the header has no Content-Length"),
            ("Content-Length: twelve\r\n", "Content-Length must be a non-negative whole number of bytes, found \"twelve\""),
            ("Content-Length: -5\r\n", "Content-Length must be a non-negative whole number of bytes, found \"-5\""),
            ("Content-Length: 99999999999999999999999\r\n", "Content-Length 99999999999999999999999 is larger than the limit of 1048576 bytes"),
            ("Content-Length: 1048577\r\n", "Content-Length 1048577 is larger than the limit of 1048576 bytes"),
            ("Content-Length: 2\r\nContent-Length: 3\r\n", "two Content-Length headers disagree (2 and 3)"),
        ]
        for (header, problem) in cases {
            var framer = MessageFramer(maximumContentLength: 1 << 20)
            let events = framer.append(Self.frame(#"{"id":1}"#, headers: header) + Self.frame(#"{"id":2}"#))
            #expect(events.first == .invalidFrame(problem), "\(header)")
            #expect(Self.bodies(events) == [#"{"id":2}"#], "\(header)")
        }
    }

    static let tooLong20 = MessageFramer.Event.invalidFrame(
        "Content-Length 20 is longer than the body, whose JSON value ends after 8 bytes; the message was not read")

    @Test("a length too large is a bad frame; reading resumes after its JSON value, so the next frame is whole")
    func overlong() {
        var framer = MessageFramer()
        let next = Self.frame(#"{"id":2}"#)
        var events = framer.append(Self.frame(#"{"id":1}"#, headers: "Content-Length: 20\r\n") + next)
        events += framer.append(Self.frame(#"{"id":3}"#))
        #expect(events.first == Self.tooLong20)
        #expect(Self.bodies(events) == [#"{"id":2}"#, #"{"id":3}"#])
    }

    @Test("a length too large is caught as soon as the next header arrives, before the declared length is reached")
    func overlongCaughtEarly() {
        var framer = MessageFramer()
        #expect(framer.append(Self.frame(#"{"id":1}"#, headers: "Content-Length: 200\r\n")).isEmpty)
        #expect(framer.isAwaitingBody)
        let events = framer.append(Self.frame(#"{"id":2}"#))
        #expect(events == [
            .invalidFrame("Content-Length 200 is longer than the body, whose JSON value ends after 8 bytes; the message was not read"),
            .message(Array(#"{"id":2}"#.utf8)),
        ])
        #expect(!framer.isAwaitingBody)
    }

    @Test("a header name inside the body's unfinished text does not hide the real next header, however the bytes are cut")
    func overlongWithHeaderNameInBody() {
        // The body's string holds "Content-Type:" before its value ends; the real next frame follows the value.
        let bytes = Array("Content-Length: 200\r\n\r\n{\"t\":\"a\r\nContent-Type: x\"}".utf8) + Self.frame(#"{"id":2}"#)
        let expected: [MessageFramer.Event] = [
            .invalidFrame("Content-Length 200 is longer than the body, whose JSON value ends after 26 bytes; the message was not read"),
            .message(Array(#"{"id":2}"#.utf8)),
        ]
        var whole = MessageFramer()
        #expect(whole.append(bytes) == expected)
        var pieces = MessageFramer()
        var events: [MessageFramer.Event] = []
        for byte in bytes { events += pieces.append([byte]) }
        #expect(events == expected)
    }

    @Test("a body that stops arriving is a bad frame when it holds a whole JSON value, and awaited when it does not")
    func stalled() {
        var framer = MessageFramer()
        #expect(framer.append(Self.frame(#"{"id":1}"#, headers: "Content-Length: 20\r\n")).isEmpty)
        #expect(framer.bodyStalled() == [.invalidFrame(
            "Content-Length 20 is longer than the body, whose JSON value ends after 8 bytes; 8 bytes arrived and no more came; the message was not read")])
        #expect(Self.bodies(framer.append(Self.frame(#"{"id":2}"#))) == [#"{"id":2}"#])
        // A slow sender: half a value is not a finished body.
        #expect(framer.append(Array("Content-Length: 8\r\n\r\n{\"id\"".utf8)).isEmpty)
        #expect(framer.bodyStalled().isEmpty)
        #expect(Self.bodies(framer.append(Array(":3}".utf8))) == [#"{"id":3}"#])
        // A header name inside a string of the body is not a header.
        let text = #"{"t":"Content-Length: 9"}"#
        #expect(framer.append(Array("Content-Length: \(text.utf8.count)\r\n\r\n".utf8) + Array(text.utf8.prefix(20))).isEmpty)
        #expect(Self.bodies(framer.append(Array(text.utf8.dropFirst(20)))) == [text])
    }

    @Test("a length too small delivers a truncated body (a parse error later) and recovers at the next header")
    func short() {
        var framer = MessageFramer()
        let events = framer.append(Self.frame(#"{"id":1}"#, headers: "Content-Length: 4\r\n") + Self.frame(#"{"id":2}"#))
        #expect(Self.bodies(events) == [#"{"id"#, #"{"id":2}"#])
        #expect(events.contains(.skipped(4)))
    }

    @Test("headers ended by bare line feeds are accepted")
    func bareLineFeeds() {
        var framer = MessageFramer()
        #expect(Self.bodies(framer.append(Array("Content-Length: 2\n\n{}".utf8))) == ["{}"])
    }

    @Test("memory stays bounded: megabytes of junk or of an oversized body are never buffered")
    func bounded() {
        var framer = MessageFramer(maximumContentLength: 1 << 20)
        let junk = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<8 {
            _ = framer.append(junk)
            #expect(framer.bufferedCount < 16)
        }
        _ = framer.append(Array("Content-Length: 50000000\r\n\r\n".utf8))
        for _ in 0..<8 {
            _ = framer.append(junk)
            #expect(framer.bufferedCount < 16)
        }
        #expect(Self.bodies(framer.append(Self.frame("{}"))) == ["{}"])
    }

    @Test("a header block that never ends is refused once it passes the limit")
    func endlessHeader() {
        var framer = MessageFramer(maximumHeaderLength: 64)
        let events = framer.append(Array(("Content-Length: 2\r\nX-Padding: " + String(repeating: "a", count: 100)).utf8))
        #expect(events.first == .invalidFrame("the header block is longer than 64 bytes or has no blank line after it"))
        #expect(Self.bodies(framer.append(Self.frame("{}"))) == ["{}"])
    }

    @Test("a header block just over the limit gets the same verdict at once and byte by byte", arguments: [62, 63, 64, 65, 66, 67])
    func headerLimitIndependentOfReads(size: Int) {
        // "Content-Length: 2\r\n" + padding header + "\r\n" blank line: `size` bytes of header block in all.
        let fixed = "Content-Length: 2\r\nX-Pad: \r\n\r\n".utf8.count
        let headers = "Content-Length: 2\r\nX-Pad: " + String(repeating: "a", count: size - fixed) + "\r\n"
        let bytes = Self.frame("{}", headers: headers) + Self.frame("[1]")
        var atOnce = MessageFramer(maximumHeaderLength: 64)
        var slowly = MessageFramer(maximumHeaderLength: 64)
        let whole = atOnce.append(bytes)
        var trickled: [MessageFramer.Event] = []
        for byte in bytes { trickled += slowly.append([byte]) }
        let refused = MessageFramer.Event.invalidFrame("the header block is longer than 64 bytes or has no blank line after it")
        #expect(whole.contains(refused) == (size > 64))
        #expect(trickled.contains(refused) == (size > 64))
        #expect(Self.bodies(whole) == (size > 64 ? ["[1]"] : ["{}", "[1]"]))
        #expect(Self.bodies(trickled) == Self.bodies(whole))
    }
}

@Suite("JSON-RPC message classification")
struct MessageClassificationTests {
    static func error(_ json: String, depth: Int = 64) -> ResponseError? {
        if case .invalid(_, let error) = IncomingMessage.classify(Array(json.utf8), maximumDepth: depth) { return error }
        return nil
    }

    @Test("requests, notifications and responses are told apart")
    func kinds() {
        if case .request(let id, let method, _) = IncomingMessage.classify(Array(#"{"jsonrpc":"2.0","id":"a","method":"m"}"#.utf8), maximumDepth: 8) {
            #expect(id == .string("a"))
            #expect(method == "m")
        } else {
            Issue.record("not a request")
        }
        if case .notification(let method, _) = IncomingMessage.classify(Array(#"{"jsonrpc":"2.0","method":"n","params":{}}"#.utf8), maximumDepth: 8) {
            #expect(method == "n")
        } else {
            Issue.record("not a notification")
        }
        if case .response(let id, _, let error) = IncomingMessage.classify(Array(#"{"jsonrpc":"2.0","id":4,"error":{"code":-1,"message":"no"}}"#.utf8), maximumDepth: 8) {
            #expect(id == .number(4))
            #expect(error == ResponseError(code: -1, message: "no"))
        } else {
            Issue.record("not a response")
        }
    }

    @Test("malformed messages get the JSON-RPC error that names the problem")
    func malformed() {
        #expect(Self.error(#"{"jsonrpc":"2.0","id":1,"method":"#)?.code == -32700)
        #expect(Self.error("not json at all")?.code == -32700)
        #expect(Self.error(#"[{"jsonrpc":"2.0","id":1,"method":"shutdown"}]"#) == ResponseError(code: -32600, message: "Invalid request: batches (JSON arrays of messages) are not supported by the Language Server Protocol; send each message in its own frame"))
        #expect(Self.error(#"{"id":1,"method":"shutdown"}"#) == ResponseError(code: -32600, message: "Invalid request: \"jsonrpc\" must be \"2.0\""))
        #expect(Self.error(#"{"jsonrpc":"2.0","id":{"x":1},"method":"shutdown"}"#) == ResponseError(code: -32600, message: "Invalid request: \"id\" must be a whole number or a string"))
        #expect(Self.error(#"{"jsonrpc":"2.0","id":1,"method":7}"#) == ResponseError(code: -32600, message: "Invalid request: \"method\" must be a string"))
        #expect(Self.error(#""just a string""#)?.code == -32600)
    }

    @Test("nesting deeper than the limit is refused before decoding")
    func depth() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(Self.error(deep, depth: 64) == ResponseError(code: -32700, message: "Parse error: the message nests deeper than 64 levels"))
        let object = #"{"jsonrpc":"2.0","method":"x","params":"# + String(repeating: #"{"a":"#, count: 70) + "1" + String(repeating: "}", count: 70) + "}"
        #expect(Self.error(object, depth: 64)?.code == -32700)
    }
}
