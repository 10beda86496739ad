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
}
