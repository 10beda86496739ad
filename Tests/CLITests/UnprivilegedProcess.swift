import Foundation

extension CarelintProcess {
    /// A copy of the binary that any user may run: the build folder may sit under a private home folder.
    static func unprivilegedExecutable() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carelint-bin-\(getpid())")
        let copy = folder.appendingPathComponent("carelint")
        if !FileManager.default.fileExists(atPath: copy.path) {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            let staging = folder.appendingPathComponent("carelint-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: executable, to: staging)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: staging.path)
            // Concurrent tests may race here; rename is atomic and either copy is the same binary.
            _ = rename(staging.path, copy.path)
        }
        return copy
    }

    /// Runs `carelint ARGS` as the unprivileged user `nobody` when the tests run as root (root ignores file
    /// permissions, so read-only and unreadable cases need another user), and as the current user otherwise.
    static func runUnprivileged(_ arguments: [String], in directory: URL) throws -> Output {
        guard getuid() == 0 else { return try run(arguments, in: directory) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", try unprivilegedExecutable().path] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        let errData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
