import Foundation

/// The concepts of a vocabulary, in load order: the built-in packs' concepts made from their compiled form
/// (`CompiledPacks`) when first read, then the concepts of the packs read at run time.
///
/// A run reads only the concepts its matches name, so start-up makes none. A concept made once is kept (for the
/// process: the built-in list is static), so rules that read it again do not make it again.
public struct ConceptList: RandomAccessCollection, Sendable, Equatable {
    /// The compiled concepts, made on first read; nil when every concept was read at run time.
    private let compiled: CompiledConcepts?
    /// The concepts after the compiled ones.
    private var added: [Concept]

    /// Concepts read at run time.
    init(_ concepts: [Concept] = []) {
        compiled = nil
        added = concepts
    }

    /// The concepts of compiled packs.
    init(compiled packs: CompiledPacks) {
        compiled = CompiledConcepts(packs)
        added = []
    }

    /// How many concepts come from the compiled packs.
    var compiledCount: Int { compiled?.packs.conceptCount ?? 0 }

    public var startIndex: Int { 0 }
    public var endIndex: Int { compiledCount + added.count }

    public subscript(position: Int) -> Concept {
        let compiledCount = compiledCount
        if position < compiledCount, let compiled { return compiled.concept(position) }
        return added[position - compiledCount]
    }

    /// The id of concept `position`, without making the rest of a compiled concept.
    func id(at position: Int) -> String {
        let compiledCount = compiledCount
        if position < compiledCount, let compiled { return compiled.packs.conceptID(position) }
        return added[position - compiledCount].id
    }

    /// Adds concepts after the others.
    mutating func append(contentsOf concepts: [Concept]) { added += concepts }

    public static func == (a: ConceptList, b: ConceptList) -> Bool { a.elementsEqual(b) }
}

/// Compiled concepts, each made once, on first read, from whichever thread reads it first.
private final class CompiledConcepts: @unchecked Sendable { // `made` is read and written under `lock`
    let packs: CompiledPacks
    private let lock = NSLock()
    private var made: [Int: Concept] = [:]

    init(_ packs: CompiledPacks) { self.packs = packs }

    func concept(_ index: Int) -> Concept {
        lock.lock()
        defer { lock.unlock() }
        if let concept = made[index] { return concept }
        let concept = packs.concept(index)
        made[index] = concept
        return concept
    }
}
