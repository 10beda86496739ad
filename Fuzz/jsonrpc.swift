// libFuzzer harness: the JSON-RPC framer (Content-Length headers) and the message classifier of the server.
//
// The first byte picks how the rest is cut into reads. Checks: the framer delivers the same messages whether the
// bytes arrive at once or in pieces; it never holds more than its limits allow; every message it
// delivers is classified without crashing, as a request, notification, response or an error with a JSON-RPC code.
@testable import CareLintServer

private let maximumContentLength = 4096
private let maximumHeaderLength = 256

/// The messages delivered, which must not depend on how the bytes were cut. (Errors may: skipped junk comes in
/// pieces.)
private func stableEvents(_ events: [MessageFramer.Event]) -> [[UInt8]] {
    events.compactMap { if case .message(let body) = $0 { return body } else { return nil } }
}

private func feed(_ bytes: [UInt8], pieces: Int) -> [MessageFramer.Event] {
    var framer = MessageFramer(maximumContentLength: maximumContentLength, maximumHeaderLength: maximumHeaderLength)
    var events: [MessageFramer.Event] = []
    var index = 0
    var read = 0
    while index < bytes.count {
        let size = pieces <= 1 ? bytes.count : 1 + (read * 7919 + index) % pieces
        let end = min(bytes.count, index + size)
        events += framer.append(bytes[index..<end])
        require(framer.bufferedCount <= maximumContentLength + maximumHeaderLength + size + 64,
                "framer holds \(framer.bufferedCount) bytes after a read of \(size)")
        index = end
        read += 1
    }
    return events
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let all = input(data, size)
    guard let first = all.first else { return 0 }
    let bytes = Array(all.dropFirst())
    let whole = feed(bytes, pieces: 1)
    let pieces = feed(bytes, pieces: 1 + Int(first % 16))
    // A header block over the limit used to be refused when it arrived slowly but parsed when it arrived whole
    // (found by this harness; MessageFramerTests.headerLimitIndependentOfReads). Now every cut must agree.
    require(stableEvents(whole) == stableEvents(pieces), "messages depend on how the bytes were cut: \(whole) vs \(pieces)")
    for event in whole {
        switch event {
        case .message(let body):
            require(body.count <= maximumContentLength, "a message of \(body.count) bytes passed a limit of \(maximumContentLength)")
            switch IncomingMessage.classify(body, maximumDepth: 64) {
            case .invalid(_, let error):
                require([ResponseError.parseError, ResponseError.invalidRequest].contains(error.code), "unexpected error code \(error.code)")
                require(!error.message.isEmpty, "an error without a message")
            case .request, .notification, .response:
                break
            }
        case .invalidFrame(let message):
            require(!message.isEmpty, "an invalid frame without a message")
        case .skipped(let count):
            require(count > 0, "skipped \(count) bytes")
        }
    }
    return 0
}
