import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A step of an atomic write that failed, and why.
struct WriteFailure: Error, Equatable, Sendable {
    enum Step: String, Sendable, CaseIterable {
        case createTemporary = "create a temporary file"
        case write = "write the temporary file"
        case sync = "flush the temporary file to disk"
        case rename = "replace the file"
    }

    var step: Step
    var reason: String

    var message: String { "cannot \(step.rawValue) (\(reason))" }
}

/// The file-system calls an atomic write makes, injectable so tests can make any step fail and check that the
/// original file is untouched.
struct WriteSteps: Sendable {
    /// Creates a new, empty, private file in `directory` whose name starts with `prefix`; returns its descriptor and path.
    var createTemporary: @Sendable (_ directory: String, _ prefix: String) throws(WriteFailure) -> (Int32, String)
    /// Writes all bytes.
    var write: @Sendable (_ descriptor: Int32, _ bytes: [UInt8]) throws(WriteFailure) -> Void
    /// Flushes the file to disk.
    var sync: @Sendable (_ descriptor: Int32) throws(WriteFailure) -> Void
    /// Moves the temporary file over the target, atomically.
    var rename: @Sendable (_ from: String, _ to: String) throws(WriteFailure) -> Void

    static func reason() -> String { String(cString: strerror(errno)) }

    /// The real calls: mkstemp, write, fsync, rename.
    static let posix = WriteSteps(
        createTemporary: { directory, prefix throws(WriteFailure) in
            var template = Array((directory + "/" + prefix + "XXXXXX").utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else {
                let reason = errno == EACCES || errno == EPERM || errno == EROFS
                    ? "its folder is read-only or you may not write in it"
                    : WriteSteps.reason()
                throw WriteFailure(step: .createTemporary, reason: reason)
            }
            return (descriptor, String(cString: template.map { UInt8(bitPattern: $0) } + [0]))
        },
        write: { descriptor, bytes throws(WriteFailure) in
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBytes { posixWrite(descriptor, $0.baseAddress! + written, bytes.count - written) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw WriteFailure(step: .write, reason: WriteSteps.reason())
                }
                written += count
            }
        },
        sync: { descriptor throws(WriteFailure) in
            guard fsync(descriptor) == 0 else { throw WriteFailure(step: .sync, reason: WriteSteps.reason()) }
        },
        rename: { from, to throws(WriteFailure) in
            guard posixRename(from, to) == 0 else { throw WriteFailure(step: .rename, reason: WriteSteps.reason()) }
        }
    )
}

/// Replaces a file's bytes so that a crash, a full disk or a failed step leaves either the old file or the new
/// one, never a mix: write a temporary file in the same folder (same file system, so rename is atomic), give it
/// the original's permissions (and owner, when allowed) — or, for a new file, the permissions the umask gives any
/// new file (mkstemp alone would leave it private, 0600, so a shared report could not be read) — fsync it, rename
/// it over the original, fsync the folder. On failure the temporary file is removed and the original is untouched.
enum AtomicWriter {
    static func write(_ bytes: [UInt8], to path: String, steps: WriteSteps = .posix) throws(WriteFailure) {
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var info = stat()
        let hasInfo = stat(path, &info) == 0
        let (descriptor, temporary) = try steps.createTemporary(directory, ".\(name).carelint-")
        var open = true
        do throws(WriteFailure) {
            if hasInfo {
                _ = fchmod(descriptor, info.st_mode & 0o7777)
                _ = fchown(descriptor, info.st_uid, info.st_gid)
            } else {
                _ = fchmod(descriptor, 0o666 & ~currentUmask())
            }
            try steps.write(descriptor, bytes)
            try steps.sync(descriptor)
            close(descriptor)
            open = false
            try steps.rename(temporary, path)
        } catch {
            if open { close(descriptor) }
            unlink(temporary)
            throw error
        }
        // Make the rename itself durable; a failure here cannot lose text (the new file is in place).
        let folder = posixOpenDirectory(directory)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }
}

/// The process's file-creation mask (reading it means setting it; the CLI writes from one thread).
func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
}

// The C calls, named apart from the closures and locals above that share their names.
private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, buffer, count) }
private func posixRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
private func posixOpenDirectory(_ path: String) -> Int32 { open(path, O_RDONLY | O_DIRECTORY) }
