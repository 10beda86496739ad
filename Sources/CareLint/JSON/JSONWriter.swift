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
        var writer = JSONByteWriter(indent: indent, level: level)
        writer.value(value)
        return String(decoding: writer.bytes, as: UTF8.self)
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
