import Foundation
import Testing

/// `carelint fix` on a copy of the real pages must not change a fixed name: every multi-word name of
/// `Dictionaries/names.txt` and of the built-in vocabulary that a page held before is still in it after. The pages
/// are read at run time from the shared corpus (never copied into the repository); without them the test is skipped.
@Suite("carelint fix keeps fixed names")
struct FixKeepsNamesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus/real/pages` beside the checkout (or beside its worktree folder), if present.
    static let pages: URL? = {
        let candidates = [
            repository.appendingPathComponent("../shared/corpus/real/pages"),
            repository.appendingPathComponent("../../shared/corpus/real/pages"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }?.standardizedFileURL
    }()

    /// Lower-cased multi-word names: the names list, and the vocabulary's terms, variants and spellings.
    static func names() throws -> Set<String> {
        var names = Set<String>()
        let list = try String(contentsOf: repository.appendingPathComponent("Dictionaries/names.txt"), encoding: .utf8)
        for line in list.split(separator: "\n") { names.insert(words(String(line)).joined(separator: " ")) }
        let vocab = repository.appendingPathComponent("Vocab")
        let files = FileManager.default.enumerator(at: vocab, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "json" {
            guard let pack = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any],
                  let concepts = pack["concepts"] as? [[String: Any]] else { continue }
            for concept in concepts {
                var forms = [concept["term"] as? String].compactMap { $0 } + (concept["variants"] as? [String] ?? [])
                forms += (concept["spelling"] as? [String: String] ?? [:]).values
                for form in forms { names.insert(words(form).joined(separator: " ")) }
            }
        }
        return names.filter { $0.contains(" ") }
    }

    /// The words of a text, lower-cased: letters, digits, inner apostrophes and hyphens.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text.lowercased().replacingOccurrences(of: "’", with: "'") {
            if character.isLetter || character.isNumber || (!current.isEmpty && (character == "'" || character == "-")) {
                current.append(character)
            } else if !current.isEmpty {
                result.append(current.trimmingCharacters(in: CharacterSet(charactersIn: "'-")))
                current = ""
            }
        }
        if !current.isEmpty { result.append(current.trimmingCharacters(in: CharacterSet(charactersIn: "'-"))) }
        return result
    }

    /// The names of `names` that occur in `text`.
    static func names(in text: String, among names: Set<String>) -> Set<String> {
        let words = words(text)
        var found = Set<String>()
        for start in words.indices {
            var phrase = words[start]
            for end in (start + 1)..<min(words.count, start + 8) {
                phrase += " " + words[end]
                if names.contains(phrase) { found.insert(phrase) }
            }
        }
        return found
    }

    @Test("No multi-word name of the vocabulary or the names list is lost by fix on the real pages",
          .enabled(if: pages != nil, "the real corpus is absent (../shared/corpus/real/pages): nothing to fix"))
    func realPages() throws {
        let source = try #require(Self.pages)
        let names = try Self.names()
        #expect(names.count > 4000)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carelint-names-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        var before: [String: String] = [:]
        for file in files {
            let path = folder.appendingPathComponent(file)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path.path) // the corpus is read-only
            before[file] = try String(contentsOf: path, encoding: .utf8)
        }
        let result = try CarelintProcess.run(["fix", "."], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        var lost: [String] = []
        var changed = 0
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            if text != before[file] { changed += 1 }
            let missing = Self.names(in: before[file] ?? "", among: names).subtracting(Self.names(in: text, among: names))
            for name in missing.sorted() { lost.append("\(file): \(name)") }
        }
        #expect(changed > 0, "fix changed no page, so the test proves nothing")
        #expect(lost.isEmpty, "names changed by fix: \(lost.prefix(20).joined(separator: "; "))")
    }
}
