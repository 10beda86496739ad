// Shared by every harness in Fuzz/: turning libFuzzer's bytes into inputs, and the invariants they check.
import CareLint

/// Stops the run with a message libFuzzer records with the crashing input.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant broken: \(message())") }
}

/// The fuzzer's bytes as an array.
func input(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
}

/// Splits off the first byte to choose a document format; the rest is the document.
func formatAndBody(_ bytes: [UInt8]) -> (DocumentFormat, [UInt8]) {
    guard let first = bytes.first else { return (.markdown, []) }
    let formats: [DocumentFormat] = [.markdown, .html, .plainText]
    return (formats[Int(first) % formats.count], Array(bytes.dropFirst()))
}

/// True when `offset` is a scalar boundary of `bytes` (0 and `bytes.count` included).
func isBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
    if offset == 0 || offset == bytes.count { return true }
    guard offset > 0, offset < bytes.count else { return false }
    return bytes[offset] & 0xC0 != 0x80
}

/// Checks a range lies inside the text and starts and ends on scalar boundaries.
func requireRange(_ range: Range<Int>, in bytes: [UInt8], _ what: @autoclosure () -> String) {
    require(range.lowerBound >= 0 && range.upperBound <= bytes.count, "\(what()) \(range) outside 0..<\(bytes.count)")
    require(isBoundary(bytes, range.lowerBound) && isBoundary(bytes, range.upperBound), "\(what()) \(range) splits a scalar")
}

/// Checks an error a user would see: a place inside the file and a message that says something.
func requireInputError(_ error: InputError, file bytes: [UInt8]) {
    require(!error.message.isEmpty, "empty error message: \(error)")
    require(!error.message.contains("\n"), "multi-line error message: \(error)")
    if let line = error.line {
        let lines = 1 + bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + bytes.count   // generous: CR ends lines too
        require(line >= 1 && line <= lines, "error line \(line) outside the file: \(error)")
    }
    if let column = error.column { require(column >= 1 && column <= bytes.count + 1, "error column \(column) outside the line: \(error)") }
}
