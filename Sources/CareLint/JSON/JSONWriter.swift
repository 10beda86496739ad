/// Writes JSON text with keys in the order given (reports are read by people too), escaping as RFC 8259 asks.
public enum JSONWriter {
    /// A JSON value to write.
    public indirect enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case array([Value])
        /// Members in order.
        case object([(String, Value)])

        public static func == (lhs: Value, rhs: Value) -> Bool { JSONWriter.write(lhs) == JSONWriter.write(rhs) }
    }

    /// The JSON text of a value; `indent` > 0 pretty-prints. `level` is how deep the value sits in a document
    /// written around it, so that its inner lines are indented to match (the first line is not indented).
    public static func write(_ value: Value, indent: Int = 0, level: Int = 0) -> String {
        var output = ""
        write(value, into: &output, indent: indent, level: level)
        return output
    }

    private static func write(_ value: Value, into output: inout String, indent: Int, level: Int) {
        // Padding is built only for arrays and objects (it cost two strings per value, numbers and strings included).
        let newline = indent > 0 ? "\n" : ""
        var pad: String { String(repeating: " ", count: indent * (level + 1)) }
        var closePad: String { String(repeating: " ", count: indent * level) }
        switch value {
        case .null: output += "null"
        case .bool(let bool): output += bool ? "true" : "false"
        case .int(let int): output += String(int)
        case .double(let double):
            if double.isFinite {
                if double == double.rounded(), abs(double) < 1e15 { output += String(Int(double)) } else { output += "\(double)" }
            } else {
                output += "null"
            }
        case .string(let string): escape(string, into: &output)
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            output += "[" + newline
            let itemPad = pad
            for (index, item) in items.enumerated() {
                output += itemPad
                write(item, into: &output, indent: indent, level: level + 1)
                if index < items.count - 1 { output += "," }
                output += newline
            }
            output += closePad + "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{" + newline
            let itemPad = pad
            for (index, (key, item)) in members.enumerated() {
                output += itemPad
                escape(key, into: &output)
                output += indent > 0 ? ": " : ":"
                write(item, into: &output, indent: indent, level: level + 1)
                if index < members.count - 1 { output += "," }
                output += newline
            }
            output += closePad + "}"
        }
    }

    /// Appends a JSON string literal (escaped by ``JSONEscape``, the one escaper the server shares).
    public static func escape(_ string: String, into output: inout String) {
        guard JSONEscape.needsEscape(string) else {
            output += "\""
            output += string
            output += "\""
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count + 16)
        JSONEscape.append(string, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }
}
