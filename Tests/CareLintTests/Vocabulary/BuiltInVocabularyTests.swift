import Foundation
import Testing
@testable import CareLint

@Suite("Built-in vocabulary")
struct BuiltInVocabularyTests {
    static let vocabFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Vocab")

    @Test("The embedded copy is exactly Vocab/ (Vocab/ is the one source of truth)")
    func embeddedMatchesFolder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.vocabFolder.path).filter { $0.hasSuffix(".json") }.sorted()
        let embedded = EmbeddedResources.files.filter { $0.name.hasPrefix("Vocab/") }
        #expect(embedded.map(\.name).sorted() == names.map { "Vocab/" + $0 })
        for file in embedded {
            let onDisk = try Data(contentsOf: Self.vocabFolder.appendingPathComponent(String(file.name.dropFirst("Vocab/".count))))
            #expect(Array(onDisk) == Array(file.text.utf8), "\(file.name) differs from its embedded copy; rebuild")
        }
    }

    @Test("Every built-in pack loads without errors")
    func loads() throws {
        let sources = VocabularyLoader.builtInNames.compactMap { VocabularyLoader.builtInSources[$0] }
        #expect(!sources.isEmpty)
        let vocabulary = try VocabularyLoader.load(sources)
        #expect(vocabulary.packNames.sorted() == VocabularyLoader.builtInNames)
    }

    @Test("A lone question mark is a valid pattern: a question is a hedge for the claims rules")
    func questionMarkHedge() throws {
        let json = #"""
        {"name": "house", "rules": [{"id": "house/cure", "kind": "existence", "severity": "warning", "summary": "s",
          "message": "m", "unlessSentenceHas": ["?"], "entries": [{"pattern": "cures"}]}]}
        """#
        let vocabulary = try VocabularyLoader.load([PackSource(file: "house.json", bytes: Array(json.utf8))])
        let linter = Linter(vocabulary: vocabulary)
        #expect(lint("Surgery 1️⃣cures it.", only: "house/cure", linter: linter).diagnostics.map(\.range) == [8..<13])
        #expect(lint("Surgery cures it? Ask.", only: "house/cure", linter: linter).diagnostics.isEmpty)
        #expect(lint("Does surgery cure it? Surgery cures it.", only: "house/cure", linter: linter).diagnostics.map(\.range) == [30..<35])
        let bad = #"{"name": "house", "lists": {"marks": ["?", ";"]}}"#
        #expect(throws: VocabularyError.self) { try VocabularyLoader.load([PackSource(file: "house.json", bytes: Array(bad.utf8))]) }
    }
}
