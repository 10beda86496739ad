import CareLint
import Foundation

/// `carelint vocab lookup TERM | list [--category C] | check FILE...`: the vocabulary, from the command line.
enum VocabCommand: Subcommand {
    static let name = "vocab"
    static let summary = "Look up a term, list the vocabulary, or check a vocabulary pack."
    static let specs: [OptionSpec] = [
        OptionSpec(name: "--category", valueName: "CATEGORY", allowed: ConceptCategory.allCases.map(\.rawValue), help: "With `list`: only this category."),
        OptionSpec(name: "--config", valueName: "FILE", help: "Use the vocabularies of this configuration file."),
    ]

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let synopsis = "lookup TERM | list [--category C] | check FILE..."
        let (parsedOrNil, code) = CommandLineTool.parse(arguments, specs: specs, command: name, synopsis: synopsis, summary: summary, console: console)
        guard let parsed = parsedOrNil else { return code }
        guard let action = parsed.positionals.first else {
            console.err("carelint vocab: say what to do: \(synopsis)\n")
            return ExitCode.failure
        }
        let rest = Array(parsed.positionals.dropFirst())
        var vocabulary = VocabularyLoader.builtIn
        if let config = parsed.value("--config") {
            do {
                let configuration = try ConfigurationLoader.load(path: config)
                switch Workspace.vocabulary(for: configuration) {
                case .success(let found): vocabulary = found ?? vocabulary
                case .failure(let failure):
                    console.err(failure.errors.map { "\($0)\n" }.joined())
                    return ExitCode.failure
                }
            } catch {
                console.err("\(error)\n")
                return ExitCode.failure
            }
        }
        switch action {
        case "lookup":
            guard !rest.isEmpty else {
                console.err("carelint vocab lookup: name a term, such as `carelint vocab lookup hepatic`\n")
                return ExitCode.failure
            }
            return lookup(rest.joined(separator: " "), vocabulary, console)
        case "list":
            return list(vocabulary, category: parsed.value("--category"), console)
        case "check":
            guard !rest.isEmpty else {
                console.err("carelint vocab check: name one or more pack files\n")
                return ExitCode.failure
            }
            return check(rest, console)
        default:
            var message = "carelint vocab: unknown action \"\(action)\""
            if let nearest = NearestName.find(action, among: ["lookup", "list", "check"]) { message += "; did you mean \"\(nearest)\"?" }
            console.err(message + "\nUSAGE: carelint vocab \(synopsis)\n")
            return ExitCode.failure
        }
    }

    static func lookup(_ term: String, _ vocabulary: Vocabulary, _ console: Console) -> Int32 {
        if let index = vocabulary.concept(named: term) {
            console.out(entry(index, vocabulary))
            return ExitCode.success
        }
        let near = vocabulary.concepts(near: term)
        guard let best = near.first else {
            console.err("carelint vocab lookup: \"\(term)\" is not in the vocabulary\n")
            return ExitCode.findings
        }
        console.out("\"\(term)\" is not in the vocabulary; the nearest entry is:\n\n" + entry(best, vocabulary))
        if near.count > 1 {
            console.out("\nOther near entries: " + near.dropFirst().map { vocabulary.concepts[$0].term }.joined(separator: ", ") + "\n")
        }
        return ExitCode.success
    }

    static func entry(_ index: Int, _ vocabulary: Vocabulary) -> String {
        let concept = vocabulary.concepts[index]
        var rows: [(String, String)] = [("id", concept.id), ("category", concept.category.rawValue)]
        if !concept.variants.isEmpty { rows.append(("also called", concept.variants.joined(separator: ", "))) }
        if let acronym = concept.acronym {
            rows.append(("acronym", acronym + (concept.wellKnown ? " (well known: no need to spell it out)" : " (spell it out at first use)")))
        }
        if !concept.plain.isEmpty { rows.append(("plain words", concept.plain.joined(separator: ", "))) }
        if !concept.avoid.isEmpty { rows.append(("avoid", concept.avoid.joined(separator: ", "))) }
        rows.append(("definition", concept.definition ?? "(none)"))
        if concept.defineOnFirstUse { rows.append(("explain", "at its first use in a page")) }
        if !concept.spelling.isEmpty { rows.append(("spelling", concept.spelling.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", "))) }
        func names(_ ids: [String]) -> String { ids.map { id in vocabulary.concept(id: id).map { "\($0.term) (\(id))" } ?? id }.joined(separator: ", ") }
        if !concept.broader.isEmpty { rows.append(("is a kind of", names(concept.broader))) }
        if !concept.notBroader.isEmpty { rows.append(("is not a", names(concept.notBroader))) }
        let narrower = vocabulary.concepts.filter { $0.broader.contains(concept.id) }.map(\.term)
        if !narrower.isEmpty { rows.append(("kinds", narrower.joined(separator: ", "))) }
        if !concept.sources.isEmpty { rows.append(("sources", concept.sources.joined(separator: ", "))) }
        rows.append(("pack", vocabulary.conceptOrigins[index]))
        let width = rows.map(\.0.count).max() ?? 0
        var text = concept.term + (concept.acronym.map { " (\($0))" } ?? "") + "\n"
        for (label, value) in rows { text += "  " + label + ":" + String(repeating: " ", count: width - label.count + 1) + value + "\n" }
        return text
    }

    static func list(_ vocabulary: Vocabulary, category: String?, _ console: Console) -> Int32 {
        let selected = vocabulary.concepts.filter { category == nil || $0.category.rawValue == category }.sorted { $0.term.lowercased() < $1.term.lowercased() }
        let width = selected.map { $0.term.count + ($0.acronym.map { $0.count + 3 } ?? 0) }.max() ?? 0
        var text = ""
        for concept in selected {
            let name = concept.term + (concept.acronym.map { " (\($0))" } ?? "")
            text += name + String(repeating: " ", count: width - name.count + 2) + concept.category.rawValue.padding(10) + " " + (concept.plain.first.map { "plain: \($0)" } ?? "") + "\n"
        }
        text += "\(selected.count) concepts\(category.map { " in \($0)" } ?? "").\n"
        console.out(text)
        return ExitCode.success
    }

    static func check(_ paths: [String], _ console: Console) -> Int32 {
        var sources: [PackSource] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                console.err("\(path): error: cannot read the file; check that it exists and that you may read it\n")
                return ExitCode.failure
            }
            sources.append(PackSource(file: path, bytes: Array(data)))
        }
        let vocabulary: Vocabulary
        do {
            vocabulary = try VocabularyLoader.load(sources)
        } catch {
            console.err(error.errors.map { "\($0)\n" }.joined())
            console.err("\(error.errors.count) error\(error.errors.count == 1 ? "" : "s") in the pack\(paths.count == 1 ? "" : "s").\n")
            return ExitCode.failure
        }
        for path in paths { console.out("ok: \(path)\n") }
        console.out("\(vocabulary.concepts.count) concepts, \(vocabulary.spellingPairs.count) spelling pairs, \(vocabulary.rules.count) rules.\n")
        let collisions = builtInCollisions(sources)
        guard !collisions.isEmpty else { return ExitCode.success }
        console.err(collisions.map { "\($0)\n" }.joined())
        console.err("\(collisions.count) term\(collisions.count == 1 ? "" : "s") or id\(collisions.count == 1 ? "" : "s") collide with the built-in packs: "
            + "a configuration that lists \"built-in\" (or the pack named) with this one will not load. Rename them, or leave that built-in pack out of `vocabularies`.\n")
        return ExitCode.findings
    }

    /// The errors a pack would raise if loaded after the built-in packs (a term or id a built-in pack already owns),
    /// keeping only those located in the user's files.
    static func builtInCollisions(_ sources: [PackSource]) -> [InputError] {
        // A built-in pack checked from its file (`carelint vocab check Vocab/*.json`) is not compared with itself.
        let checked = Set(sources.map(\.bytes))
        let builtIn = VocabularyLoader.builtInNames.compactMap { VocabularyLoader.builtInSources[$0] }.filter { !checked.contains($0.bytes) }
        let files = Set(sources.map(\.file))
        do {
            _ = try VocabularyLoader.load(builtIn + sources)
            return []
        } catch {
            return error.errors.filter { files.contains($0.file) }
        }
    }
}
