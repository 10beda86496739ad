/// Sizes as people write them: `10MB`, `500KB`, `1GB` (powers of 1024) or a number of bytes.
enum ByteSize {
    static func parse(_ text: String) -> Int? {
        let upper = text.uppercased().replacingOccurrences(of: " ", with: "")
        let units: [(String, Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10), ("B", 1)]
        for (suffix, factor) in units where upper.hasSuffix(suffix) {
            guard let number = Double(upper.dropLast(suffix.count)), number.isFinite, number >= 0, number * Double(factor) < Double(Int.max / 2) else { return nil }
            return Int(number * Double(factor))
        }
        return Int(upper)
    }

    /// "10 MB", "1.5 MB", "512 KB", "300 bytes".
    static func describe(_ bytes: Int) -> String {
        func number(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : String(format1(value))
        }
        if bytes >= 1 << 20 { return number(Double(bytes) / Double(1 << 20)) + " MB" }
        if bytes >= 1 << 10 { return number(Double(bytes) / Double(1 << 10)) + " KB" }
        return "\(bytes) byte" + (bytes == 1 ? "" : "s")
    }

    private static func format1(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
