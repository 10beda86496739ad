import Testing
@testable import CareLint

@Suite("Fix applier")
struct FixApplierTests {
    @Test("Edits apply from the end backwards; overlapping edits are skipped; other bytes are untouched")
    func apply() {
        let bytes = Array("one two three".utf8)
        let result = FixApplier.apply([
            TextEdit(range: 0..<3, newText: "1"),
            TextEdit(range: 8..<13, newText: "3"),
            TextEdit(range: 2..<5, newText: "x"),
            TextEdit(range: 4..<4, newText: "+"),
        ], to: bytes)
        #expect(String(decoding: result.bytes, as: UTF8.self) == "1 +two 3")
        #expect(result.skipped == [TextEdit(range: 2..<5, newText: "x")])
    }
}
