/// The position markers of rule examples: 1️⃣ … 9️⃣ (a digit, U+FE0F, U+20E3) inside readable text.
public enum ExampleMarkers {
    /// The text without markers, and the byte offset of each marker in it, in marker order.
    public static func strip(_ marked: String) -> (text: String, offsets: [Int]) {
        var output: [UInt8] = []
        var found: [(Int, Int)] = []
        let bytes = Array(marked.utf8)
        var index = 0
        while index < bytes.count {
            // digit EF B8 8F E2 83 A3
            if index + 6 < bytes.count, bytes[index] >= 0x31, bytes[index] <= 0x39, bytes[index + 1] == 0xEF, bytes[index + 2] == 0xB8,
               bytes[index + 3] == 0x8F, bytes[index + 4] == 0xE2, bytes[index + 5] == 0x83, bytes[index + 6] == 0xA3 {
                found.append((Int(bytes[index] - 0x30), output.count))
                index += 7
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return (String(decoding: output, as: UTF8.self), found.sorted { $0.0 < $1.0 }.map(\.1))
    }
}
