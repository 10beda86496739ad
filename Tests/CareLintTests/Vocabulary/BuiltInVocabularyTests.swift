import Foundation
import Testing
@testable import CareLint

@Suite("Built-in vocabulary")
struct BuiltInVocabularyTests {
    static let vocabFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Vocab")

    @Test("The embedded copy is exactly Vocab/ (Vocab/ is the one source of truth)")
    func embeddedMatchesFolder() throws {
        // Packs of sub-folders too (Vocab/medicine/conditions.json), by their path under Vocab/.
        let names = try FileManager.default.subpathsOfDirectory(atPath: Self.vocabFolder.path).filter { $0.hasSuffix(".json") }.sorted()
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
        // `builtIn` skips the cross-pack checks this load made; it must compile the same vocabulary.
        let builtIn = VocabularyLoader.builtIn
        #expect(builtIn.packNames == vocabulary.packNames)
        #expect(builtIn.concepts.map(\.id) == vocabulary.concepts.map(\.id))
        #expect(builtIn.rules.map(\.id) == vocabulary.rules.map(\.id))
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

    // MARK: The packs' content

    static let vocabulary = VocabularyLoader.builtIn
    static let linter = Linter()

    static func concept(_ id: String) throws -> Concept {
        try #require(vocabulary.concept(id: id), "no concept \"\(id)\" in the built-in vocabulary")
    }

    static let medicinePacks = ["anatomy", "care", "conditions", "general", "genetics", "symptoms", "tests-procedures", "treatments"].map { "medicine/" + $0 }

    @Test("The packs hold at least 150 concepts from the sources and 300 locale spelling pairs")
    func sizes() {
        #expect(Self.vocabulary.concepts.filter { !$0.sources.isEmpty }.count >= 150)
        #expect(Self.vocabulary.spellingPairs.count >= 300)
        #expect(Self.vocabulary.packNames.sorted() == ["cancer-care", "claims", "liver-metastases"] + Self.medicinePacks + ["plain-language", "spelling", "structure", "style"])
        #expect(Self.vocabulary.conceptOrigins.filter { $0.hasPrefix("medicine/") }.count >= 3_000)
    }

    @Test("Every concept of the condition pack cites a source; every acronym has a spelled-out term")
    func citationsAndAcronyms() {
        for (concept, origin) in zip(Self.vocabulary.concepts, Self.vocabulary.conceptOrigins) {
            if origin == "liver-metastases" { #expect(!concept.sources.isEmpty, "\(concept.id) cites no source document") }
            if let acronym = concept.acronym {
                #expect(concept.term.count > acronym.count && concept.term.uppercased() != acronym, "\(concept.id): the term should spell out \(acronym)")
            }
            // The generated medicine packs get definitions as they are written (scripts/vocab/medicine/definitions.tsv).
            if !origin.hasPrefix("medicine/") { #expect(concept.definition != nil, "\(concept.id) has no definition") }
        }
    }

    @Test("Every definition passes CareLint itself: no warning or error at reading grade 8")
    func definitionsAreClean() {
        for concept in Self.vocabulary.concepts {
            guard let definition = concept.definition else { continue }
            let sentence = definition.prefix(1).uppercased() + definition.dropFirst() + "."
            // A definition is a phrase, not a page: the document-level structure rules (review date, sections) do not apply.
            let findings = Self.linter.lint(SourceDocument(path: "definition.md", text: sentence))
                .filter { $0.severity != .info && !$0.rule.hasPrefix("structure/") }
            #expect(findings.isEmpty, "\(concept.id): \(findings.map { "\($0.rule): \($0.message)" })")
        }
    }

    @Test("\"hepatic\" is jargon for \"liver\"; the fix keeps the writer's capitals")
    func hepaticIsJargon() {
        let (diagnostics, _, markers) = lint("Blood reaches the liver through the 1️⃣hepatic vein.", only: "vocab/jargon", linter: Self.linter)
        #expect(diagnostics.map(\.range.lowerBound) == markers)
        #expect(diagnostics.first?.message == "Write \"liver\" instead of the medical word \"hepatic\", or explain it where it first appears.")
        #expect(diagnostics.first?.fixes.first?.edits.map(\.newText) == ["liver"])
        let capital = lint("1️⃣Renal problems can follow.", only: "vocab/jargon", linter: Self.linter)
        #expect(capital.diagnostics.first?.fixes.first?.edits.map(\.newText) == ["Kidney"])
    }

    @Test("Tyrosine kinase inhibitors are small-molecule targeted drugs, not monoclonal antibodies")
    func tkiRelation() throws {
        let tki = try Self.concept("tyrosine-kinase-inhibitor")
        #expect(tki.acronym == "TKI")
        #expect(tki.broader == ["small-molecule-targeted-drug"])
        #expect(tki.notBroader.contains("monoclonal-antibody"))
        #expect(try Self.concept("monoclonal-antibody").broader == ["targeted-therapy"])
        let text = "Tyrosine kinase inhibitors (TKIs), a kind of 1️⃣monoclonal antibody, come as pills."
        let (diagnostics, _, markers) = lint(text, only: "vocab/relation", linter: Self.linter)
        #expect(diagnostics.map(\.range.lowerBound) == markers)
        #expect(diagnostics.first?.message.contains("small-molecule targeted drug") == true)
        #expect(diagnostics.first?.message == "\"Tyrosine kinase inhibitors\" are not a kind of monoclonal antibody; the vocabulary lists them as a kind of small-molecule targeted drug.")
        let single = lint("A tyrosine kinase inhibitor is a 1️⃣monoclonal antibody.", only: "vocab/relation", linter: Self.linter).diagnostics
        #expect(single.map(\.message) == ["\"tyrosine kinase inhibitor\" is not a kind of monoclonal antibody; the vocabulary lists it as a kind of small-molecule targeted drug."])
        #expect(lint("Tyrosine kinase inhibitors, a kind of targeted therapy, come as pills.", only: "vocab/relation", linter: Self.linter).diagnostics.isEmpty)
    }

    @Test("Locale spellings swap both ways, once per word, with inflections", arguments: [
        ("en-US", "The 1️⃣tumour shrank after chemotherapy and 2️⃣haemorrhage stopped.", "The tumor shrank after chemotherapy and hemorrhage stopped."),
        ("en-GB", "The 1️⃣tumor shrank and the 2️⃣edema went down.", "The tumour shrank and the oedema went down."),
        ("en-US", "Two 1️⃣liver tumours had 2️⃣metastasised; the 3️⃣colour changed.", "Two liver tumors had metastasized; the color changed."),
        ("en-GB", "Doctors 1️⃣organized the 2️⃣pediatric clinic.", "Doctors organised the paediatric clinic."),
    ])
    func localeSpelling(_ locale: String, _ marked: String, _ fixed: String) {
        let (diagnostics, plain, markers) = lint(marked, only: "spelling/locale", locale: locale, linter: Self.linter)
        #expect(diagnostics.map(\.range.lowerBound) == markers, "\(diagnostics.map(\.message))")
        let result = FixApplier.applyFirstFixes(of: diagnostics, to: Array(plain.utf8))
        #expect(String(decoding: result.bytes, as: UTF8.self) == fixed)
    }

    @Test("Acronyms: TACE is spelled out from the vocabulary; CT, MRI, PET and X-ray are known")
    func acronyms() throws {
        let (diagnostics, text, markers) = lint("Before 1️⃣TACE you may have a CT scan, an MRI, a PET scan and an X-ray.", only: "vocab/acronym", linter: Self.linter)
        #expect(diagnostics.map(\.range.lowerBound) == markers)
        let fixed = FixApplier.applyFirstFixes(of: diagnostics, to: Array(text.utf8))
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "Before transarterial chemoembolization (TACE) you may have a CT scan, an MRI, a PET scan and an X-ray.")
        #expect(try Self.concept("x-ray").wellKnown && Self.concept("x-ray").acronym == nil)
    }

    @Test("Claims: unhedged promises are flagged, hedged sentences and questions pass", arguments: [
        ("This treatment 1️⃣always works.", "claims/absolute"),
        ("Surgery 1️⃣cures liver metastases.", "claims/cure"),
        ("Surgery can cure liver metastases in some cases.", "claims/cure"),
        ("Can surgery cure liver metastases?", "claims/cure"),
        ("Most people are not cured, but treatment can help them live longer.", "claims/cure"),
        ("Liver metastases 1️⃣are preventable.", "claims/prevention"),
        ("With the right medicine, this problem can be prevented.", "claims/prevention"),
        ("Regular checkups may help prevent the spread.", "claims/prevention"),
    ])
    func claims(_ marked: String, _ rule: String) {
        let (diagnostics, _, markers) = lint(marked, only: rule, linter: Self.linter)
        #expect(diagnostics.map(\.range.lowerBound) == markers, "\(rule) on \"\(marked)\": \(diagnostics.map(\.message))")
    }

    @Test("Lists read by computed rules: reader terms, section heading synonyms, document templates")
    func lists() {
        let lists = Self.vocabulary.lists
        #expect(lists["reader-terms"]?.contains("patients") == true)
        #expect(lists["reader-terms"]?.contains("the patient") == true)
        #expect(lists["section-symptoms"]?.contains("signs and symptoms") == true)
        #expect(lists["section-when-to-call"]?.contains("when to call your provider") == true)
        #expect(lists["template-condition"] == ["what-is", "symptoms", "diagnosis", "treatment", "when-to-call"])
        for (name, sections) in lists where name.hasPrefix("template-") {
            for section in sections { #expect(lists["section-" + section] != nil, "\(name) names \(section), which has no section-\(section) list") }
        }
    }

    // MARK: The source documents

    static let sourcesFolder = vocabFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/sources")
    static let haveSources = FileManager.default.fileExists(atPath: sourcesFolder.appendingPathComponent("002_51332f5f88bf5f38.txt").path)

    /// (rule, line, column) of the findings of `rules` in a source document, checked as en-US.
    static func findings(in file: String, rules: Set<String>) throws -> [String] {
        let text = try String(contentsOf: sourcesFolder.appendingPathComponent(file), encoding: .utf8)
        let source = SourceDocument(path: file, text: text)
        var configuration = ResolvedConfiguration(locale: "en-US")
        for rule in rules { configuration.severities[rule] = .warning }
        return linter.lint(source, configuration: configuration).filter { rules.contains($0.rule) }.map { diagnostic in
            let position = source.position(at: diagnostic.range.lowerBound)
            return "\(diagnostic.rule) \(position.line):\(position.column)"
        }
    }

    @Test("The known faults of the source documents are found, by rule and position", .enabled(if: haveSources))
    func sourceDocumentFaults() throws {
        let inUK = try Self.findings(in: "002_51332f5f88bf5f38.txt", rules: ["spelling/locale", "vocab/misspelling", "vocab/relation", "vocab/preferred-term"])
        // en-GB spellings among en-US text: metastasised (twice), generalised, tumour(s), metabolise, oedema.
        for position in ["16:146", "40:5", "50:83", "52:138", "57:180", "77:95", "78:80", "87:33"] {
            #expect(inUK.contains("spelling/locale \(position)"), "no spelling/locale finding at 002:\(position)")
        }
        #expect(inUK.contains("vocab/misspelling 94:240"))      // the misspelled "metastasis"
        #expect(inUK.contains("vocab/relation 53:189"))         // TKIs called monoclonal antibodies
        #expect(inUK.contains("vocab/preferred-term 55:6"))     // the hyphenated radio-embolisation
        let inUS = try Self.findings(in: "001_6ac28e58fd01f988.txt", rules: ["vocab/acronym"])
        // "TACE:" opens a line and its expansion follows the colon ("TACE: Transarterial chemoembolization …"), which
        // explains it; CT, MRI and PET are known.
        #expect(inUS == [])
    }
}

