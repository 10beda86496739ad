import CareLint
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file's bytes, saying clearly why when it cannot.
enum InputReader {
    /// The largest file linted by default, in bytes (10 MB); `--max-file-size` changes it. Larger files are
    /// reported, not read, so a stray dump or video in a content folder cannot exhaust memory.
    static let defaultMaximumSize = 10 * 1024 * 1024

    static func read(_ input: LintInput, console: Console, maximumSize: Int = defaultMaximumSize) -> Result<SourceDocument, InputProblem> {
        let bytes: [UInt8]
        if input.isStandardInput {
            bytes = console.readInput(maximumSize + 1)
            if bytes.count > maximumSize {
                return .failure(InputProblem(path: input.displayPath, message: "standard input is over the \(ByteSize.describe(maximumSize)) limit; split the text, or raise the limit with --max-file-size"))
            }
        } else {
            switch readFile(input, maximumSize: maximumSize) {
            case .success(let read): bytes = read
            case .failure(let problem): return .failure(problem)
            }
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .failure(InputProblem(path: input.displayPath, message: "the file is UTF-16 encoded (it starts with a UTF-16 byte order mark); save it as UTF-8"))
        }
        if bytes.prefix(8192).contains(0) {
            return .failure(InputProblem(path: input.displayPath, message: "the file looks binary (it holds NUL bytes); only UTF-8 text is linted"))
        }
        guard let document = SourceDocument(path: input.path, bytes: bytes) else {
            let offset = firstInvalidUTF8(bytes)
            let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
            return .failure(InputProblem(path: input.displayPath, message: "the file is not valid UTF-8 (byte 0x\(String(bytes[min(offset, bytes.count - 1)], radix: 16, uppercase: true)) on line \(line)); save it as UTF-8"))
        }
        return .success(document)
    }

    static func tooLarge(_ input: LintInput, _ size: Int, _ maximumSize: Int) -> InputProblem {
        InputProblem(path: input.displayPath, message: "the file is \(ByteSize.describe(size)), over the \(ByteSize.describe(maximumSize)) limit; split it, or raise the limit with --max-file-size")
    }

    /// The bytes of a regular file (symbolic links followed); a FIFO, device or socket is refused before it is
    /// opened, so a named pipe in a content folder cannot hang the run.
    static func readFile(_ input: LintInput, maximumSize: Int) -> Result<[UInt8], InputProblem> {
        var info = stat()
        guard stat(input.path, &info) == 0 else {
            let message = errno == ELOOP ? "a symbolic-link loop; the link never reaches a file" : "no such file or folder"
            return .failure(InputProblem(path: input.displayPath, message: message))
        }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            let what = kind == S_IFIFO ? "a FIFO (named pipe)" : kind == S_IFSOCK ? "a socket" : kind == S_IFDIR ? "a folder" : "a device"
            return .failure(InputProblem(path: input.displayPath, message: "not a regular file but \(what); only text files are linted"))
        }
        if Int(info.st_size) > maximumSize { return .failure(tooLarge(input, Int(info.st_size), maximumSize)) }
        let descriptor = open(input.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == EACCES || errno == EPERM ? "permission denied; check that you may read it (chmod u+r)" : String(cString: strerror(errno))
            return .failure(InputProblem(path: input.displayPath, message: "cannot read the file: \(reason)"))
        }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while true {
            if filled == bytes.count {
                // The file grew since stat; read on in chunks, still within the limit.
                if bytes.count >= maximumSize + 1 { break }
                bytes += [UInt8](repeating: 0, count: min(65_536, maximumSize + 1 - bytes.count))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                posixRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(InputProblem(path: input.displayPath, message: "cannot read the file: \(String(cString: strerror(errno)))"))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        if bytes.count > maximumSize { return .failure(tooLarge(input, bytes.count, maximumSize)) }
        return .success(bytes)
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var low = 0
        var high = bytes.count
        // The longest valid prefix, found by binary search on whole-prefix validity (prefixes of valid text that
        // end inside a scalar are invalid too, so step back to a scalar start).
        while low < high {
            let mid = (low + high + 1) / 2
            var end = mid
            while end > 0, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if SourceDocument.isValidUTF8(Array(bytes[..<end])) { low = mid } else { high = mid - 1 }
        }
        var offset = low
        while offset > 0, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
        return min(offset, max(0, bytes.count - 1))
    }
}

/// `read(2)`, named apart from `InputReader.read`.
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
