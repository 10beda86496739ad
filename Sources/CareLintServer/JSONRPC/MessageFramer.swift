/// Splits a byte stream into JSON-RPC message bodies framed by `Content-Length` headers (the LSP base protocol).
///
/// A pure state machine: feed it whatever a read returned (part of a message, several messages, junk) and take
/// the events. It never trusts the peer: the header block and the content length are bounded, junk before a
/// header is skipped (as editors do), and after a bad header it finds the next `Content-Length` and goes on.
/// Memory stays bounded by the largest allowed message, however many bytes arrive.
public struct MessageFramer: Sendable {
    /// What the framer found.
    public enum Event: Sendable, Equatable {
        /// A complete message body.
        case message([UInt8])
        /// A frame that could not be read; `message` says what was wrong. Nothing of it is delivered.
        case invalidFrame(String)
        /// Bytes that were not part of any frame were skipped (a stray print, the rest of a bad frame).
        case skipped(Int)
    }

    /// The largest body accepted, in bytes.
    public let maximumContentLength: Int
    /// The largest header block accepted, in bytes.
    public let maximumHeaderLength: Int

    private var buffer: [UInt8] = []
    private var start = 0
    private var pendingLength: Int?
    /// How far the pending body has been searched for the start of a next frame's header.
    private var pendingSearched = 0

    /// Creates a framer.
    public init(maximumContentLength: Int = 128 << 20, maximumHeaderLength: Int = 8 << 10) {
        self.maximumContentLength = maximumContentLength
        self.maximumHeaderLength = maximumHeaderLength
    }

    /// Bytes received but not yet delivered.
    public var bufferedCount: Int { buffer.count - start }

    /// True while a header has been read and its body is still incomplete.
    public var isAwaitingBody: Bool { pendingLength != nil }

    /// Called when no byte has arrived for a while during a body: if the bytes received form one complete JSON
    /// value (whitespace after it allowed), the `Content-Length` was too large and no more is coming, so the frame
    /// is answered as invalid now instead of waiting for bytes that would be the next frame's.
    public mutating func bodyStalled() -> [Event] {
        guard let length = pendingLength else { return [] }
        let received = buffer.count - start
        guard let end = JSONShape.scan(buffer[start..<buffer.count]).endOfFirstValue,
              buffer[(start + end)..<buffer.count].allSatisfy(JSONShape.isWhitespace) else { return [] }
        start = buffer.count
        pendingLength = nil
        return [.invalidFrame(Self.tooLong(length, value: end, received: received))]
    }

    private static func tooLong(_ declared: Int, value: Int, received: Int? = nil) -> String {
        let arrived = received.map { "; \($0) bytes arrived and no more came" } ?? ""
        return "Content-Length \(declared) is longer than the body, whose JSON value ends after \(value) bytes\(arrived); the message was not read"
    }

