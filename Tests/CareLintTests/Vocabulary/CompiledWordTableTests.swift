import Foundation
import Testing
@testable import CareLint

/// The word lists are compiled at build time (embed-resources) into tables read in place; these tests keep that
/// compiled form equal to Dictionaries/ and to the same layout built at run time from the files' words.
@Suite("Compiled word lists")
struct CompiledWordTableTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Dictionaries")

    /// The spelling word lists of Dictionaries/ (names.txt is a list of multi-word names, embedded as text).
    static func listNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") && $0 != "names.txt" }.sorted()
    }

    static func words(of name: String) throws -> [String] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).map(String.init)
    }

    @Test("Every word list of Dictionaries/ is compiled in, byte for byte what a fresh build of its words gives")
    func compiledEqualsFiles() throws {
        let names = try Self.listNames()
        #expect(names.contains("en.txt") && names.contains("en-US.txt") && names.contains("en-GB.txt"))
        for name in names {
            let compiled = try #require(CompiledWordTable.embedded("Dictionaries/" + name), "\(name) is not compiled in; rebuild")
            let words = try Self.words(of: name)
            let embedded = WordTable(compiled)
            let fresh = try #require(WordList(words: words).tables.first)
            #expect(embedded.count == words.count, "\(name)")
            #expect(embedded.layout == fresh.layout, "\(name): the compiled table differs from the file; rebuild")
            for (index, word) in words.enumerated() where index % 97 == 0 {
                #expect(String(decoding: embedded.word(index), as: UTF8.self) == word)
            }
        }
    }

    @Test("Every word of every list is found in its compiled table, by the case rules")
    func everyWordKnown() throws {
        func found(_ table: WordTable, _ word: String, anyCase: Bool) -> Bool {
            Array(word.utf8).withUnsafeBufferPointer { table.contains($0, hash: WordList.foldedHash($0), anyCase: anyCase) }
        }
        for name in try Self.listNames() {
            let table = WordTable(embedded: "Dictionaries/" + name)
            for word in try Self.words(of: name) {
                #expect(found(table, word, anyCase: false), "\(name): \(word)")
                if word.utf8.allSatisfy({ $0 < 0x80 }) {
                    #expect(found(table, word.uppercased(), anyCase: true), "\(name): \(word.uppercased())")
                }
            }
        }
        let common = WordTable(embedded: "Dictionaries/en.txt")
        #expect(!found(common, "metastisis", anyCase: false))
    }

    @Test("A list of no words, and a missing compiled list, know nothing")
    func empty() {
        #expect(!WordList(words: []).contains(Array("tumor".utf8)))
        #expect(WordList(embedded: ["Dictionaries/no-such-list.txt"]).count == 0)
        #expect(!WordList(embedded: ["Dictionaries/no-such-list.txt"]).contains(Array("tumor".utf8)))
    }
}
