import Foundation
import Testing
@testable import CareLint

@Suite("JSONByteWriter")
struct JSONByteWriterTests {
    @Test("integers are written as Swift prints them", arguments: [
        0, 1, 9, 10, 99, 100, 12_345, -1, -10, 999_999_999, 1_000_000_000, Int.max, Int.min, Int.max - 1, Int.min + 1,
        1_000_000_000_000_000_000, 999_999_999_999_999_999, -9_223_372_036_854_775_807,
    ])
    func integers(value: Int) {
        var writer = JSONByteWriter(indent: 0)
        writer.int(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
    }

    @Test("strings: escapes in runs of plain text, U+2028 and U+2029, other E2 sequences copied; plain keys")
    func strings() {
        var writer = JSONByteWriter(indent: 2)
        writer.open(0x7B)
        writer.key(plain: "message")
        writer.string("a\"b\\c\nd\re\tf\u{1}g\u{7F}h\u{2028}i\u{2029}j — “k” 😀")
        writer.key("x\"y")
        writer.bool(true)
        writer.key(plain: "no")
        writer.bool(false)
        writer.close(0x7D)
        let expected = "{\n  \"message\": \"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u007fh\\u2028i\\u2029j — “k” 😀\",\n  \"x\\\"y\": true,\n  \"no\": false\n}"
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
        // The same text through Foundation's encoder, for the escapes JSON requires.
        let text = "a\"b\\c\nd\re\tf\u{1}g — 😀"
        var one = JSONByteWriter(indent: 0)
        one.string(text)
        let decoded = try? JSONDecoder().decode(String.self, from: Data(one.bytes))
        #expect(decoded == text)
    }

    @Test("a string that ends in the first bytes of U+2028 is copied as it is")
    func truncatedSeparator() {
        var bytes: [UInt8] = []
        let source: [UInt8] = Array("ab".utf8) + [0xE2, 0x80]
        source.withUnsafeBufferPointer { JSONEscape.append($0, to: &bytes) }
        #expect(bytes == [0x22] + source + [0x22])
    }
}
