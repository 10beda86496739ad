/// A path glob: `*` matches within a path segment, `**` across segments, `?` one character, `[abc]` a class.
/// A pattern without a slash matches the file name at any depth (as in `.gitignore`); a trailing `/` matches a
/// folder and everything in it.
public struct Glob: Sendable, Equatable {
    /// The pattern as written.
    public let pattern: String
    private let scalars: [Unicode.Scalar]
    private let anyDepth: Bool

    /// Creates a glob.
    public init(_ pattern: String) {
        var text = pattern
        if text.hasPrefix("./") { text.removeFirst(2) }
        if text.hasSuffix("/") { text += "**" }
        anyDepth = !text.dropLast(text.hasSuffix("/**") ? 3 : 0).contains("/")
        if text.hasPrefix("/") { text.removeFirst() }
        self.pattern = pattern
        self.scalars = Array(text.unicodeScalars)
    }

    /// What is wrong with the pattern, or nil (an unclosed `[`).
    public var problem: String? {
        var open = false
        for scalar in scalars {
            if scalar == "[" { open = true } else if scalar == "]" { open = false }
        }
        return open ? "unclosed '[' in the glob \"\(pattern)\"; close the character class with ']'" : nil
    }

    /// True when the relative path (`/`-separated) matches.
    public func matches(_ path: String) -> Bool {
        let target = Array(path.unicodeScalars)
        if Glob.match(scalars[...], target[...]) { return true }
        if anyDepth {
            // Try every suffix that starts a path segment.
            for (index, scalar) in target.enumerated() where scalar == "/" {
                if Glob.match(scalars[...], target[(index + 1)...]) { return true }
            }
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern.startIndex
        var t = text.startIndex
        var starP = -1
        var starT = -1
        var starCrossesSlash = false
        while t < text.endIndex {
            if p < pattern.endIndex {
                let token = pattern[p]
                if token == "*" {
                    let double = p + 1 < pattern.endIndex && pattern[p + 1] == "*"
                    starCrossesSlash = double
                    p += double ? 2 : 1
                    if double, p < pattern.endIndex, pattern[p] == "/" {
                        // "**/" also matches no folder at all.
                        if match(pattern[(p + 1)...], text[t...]) { return true }
                    }
                    starP = p
                    starT = t
                    continue
                }
                if token == "?", text[t] != "/" { p += 1; t += 1; continue }
                if token == "[", let (matched, next) = matchClass(pattern, p, text[t]) {
                    if matched { p = next; t += 1; continue }
                } else if token == text[t] {
                    p += 1; t += 1; continue
                }
            }
            if starP >= 0, starCrossesSlash || text[starT] != "/" {
                starT += 1
                t = starT
                p = starP
                continue
            }
            return false
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }

    private static func matchClass(_ pattern: ArraySlice<Unicode.Scalar>, _ start: Int, _ scalar: Unicode.Scalar) -> (Bool, Int)? {
        var index = start + 1
        var negate = false
        if index < pattern.endIndex, pattern[index] == "!" || pattern[index] == "^" { negate = true; index += 1 }
        var matched = false
        var first = true
        while index < pattern.endIndex, pattern[index] != "]" || first {
            first = false
            if index + 2 < pattern.endIndex, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                if pattern[index].value <= scalar.value, scalar.value <= pattern[index + 2].value { matched = true }
                index += 3
            } else {
                if pattern[index] == scalar { matched = true }
                index += 1
            }
        }
        guard index < pattern.endIndex else { return nil }
        return (matched != negate, index + 1)
    }
}
