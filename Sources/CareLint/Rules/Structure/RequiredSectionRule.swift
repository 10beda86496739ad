import Foundation

/// `structure/required-section`: a section that the document type's template requires is missing.
struct RequiredSectionRule: Rule {
    let description = RuleDescription(
        id: "structure/required-section",
        defaultSeverity: .warning,
        summary: "A section required by the document type's template is missing.",
        rationale: """
            Readers look for the same things on every page about a condition, a treatment or a test: what it is, \
            what to expect, and above all when to call for help. The source articles that share one skeleton are \
            the easiest to use. The front matter `type` (condition, treatment, test …) chooses a template: the \
            vocabulary lists `template-TYPE` (the section names it requires) and `section-NAME` (headings that \
            count as that section, such as "When to call your provider", "When should I seek care?", "When to \
            contact a medical professional"). A heading matches when it contains one of those phrases. \
            Prose before the first subheading counts as the section whose phrases include "introduction" or \
            "overview". `template` in `.carelint.json` replaces the template of a type with section names or heading texts. \
            Documents without a `type`, or of a type without a template, are not checked.
            """,
        triggering: [
            RuleExample("---\ntype: 1️⃣condition\n---\n# Liver metastases\n\n## What is it?\n\nCancer that spread.\n\n## Symptoms\n\nYou may feel tired.\n\n## Tests\n\nA scan shows it.\n\n## Treatment\n\nSurgery can help."),
        ],
        nonTriggering: [
            RuleExample("---\ntype: condition\n---\n# Liver metastases\n\n## What is it?\n\nCancer that spread.\n\n## Symptoms\n\nYou may feel tired.\n\n## Causes\n\nCells travel in the blood.\n\n## Diagnosis\n\nA scan shows it.\n\n## Treatment\n\nSurgery can help.\n\n## When should I seek care?\n\nCall us if you have a fever."),
            RuleExample("# Liver metastases\n\nNo type, no template."),
        ]
    )

    /// The sections of each type asked, built once per vocabulary and template (not per document).
    let sectionCache = SectionCache()

    /// The sections of a type: (display name, heading phrases, normalized).
    static func requiredSections(type: String, vocabulary: Vocabulary, configuration: ResolvedConfiguration) -> [(name: String, phrases: [String])]? {
        let key = type.lowercased()
        return requiredSections(named: configuredNames(key, configuration) ?? vocabulary.lists["template-\(key)"], vocabulary: vocabulary)
    }

    /// The section names `template` of the configuration gives the (lowercased) type `key`, if any.
    static func configuredNames(_ key: String, _ configuration: ResolvedConfiguration) -> [String]? {
        configuration.template?.first(where: { $0.key.lowercased() == key })?.value
    }

    /// The sections named `names` (nil when the type has no template): display name and normalized phrases.
    static func requiredSections(named names: [String]?, vocabulary: Vocabulary) -> [(name: String, phrases: [String])]? {
        guard let names else { return nil }
        return names.map { name in
            let sectionKey = name.lowercased().replacingOccurrences(of: " ", with: "-")
            let synonyms = vocabulary.lists["section-\(sectionKey)"] ?? []
            var phrases = synonyms.map(DocumentRegions.normalize)
            phrases.append(DocumentRegions.normalize(name.replacingOccurrences(of: "-", with: " ")))
            let display = synonyms.first ?? name.replacingOccurrences(of: "-", with: " ")
            return (display, phrases.filter { !$0.isEmpty })
        }
    }

    /// Whether `needle` occurs in `haystack`, byte for byte (Foundation's `contains` costs a string search
    /// object per call, which showed in profiles).
    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        guard let entry = document.layout.frontMatter?.entry("type"), !entry.value.isEmpty,
              let sections = sectionCache.sections(type: entry.value, vocabulary: context.vocabulary, configuration: context.analysis.configuration)
        else { return }
        let headings = document.layout.blocks.indices
            .filter { document.layout.blocks[$0].kind.isHeading }
            .map { Array((" " + DocumentRegions.headingText(ofBlock: $0, in: document) + " ").utf8) }
        // Prose before the first subheading is the page's introduction: it is the section whose headings include
        // "introduction" or "overview" (a page does not need a heading to introduce itself).
        let blocks = document.layout.blocks
        let firstSubheading = blocks.indices.dropFirst().first { index in
            if case .heading(let level) = blocks[index].kind { return level > 1 || index > 0 }
            return false
        } ?? blocks.count
        let hasIntroduction = blocks[0..<firstSubheading].contains { !$0.kind.isHeading }
        for section in sections {
            var found = section.needles.contains { needle in headings.contains { Self.bytes($0, contain: needle) } }
            if !found, hasIntroduction, section.introduces { found = true }
            guard !found else { continue }
            diagnostics.append(context.diagnostic(
                "A \"\(entry.value)\" document needs a section on \"\(Self.open(section.name))\"; add a heading such as \"\(Self.capitalized(Self.open(section.name)))\".",
                at: entry.range
            ))
        }
    }

    /// A heading phrase that ends in a function word ("what is") is the start of a heading: "what is …".
    static func open(_ phrase: String) -> String {
        let last = phrase.split(separator: " ").last.map(String.init) ?? ""
        return ["is", "are", "to", "about", "with", "for", "of", "the", "a", "an", "your"].contains(last) ? phrase + " …" : phrase
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

/// `RequiredSectionRule`'s sections by vocabulary, type and configured template, so that the section names, their
/// synonyms and the normalized heading phrases are built once per run, not for every document. Bounded: emptied
/// when it reaches `capacity` entries.
final class SectionCache: @unchecked Sendable {
    /// A required section: its display name, and its phrases as " phrase " bytes to find in a heading.
    struct Section {
        let name: String
        let needles: [[UInt8]]
        /// Prose before the first subheading counts as this section ("introduction" or "overview").
        let introduces: Bool
    }

    struct Key: Hashable {
        let vocabulary: ObjectIdentifier
        let type: String
        let configured: [String]?
    }

    static let capacity = 256
    private let lock = NSLock()
    /// Each entry keeps its vocabulary alive, so its `ObjectIdentifier` is not reused by another.
    private var entries: [Key: (vocabulary: Vocabulary, sections: [Section]?)] = [:]

    /// `RequiredSectionRule.requiredSections(type:vocabulary:configuration:)`, as needles, computed once.
    func sections(type: String, vocabulary: Vocabulary, configuration: ResolvedConfiguration) -> [Section]? {
        let type = type.lowercased()
        let configured = RequiredSectionRule.configuredNames(type, configuration)
        let key = Key(vocabulary: ObjectIdentifier(vocabulary), type: type, configured: configured)
        lock.lock()
        defer { lock.unlock() }
        if let entry = entries[key] { return entry.sections }
        let sections = RequiredSectionRule.requiredSections(named: configured ?? vocabulary.lists["template-\(type)"], vocabulary: vocabulary)?.map { section in
            Section(name: section.name, needles: section.phrases.map { Array((" " + $0 + " ").utf8) },
                    introduces: section.phrases.contains { $0 == "introduction" || $0 == "overview" })
        }
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = (vocabulary, sections)
        return sections
    }
}
