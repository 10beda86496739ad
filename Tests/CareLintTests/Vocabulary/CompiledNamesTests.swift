import Foundation
import Testing
@testable import CareLint

/// The names list is compiled at build time (embed-resources, `CompiledNames`) into an index read in place; these
/// tests keep it equal to Dictionaries/names.txt and to the dictionary the list was indexed into at start before.
@Suite("Compiled names")
struct CompiledNamesTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Dictionaries/names.txt")

    /// The names by first word as they were indexed at start: a dictionary of folded words, longest names first.
    static func reference(_ text: String) -> [[UInt8]: [[[UInt8]]]] {
        var index: [[UInt8]: [[[UInt8]]]] = [:]
        for line in Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false) {
            let words = line.split(separator: 0x20).map { $0.map(NearMissIndex.fold) }
            if words.count >= 2 { index[words[0], default: []].append(words) }
        }
        for key in index.keys { index[key]!.sort { $0.count > $1.count } }
        return index
    }

    @Test("The compiled index is byte for byte the index of Dictionaries/names.txt, and the built-in list uses it")
    func compiledEqualsFile() throws {
        let compiled = try #require(CompiledNames.embedded, "the names are not compiled in; rebuild")
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        let fresh = NamesByFirstWord(list: text).layout
        let embedded = NamesByFirstWord(compiled).layout
        let sameText = embedded.text == fresh.text
        let sameCodes = embedded.codes == fresh.codes
        #expect(sameText && sameCodes, "the compiled names differ from Dictionaries/names.txt; rebuild")
        #expect(NameList.shared.byFirstWord.layout.codes.count == embedded.codes.count)
    }

    @Test("Every first word finds the names it found before, in the same order; other words find none")
    func sameNames() throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        let reference = Self.reference(text)
        #expect(reference.count > 1_000)
        let index = NameList.shared.byFirstWord
        var differing: [String] = []
        for (key, names) in reference where index[key] != names { differing.append(String(decoding: key, as: UTF8.self)) }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(index[Array("zzqx".utf8)] == nil)
        #expect(index[[]] == nil)
    }

    @Test("A list built at run time: names of two or more words, folded, grouped by first word, longest first")
    func builtAtRunTime() {
        let index = NamesByFirstWord(list: "Oral  cavity cancer\nsolo\noral cavity\n\nNational Institute of Health\r\n")
        #expect(index[Array("oral".utf8)] == [["oral", "cavity", "cancer"], ["oral", "cavity"]].map { $0.map { Array($0.utf8) } })
        #expect(index[Array("national".utf8)] == [["national", "institute", "of", "health\r"]].map { $0.map { Array($0.utf8) } })
        #expect(index[Array("solo".utf8)] == nil)
        #expect(index[Array("Oral".utf8)] == nil)
        let empty = NamesByFirstWord(list: "")
        #expect(empty[Array("oral".utf8)] == nil)
        #expect(empty.layout.text.isEmpty)
    }
}
