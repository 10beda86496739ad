/// The bytes of one pack and where they came from.
public struct PackSource: Sendable {
    /// A path, or `<built-in>/NAME.json` for embedded packs.
    public var file: String
    /// The pack's JSON.
    public var bytes: [UInt8]

    /// Creates a source.
    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }
}

/// Everything wrong with a set of packs; nothing is linted with a half-loaded vocabulary.
public struct VocabularyError: Error, Sendable, CustomStringConvertible {
    /// Each problem, with file, line and column.
    public var errors: [InputError]

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Loads and validates vocabulary packs.
public enum VocabularyLoader {
    /// The built-in packs embedded at build time, by name ("liver-metastases", …), in name order.
    public static let builtInSources: [String: PackSource] = packSources(EmbeddedResources.files)

    /// The packs among embedded files (`Vocab/**/*.json`, keyed by path under the package), by pack name.
    /// `embed-resources` compiles the built-in tables from the same packs in the same order (`builtInNames`).
    static func packSources(_ files: [(name: String, text: String)]) -> [String: PackSource] {
        var sources: [String: PackSource] = [:]
        for file in files where file.name.hasPrefix("Vocab/") && file.name.hasSuffix(".json") {
            let name = String(file.name.dropFirst("Vocab/".count).dropLast(".json".count))
            sources[name] = PackSource(file: "<built-in>/\(name).json", bytes: Array(file.text.utf8))
        }
        return sources
    }

    /// Names of the built-in packs.
    public static var builtInNames: [String] { builtInSources.keys.sorted() }

    /// Parses one pack: JSON syntax, types and keys.
    public static func parse(_ source: PackSource) -> Result<(VocabularyPack, JSONNode), VocabularyError> {
        do {
            let root = try JSONParser.parse(source.bytes, maximumDepth: 64)
            do {
                let pack = try StrictJSONDecoder.decode(VocabularyPack.self, from: root)
                return .success((pack, root))
            } catch let problem as JSONDecodingProblem {
                return .failure(VocabularyError(errors: [error(source, problem.range.lowerBound, problem.message)]))
            } catch {
                return .failure(VocabularyError(errors: [InputError(file: source.file, message: "\(error)")]))
            }
        } catch {
            return .failure(VocabularyError(errors: [self.error(source, error.offset, error.message)]))
        }
    }

    /// Reads one pack straight from its bytes (`PackReader`), without a tree; falls back to `parse` (the tree and
    /// the strict decoder, for its errors) when the reader gives up. The tree is nil when the reader read it.
    static func read(_ source: PackSource) -> Result<(VocabularyPack, JSONNode?), VocabularyError> {
        if let pack = PackReader.read(source.bytes) { return .success((pack, nil)) }
        return parse(source).map { ($0.0, Optional($0.1)) }
    }

    /// Loads, validates and compiles packs into one vocabulary.
    public static func load(_ sources: [PackSource]) throws(VocabularyError) -> Vocabulary {
        try load(sources, crossChecked: true)
    }

    /// Loads and compiles packs; `crossChecked: false` skips the cross-pack validation (ids, term owners,
    /// patterns), for the built-in packs only, which a test loads with it (BuiltInVocabularyTests). Syntax and
    /// types are always checked.
    ///
    /// When the sources start with every built-in pack in `builtInNames` order (a configuration that lists
    /// "built-in" first, or `vocab check`'s comparison with the built-in packs), the built-in packs are not read:
    /// their data and tables are the compiled ones (`CompiledPacks`, `CompiledVocabulary`), and only the other
    /// packs are read and their forms built at run time (`VocabularyBuilder.extend`).
    static func load(_ sources: [PackSource], crossChecked: Bool) throws(VocabularyError) -> Vocabulary {
        if let base = compiledBase(of: sources) {
            var builder = try builder(Array(sources.dropFirst(base.data.count)), crossChecked: crossChecked, after: base)
            if let tables = builder.tables(from: base.compiled, ofFirst: base.data.count) {
                let extended = builder.extend(tables, after: builder.extent(ofFirst: base.data.count))
                return builder.vocabulary(with: extended)
            }
            return builder.build()
        }
        var builder = try builder(sources, crossChecked: crossChecked)
        return builder.build()
    }

