// The tool compiles the library's vocabulary code (Library/, links into Sources/CareLint) to build the tables it
// embeds; these stand in for what the plugin generates for the library, which the tool has not got.

enum EmbeddedResources {
    static let files: [(name: String, text: String)] = []
}

extension CompiledWordTable {
    static func embedded(_ name: String) -> CompiledWordTable? { nil }
}

extension CompiledVocabulary {
    static let embedded: CompiledVocabulary? = nil
}

extension CompiledNames {
    static let embedded: CompiledNames? = nil
}
