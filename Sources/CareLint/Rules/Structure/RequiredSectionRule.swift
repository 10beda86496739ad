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
            `template` in `.carelint.json` replaces the template of a type with section names or heading texts. \
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

    /// The sections of a type: (display name, heading phrases, normalized).
    static func requiredSections(type: String, vocabulary: Vocabulary, configuration: ResolvedConfiguration) -> [(name: String, phrases: [String])]? {
        let key = type.lowercased()
        let names: [String]
        if let configured = configuration.template?.first(where: { $0.key.lowercased() == key })?.value {
            names = configured
        } else if let packed = vocabulary.lists["template-\(key)"] {
            names = packed
        } else {
            return nil
        }
        return names.map { name in
            let sectionKey = name.lowercased().replacingOccurrences(of: " ", with: "-")
            let synonyms = vocabulary.lists["section-\(sectionKey)"] ?? []
            var phrases = synonyms.map(DocumentRegions.normalize)
            phrases.append(DocumentRegions.normalize(name.replacingOccurrences(of: "-", with: " ")))
            let display = synonyms.first ?? name.replacingOccurrences(of: "-", with: " ")
            return (display, phrases.filter { !$0.isEmpty })
        }
    }

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        guard let entry = document.layout.frontMatter?.entry("type"), !entry.value.isEmpty,
              let sections = Self.requiredSections(type: entry.value, vocabulary: context.vocabulary, configuration: context.analysis.configuration)
        else { return }
        let headings = document.layout.blocks.indices
            .filter { document.layout.blocks[$0].kind.isHeading }
            .map { " " + DocumentRegions.headingText(ofBlock: $0, in: document) + " " }
        for section in sections {
            let found = section.phrases.contains { phrase in headings.contains { $0.contains(" " + phrase + " ") } }
            guard !found else { continue }
            diagnostics.append(context.diagnostic(
                "A \"\(entry.value)\" document needs a section on \"\(section.name)\"; add a heading such as \"\(Self.capitalized(section.name))\".",
                at: entry.range
            ))
        }
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