    /// The built-in packs compiled at build time, their sources and data.
    struct CompiledBase {
        var sources: [PackSource]
        var compiled: CompiledVocabulary
        var packs: CompiledPacks
        var data: [CompiledPacks.Pack]
    }

    /// The compiled built-in packs when `sources` start with every built-in pack in `builtInNames` order; nil
    /// otherwise, or when there is no compiled form (the build tool itself).
    static func compiledBase(of sources: [PackSource]) -> CompiledBase? {
        guard let compiled = CompiledVocabulary.embedded, let packs = compiled.packs else { return nil }
        let builtIns = builtInNames.compactMap { builtInSources[$0] }
        guard sources.count >= builtIns.count,
              zip(sources, builtIns).allSatisfy({ $0.file == $1.file && $0.bytes == $1.bytes }),
              let data = packs.packs(), data.count == builtIns.count else { return nil }
        return CompiledBase(sources: builtIns, compiled: compiled, packs: packs, data: data)
    }

    /// The packs read, validated and added to a builder, whose tables are still to build; after the compiled
    /// `base` when there is one (validated with it: a user pack's term may not name a built-in concept).
    static func builder(_ sources: [PackSource], crossChecked: Bool, after base: CompiledBase? = nil) throws(VocabularyError) -> VocabularyBuilder {
        var parsed: [(PackSource, VocabularyPack, JSONNode?)] = []
        var errors: [InputError] = []
        for source in sources {
            switch read(source) {
            case .success(let (pack, root)): parsed.append((source, pack, root))
            case .failure(let failure): errors += failure.errors
            }
        }
        var baseCount = 0 // the base's packs at the start of `parsed`, there for validation only
        if crossChecked {
            if let base, let packs = base.packs.vocabularyPacks() {
                parsed = zip(base.sources, packs).map { ($0, $1, nil) } + parsed
                baseCount = packs.count
            }
            var problems = validate(parsed)
            if !problems.isEmpty, parsed.contains(where: { $0.2 == nil }) {
                // Something to report: read the trees the places in the messages come from, and validate again.
                for index in parsed.indices where parsed[index].2 == nil {
                    parsed[index].2 = try? JSONParser.parse(parsed[index].0.bytes, maximumDepth: 64)
                }
                problems = validate(parsed)
            }
            errors += problems
        }
        guard errors.isEmpty else { throw VocabularyError(errors: errors) }
        var builder = VocabularyBuilder()
        if let base { builder.add(compiled: base.packs, data: base.data) }
        for (_, pack, _) in parsed.dropFirst(baseCount) { builder.add(pack) }
        return builder
    }

    /// The built-in vocabulary (every built-in pack), loaded once: the packs' data and tables read in place from
    /// the form compiled at build time (`CompiledPacks`, `CompiledVocabulary`), no JSON read; or read from the
    /// packs' JSON and built when there is none (the build tool itself).
    public static let builtIn: Vocabulary = {
        if let compiled = CompiledVocabulary.embedded, let packs = compiled.packs, let data = packs.packs() {
            var builder = VocabularyBuilder()
            builder.add(compiled: packs, data: data)
            if let tables = builder.tables(from: compiled) { return builder.vocabulary(with: tables) }
        }
        do {
            var builder = try builder(builtInNames.compactMap { builtInSources[$0] }, crossChecked: false)
            if let compiled = CompiledVocabulary.embedded, let tables = builder.tables(from: compiled) {
                return builder.vocabulary(with: tables)
            }
            return builder.build()
        } catch {
            fatalError("the built-in vocabulary is invalid (a test guards against this): \(error)")
        }
    }()

