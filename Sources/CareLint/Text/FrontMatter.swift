/// Reads YAML front matter: `---` on the first line, `key: value` lines, and `---` or `...` to close.
///
/// A deliberately small YAML subset: scalar values (plain, single- or double-quoted), flow lists `[a, b]` and
/// block lists (`- item` lines under a key). Anything else is kept as its raw text.
enum FrontMatterParser {
    /// Parses front matter at the start of `bytes`, advancing `lines` past it; nil (and `lines` untouched) when
    /// the document has none.
    static func parse(_ bytes: [UInt8], lines: inout LineCursor) -> FrontMatter? {
        var cursor = lines
        guard let first = cursor.next(), text(bytes, first).trimmingTrailingSpaces == "---" else { return nil }
        var entries: [FrontMatter.Entry] = []
        var closed = false
        var end = first.upperBound
        while let line = cursor.next() {
            end = line.upperBound
            let raw = text(bytes, line)
            let trimmed = raw.trimmingTrailingSpaces
            if trimmed == "---" || trimmed == "..." { closed = true; break }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if raw.hasPrefix(" ") || raw.hasPrefix("\t") || raw.hasPrefix("-") {
                // A block list item or a continuation of the previous entry.
                guard var last = entries.popLast() else { continue }
                var item = trimmed.drop { $0 == " " || $0 == "\t" }
                if item.hasPrefix("- ") { item = item.dropFirst(2) }
                let value = unquote(String(item))
                if last.value.isEmpty { last.range = line }
                last.value = last.value.isEmpty ? value : last.value + ", " + value
                entries.append(last)
                continue
            }
            guard let colon = raw.firstIndex(of: ":") else { continue }
            let key = String(raw[..<colon]).trimmingTrailingSpaces
            let valueText = String(raw[raw.index(after: colon)...])
            let leading = valueText.prefix { $0 == " " || $0 == "\t" }.utf8.count
            let valueStart = line.lowerBound + raw[..<colon].utf8.count + 1 + leading
            var value = valueText.trimmingLeadingAndTrailingSpaces
            if value.hasPrefix("#") { value = "" }
            if value.hasPrefix("["), value.hasSuffix("]") {
                value = value.dropFirst().dropLast().split(separator: ",")
                    .map { unquote(String($0).trimmingLeadingAndTrailingSpaces) }.joined(separator: ", ")
            } else {
                value = unquote(value)
            }
            let valueEnd = max(valueStart, line.lowerBound + raw.trimmingTrailingSpaces.utf8.count)
            let range = value.isEmpty ? line.lowerBound..<(line.lowerBound + key.utf8.count) : valueStart..<valueEnd
            entries.append(FrontMatter.Entry(key: key, value: value, range: range))
        }
        guard closed else { return nil }
        lines = cursor
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        return FrontMatter(range: start..<end, entries: entries)
    }

    private static func text(_ bytes: [UInt8], _ range: ByteRange) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private static func unquote(_ value: String) -> String {
        if value.count >= 2, (value.hasPrefix("\"") && value.hasSuffix("\"")) || (value.hasPrefix("'") && value.hasSuffix("'")) {
            return String(value.dropFirst().dropLast())
        }
        // A comment after a plain value: " #" starts it.
        let scalars = Array(value.unicodeScalars)
        for index in scalars.indices.dropLast() where scalars[index] == " " && scalars[index + 1] == "#" {
            var kept = String.UnicodeScalarView()
            kept.append(contentsOf: scalars[..<index])
            return String(kept).trimmingTrailingSpaces
        }
        return value
    }
}

extension StringProtocol {
    /// The text without trailing spaces and tabs.
    var trimmingTrailingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }

    /// The text without leading or trailing spaces and tabs.
    var trimmingLeadingAndTrailingSpaces: String {
        String(Substring(self).drop { $0 == " " || $0 == "\t" }).trimmingTrailingSpaces
    }
}
