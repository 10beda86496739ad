/// The JSON of a result's published diagnostics, one after another, kept with the result so that the next answer
/// writes only the diagnostics that changed: after a keystroke nearly every diagnostic is the same as in the last
/// answer (same place, same message), and writing each again cost more than the provisional lint itself
/// (docs/incremental-diagnostics.md).
struct EncodedDiagnostics: Sendable {
    /// Every diagnostic's JSON object, in order, without separators.
    private var json = JSONBytes(capacity: 0)
    /// Where each diagnostic's object ends in `bytes`.
    private(set) var ends: [Int] = []
    /// How many objects were copied from the previous answer's bytes instead of written.
    private(set) var reused = 0

    /// Nothing encoded.
    init() {}

    /// The JSON of `diagnostics`, copying the bytes of each one equal to a diagnostic of `previous` (its published
    /// diagnostics and their bytes). Both lists are in document order, so one walk through them finds the equal ones.
    /// `same`, when given, names for each diagnostic the equal one of `previous` already known (`PublishedReuse`),
    /// whose bytes are copied without comparing.
    init(_ diagnostics: [LSPDiagnostic], reusing previous: (diagnostics: [LSPDiagnostic], encoded: EncodedDiagnostics)? = nil, same: [Int?]? = nil) {
        json = JSONBytes(capacity: previous.map { $0.encoded.bytes.count + 512 } ?? diagnostics.count * 400)
        ends.reserveCapacity(diagnostics.count)
        let old = previous?.diagnostics ?? []
        var next = 0
        for (index, diagnostic) in diagnostics.enumerated() {
            if let encoded = previous?.encoded, let known = same?[index], known < encoded.count {
                json.raw(encoded.object(known))
                reused += 1
                next = known + 1
                ends.append(json.bytes.count)
                continue
            }
            // The previous answer's diagnostics that start where this one does; an equal one lends its bytes.
            while next < old.count, old[next].range.start < diagnostic.range.start { next += 1 }
            var candidate = next
            var match: Int?
            while candidate < old.count, old[candidate].range.start == diagnostic.range.start {
                if old[candidate] == diagnostic {
                    match = candidate
                    break
                }
                candidate += 1
            }
            if let match, let encoded = previous?.encoded {
                json.raw(encoded.object(match))
                reused += 1
                next = match + 1
            } else {
                json.diagnostic(diagnostic)
            }
            ends.append(json.bytes.count)
        }
    }

    /// Every diagnostic's JSON object, in order, without separators.
    var bytes: [UInt8] { json.bytes }

    /// How many diagnostics.
    var count: Int { ends.count }

    /// The JSON object of diagnostic `index`.
    func object(_ index: Int) -> ArraySlice<UInt8> {
        json.bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }
}
