import Foundation
import PackagePlugin

/// Generates `EmbeddedResources.swift` from the JSON packs in `Vocab/` (and `Dictionaries/names.txt`),
/// `EmbeddedWordTables.swift` from the word lists in `Dictionaries/` (compiled hash tables, `CompiledWordTable`)
/// and `EmbeddedVocabulary.swift` from the packs (their compiled lexicon and tries, `CompiledVocabulary`) and the
/// names list (`CompiledNames`),
/// so the built-in vocabulary is compiled into every binary and `Vocab/`, `Dictionaries/` stay the one source of
/// truth.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let root = context.package.directoryURL
        let fm = FileManager.default
        var inputs: [URL] = []
        // Sub-folders count too ("Vocab/medicine/conditions.json" is the built-in pack "medicine/conditions").
        for folder in ["Vocab", "Dictionaries"] {
            let dir = root.appending(path: folder)
            let names = (try? fm.subpathsOfDirectory(atPath: dir.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".json") || name.hasSuffix(".txt") {
                inputs.append(dir.appending(path: name))
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        // The spelling word lists, compiled into tables read in place (CompiledWordTable): nothing to parse at start.
        let tables = context.pluginWorkDirectoryURL.appending(path: "EmbeddedWordTables.swift")
        // The built-in packs' lexicon and tries, built by the library's VocabularyBuilder (CompiledVocabulary).
        let vocabulary = context.pluginWorkDirectoryURL.appending(path: "EmbeddedVocabulary.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) vocabulary and dictionary files",
                executable: try context.tool(named: "embed-resources").url,
                arguments: [output.path, tables.path, vocabulary.path, root.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output, tables, vocabulary]
            )
        ]
    }
}