    static func error(_ source: PackSource, _ offset: Int, _ message: String) -> InputError {
        InputError(file: source.file, bytes: source.bytes, offset: offset, message: message)
    }

    /// Cross-pack checks: unique ids, one concept per term, known relation ids, usable patterns.
    /// `root` is each pack's tree, for the places in messages; without it a place is the start of the pack (`load`
    /// validates again with the trees when there is an error to report).
    static func validate(_ packs: [(PackSource, VocabularyPack, JSONNode?)]) -> [InputError] {
        var errors: [InputError] = []
        // Where each id and term was first defined, as (pack, byte offset): turned into "file:line:col" only
        // when an error needs it, with one line index per pack, so validation stays linear in the packs' size.
        var conceptIDs: [String: Place] = [:]
        var termOwners: [String: (id: String, place: Place)] = [:]
        var ruleIDs: [String: Place] = [:]
        var allIDs: Set<String> = []
        for (_, pack, _) in packs { for concept in pack.concepts { allIDs.insert(concept.id) } }
        let scratch = VocabularyBuilder()
        let locators = packs.map { PackLocator(source: $0.0) }
        func describe(_ place: Place) -> String {
            let position = locators[place.pack].position(at: place.offset)
            return "\(locators[place.pack].source.file):\(position.line):\(position.column)"
        }

        for (packIndex, (source, pack, root)) in packs.enumerated() {
            func place(_ node: JSONNode?) -> Place { Place(pack: packIndex, offset: node?.range.lowerBound ?? 0) }
            func report(_ node: JSONNode?, _ message: String) {
                let position = locators[packIndex].position(at: node?.range.lowerBound ?? 0)
                errors.append(InputError(file: source.file, line: position.line, column: position.column, message: message))
            }
            let conceptNodes = root?["concepts"]?.items ?? []
            for (index, concept) in pack.concepts.enumerated() {
                let node = index < conceptNodes.count ? conceptNodes[index] : nil
                if let previous = conceptIDs[concept.id] {
                    report(node?["id"], "duplicate concept id \"\(concept.id)\"; it is already defined at \(describe(previous))")
                } else {
                    conceptIDs[concept.id] = place(node?["id"])
                }
                var forms: [(String, JSONNode?)] = [(concept.term, node?["term"])]
                forms += concept.variants.enumerated().map { ($1, node?["variants"]?.items[$0]) }
                forms += concept.avoid.enumerated().map { ($1, node?["avoid"]?.items[$0]) }
                forms += concept.spelling.sorted { $0.key < $1.key }.map { ($1, node?["spelling"]?[$0]) }
                if let acronym = concept.acronym { forms.append((acronym, node?["acronym"])) }
                var seenInConcept: [String] = [] // a concept has a few forms: a list is quicker than a set
                for (form, formNode) in forms {
                    guard let problem = scratch.problem(with: form) else {
                        // Matching is by words, so "Bile  Duct" and "bile duct" are one term.
                        let key = form.termKey
                        if seenInConcept.contains(key) { continue }
                        seenInConcept.append(key)
                        if let owner = termOwners[key], owner.id != concept.id {
                            report(formNode, "the term \"\(form)\" already belongs to concept \"\(owner.id)\" (\(describe(owner.place))); a term may name only one concept")
                        } else {
                            termOwners[key] = (concept.id, place(formNode))
                        }
                        continue
                    }
                    report(formNode, problem)
                }
                for (field, ids) in [("broader", concept.broader), ("notBroader", concept.notBroader)] {
                    for (position, id) in ids.enumerated() where !allIDs.contains(id) {
                        var message = "\(field) names unknown concept \"\(id)\""
                        if let nearest = NearestName.find(id, among: allIDs) { message += "; did you mean \"\(nearest)\"?" }
                        report(node?[field]?.items[position], message)
                    }
                }
                if let definition = concept.definition, definition.allSatisfy({ $0 == " " }) {
                    report(node?["definition"], "empty definition; write a plain one-line definition or remove the key")
                }
            }
            let pairNodes = root?["spellings"]?.items ?? []
            for (index, pair) in pack.spellings.enumerated() {
                for (text, key) in [(pair.us, "en-US"), (pair.gb, "en-GB")] {
                    if let problem = scratch.problem(with: text) { report(index < pairNodes.count ? pairNodes[index][key] : nil, problem) }
                }
            }
            for (name, items) in pack.lists.sorted(by: { $0.key < $1.key }) {
                for (position, item) in items.enumerated() {
                    if let problem = scratch.problem(with: item) { report(root?["lists"]?[name]?.items[position], problem) }
                }
            }
            let ruleNodes = root?["rules"]?.items ?? []
            for (index, rule) in pack.rules.enumerated() {
                let node = index < ruleNodes.count ? ruleNodes[index] : nil
                if let previous = ruleIDs[rule.id] {
                    report(node?["id"], "duplicate rule id \"\(rule.id)\"; it is already defined at \(describe(previous))")
                } else {
                    ruleIDs[rule.id] = place(node?["id"])
                }
                let entryNodes = node?["entries"]?.items ?? []
                for (position, entry) in rule.entries.enumerated() {
                    let entryNode = position < entryNodes.count ? entryNodes[position] : nil
                    if let problem = scratch.problem(with: entry.pattern) { report(entryNode?["pattern"], problem) }
                    if rule.kind == .substitution, entry.replacement == nil {
                        report(entryNode, "a substitution entry needs a \"replacement\"")
                    }
                }
                for (position, pattern) in rule.unlessSentenceHas.enumerated() {
                    if let problem = scratch.problem(with: pattern) { report(node?["unlessSentenceHas"]?.items[position], problem) }
                }
            }
        }
        return errors
    }
}

/// A place in a pack: which pack, and the byte offset.
struct Place {
    var pack: Int
    var offset: Int
}

/// Turns byte offsets of one pack into lines and columns; the line index is built on first use, once.
final class PackLocator {
    let source: PackSource
    private var document: SourceDocument?