    /// Adds bytes and returns every event they complete, in order.
    public mutating func append<C: Collection>(_ bytes: C) -> [Event] where C.Element == UInt8 {
        if start > 0, start >= buffer.count / 2 || start > 1 << 20 {
            buffer.removeSubrange(0..<start)
            pendingSearched = max(0, pendingSearched - start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
        var events: [Event] = []
        while let event = next() {
            events.append(event)
        }
        return events
    }

    private static let contentLength = Array("content-length:".utf8)
    private static let contentType = Array("content-type:".utf8)

    private mutating func next() -> Event? {
        if let length = pendingLength {
            guard buffer.count - start >= length else { return nextHeaderInsideBody(declared: length) }
            let bodyRange = start..<(start + length)
            start += length
            pendingLength = nil
            return deliver(bodyRange, declared: length)
        }
        // Find where the next header block begins; everything before it is junk.
        guard let headerStart = findHeaderStart(from: start) else {
            // Keep a tail that might be the beginning of a header name.
            let keep = min(buffer.count - start, MessageFramer.contentLength.count - 1)
            let junk = buffer.count - start - keep
            if junk > 0 {
                start += junk
                return .skipped(junk)
            }
            return nil
        }
        if headerStart > start {
            let junk = headerStart - start
            start = headerStart
            return .skipped(junk)
        }
        guard let (headerEnd, bodyStart) = findHeaderEnd(from: start) else {
            if buffer.count - start > maximumHeaderLength {
                start += 1  // not a header after all: look for the next one
                return .invalidFrame("the header block is longer than \(maximumHeaderLength) bytes or has no blank line after it")
            }
            return nil
        }
        guard bodyStart - start <= maximumHeaderLength else {
            // The same verdict whether the block arrived at once or byte by byte (then the check above fires).
            start += 1
            return .invalidFrame("the header block is longer than \(maximumHeaderLength) bytes or has no blank line after it")
        }
        let header = parseHeader(start..<headerEnd)
        start = bodyStart
        switch header {
        case .success(let length):
            pendingLength = length
            pendingSearched = start
            return next()
        case .failure(let problem):
            return .invalidFrame(problem.message)
        }
    }

    private mutating func deliver(_ range: Range<Int>, declared: Int) -> Event {
        if let end = JSONShape.scan(buffer[range]).endOfFirstValue, end < range.count {
            // Only whitespace may follow the value; anything else belongs to the next frame: the frame is
            // answered as invalid and reading goes on right after the value, where the next header is found.
            var index = range.lowerBound + end
            while index < range.upperBound, JSONShape.isWhitespace(buffer[index]) { index += 1 }
            if index < range.upperBound {
                start = range.lowerBound + end
                return .invalidFrame(Self.tooLong(declared, value: end))
            }
        }
        return .message(Array(buffer[range]))
    }

    /// While a body is incomplete: when the bytes already received hold a complete JSON value followed by the
    /// start of a header, the `Content-Length` was too large and the next frame has begun. Answer now and resume
    /// after the value, instead of swallowing the next frame's first bytes (and waiting until enough arrive).
    /// Only newly received bytes are searched for a header name, so a large body costs one pass.
    private mutating func nextHeaderInsideBody(declared: Int) -> Event? {
        var from = max(start, pendingSearched - (MessageFramer.contentLength.count - 1))
        pendingSearched = buffer.count
        // Every header name among the new bytes is tried in order, not only the first: a name inside the body's
        // own text (before its value is complete) must not hide a real header after it, or the verdict would
        // depend on how the bytes were cut (found by the jsonrpc fuzz harness).
        while let header = findHeaderStart(from: from) {
            if let end = JSONShape.scan(buffer[start..<header]).endOfFirstValue {
                // Resume right after the value, as when the whole declared length has arrived (the same events
                // however the bytes were cut): anything before the header is then skipped as junk.
                start += end
                pendingLength = nil
                return .invalidFrame(Self.tooLong(declared, value: end))
            }
            from = header + 1
        }
        return nil
    }

    private func findHeaderStart(from: Int) -> Int? {
        var index = from
        let end = buffer.count
        while index < end {
            let byte = buffer[index] | 0x20
            if byte == 0x63, matches(MessageFramer.contentLength, at: index) || matches(MessageFramer.contentType, at: index) {
                return index
            }
            index += 1
        }
        return nil
    }

    private func matches(_ name: [UInt8], at index: Int) -> Bool {
        guard index + name.count <= buffer.count else {
            // A partial name at the end of the buffer: wait for more bytes.
            return false
        }
        for offset in 0..<name.count where buffer[index + offset] | (name[offset] >= 0x61 ? 0x20 : 0) != name[offset] {
            return false
        }
        return true
    }

    /// The end of the header block (before the blank line) and the start of the body.
    private func findHeaderEnd(from index: Int) -> (Int, Int)? {
        var position = index
        let limit = min(buffer.count, index + maximumHeaderLength + 4)
        while position < limit {
            if buffer[position] == 0x0A {
                // "\n\n" or "\n\r\n" ends the block.
                if position + 1 < buffer.count, buffer[position + 1] == 0x0A { return (position, position + 2) }
                if position + 2 < buffer.count, buffer[position + 1] == 0x0D, buffer[position + 2] == 0x0A { return (position, position + 3) }
            }
            position += 1
        }
        return nil
    }

    private func parseHeader(_ range: Range<Int>) -> Result<Int, HeaderProblem> {
        let text = String(decoding: buffer[range], as: UTF8.self)
        var length: Int?
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = rawLine.trimmingSpaces
            if line.isEmpty { continue }
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(HeaderProblem("a header line has no colon: \"\(line.prefix(80))\""))
            }
            let name = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            switch name {
            case "content-length":
                guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                    return .failure(HeaderProblem("Content-Length must be a non-negative whole number of bytes, found \"\(value.prefix(40))\""))
                }
                guard value.utf8.count <= 18, let parsed = Int(value), parsed <= maximumContentLength else {
                    return .failure(HeaderProblem("Content-Length \(value.prefix(40)) is larger than the limit of \(maximumContentLength) bytes"))
                }
                if let length, length != parsed {
                    return .failure(HeaderProblem("two Content-Length headers disagree (\(length) and \(parsed))"))
                }
                length = parsed
            case "content-type":
                let lower = value.lowercased()
                if let charset = lower.range(of: "charset=") {
                    let name = lower[charset.upperBound...].prefix { $0 != ";" }.trimmingSpaces.trimmingCharacters(in: ["\""])
                    guard name == "utf-8" || name == "utf8" else {
                        return .failure(HeaderProblem("unsupported charset \"\(name)\"; the Language Server Protocol uses utf-8"))
                    }
                }
            default:
                continue  // other headers are allowed and ignored
            }
        }
        guard let length else { return .failure(HeaderProblem("the header has no Content-Length")) }
        return .success(length)
    }

    private struct HeaderProblem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let text = String(self)
        guard let first = text.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = text.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(text[first...last])
    }
}