    init(source: PackSource) { self.source = source }

    func position(at offset: Int) -> SourcePosition {
        if document == nil {
            document = SourceDocument(path: source.file, bytes: source.bytes, format: .plainText)
                ?? SourceDocument(path: source.file, text: String(decoding: source.bytes, as: UTF8.self), format: .plainText)
        }
        return document!.position(at: offset)
    }
}

extension String {
    /// The text with ’ and ‘ (both written as apostrophes) replaced by '. The one normaliser for words that are
    /// stored (vocabulary terms, `accept`) and words that are looked up, so both sides agree.
    var replacingApostrophes: String {
        guard utf8.contains(0xE2) else { return self } // no ’ (E2 80 99) or ‘ (E2 80 98) in it
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }))
    }

    /// The form as a term-owner key: lowercased, apostrophes unified, runs of white space as one space ("Bile  Duct"
    /// and "bile duct" are one term). Splits only forms that have such runs, which few do.
    var termKey: String {
        // Most forms are already keys: lower-case ASCII, single spaces inside (nothing to allocate for them).
        var previousByte: UInt8 = 0x20
        var isKey = true
        for byte in utf8 {
            if byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) || (byte < 0x21 && (byte != 0x20 || previousByte == 0x20)) {
                isKey = false
                break
            }
            previousByte = byte
        }
        if isKey, previousByte != 0x20 { return self }
        let lowered = lowercased().replacingApostrophes
        var previousSpace = true
        for byte in lowered.utf8 {
            let space = byte == 0x20
            if (space && previousSpace) || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C || byte >= 0x80 {
                return lowered.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            previousSpace = space
        }
        return previousSpace ? lowered.split(whereSeparator: \.isWhitespace).joined(separator: " ") : lowered
    }
}
