/// A unified diff (as `diff -u` and `git diff` print it) of two texts, line by line, with three lines of context.
/// Lines are compared with their line ends, so a changed CRLF shows; a last line without a line end is marked
/// "\ No newline at end of file".
enum UnifiedDiff {
    static func render(old: [UInt8], new: [UInt8], oldName: String, newName: String, context: Int = 3) -> String {
        let a = lines(old)
        let b = lines(new)
        let script = editScript(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        // Group changes into hunks that share context.
        var index = 0
        while index < script.count {
            guard script[index].kind != .same else { index += 1; continue }
            var start = index
            var sameBefore = 0
            while start > 0, script[start - 1].kind == .same, sameBefore < context { start -= 1; sameBefore += 1 }
            var end = index
            while end < script.count {
                if script[end].kind != .same { end += 1; continue }
                var run = 0
                while end + run < script.count, script[end + run].kind == .same { run += 1 }
                if end + run >= script.count || run > 2 * context {
                    end += min(run, context)
                    break
                }
                end += run
            }
            let hunk = script[start..<end]
            let oldStart = hunk.first?.oldIndex ?? 0
            let newStart = hunk.first?.newIndex ?? 0
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            output += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for step in hunk {
                switch step.kind {
                case .same: output += " " + line(a[step.oldIndex])
                case .delete: output += "-" + line(a[step.oldIndex])
                case .insert: output += "+" + line(b[step.newIndex])
                }
            }
            index = end
        }
        return output
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        let first = count == 0 ? start : start + 1
        return count == 1 ? "\(first)" : "\(first),\(count)"
    }

    private static func line(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.last == 0x0A ? text : text + "\n\\ No newline at end of file\n"
    }

    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    struct Step {
        enum Kind { case same, delete, insert }
        var kind: Kind
        /// Index in the old lines (for same and delete; for insert, the old line it comes before).
        var oldIndex: Int
        /// Index in the new lines (for same and insert; for delete, the new line it comes before).
        var newIndex: Int
    }

    /// The shortest edit script (Myers' O((N+M)·D) algorithm) after trimming the common head and tail.
    static func editScript(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Step] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        var steps = (0..<head).map { Step(kind: .same, oldIndex: $0, newIndex: $0) }
        let oldEnd = a.count - tail
        let newEnd = b.count - tail
        steps += middle(a, head..<oldEnd, b, head..<newEnd)
        steps += (0..<tail).map { Step(kind: .same, oldIndex: oldEnd + $0, newIndex: newEnd + $0) }
        return steps
    }

    private static func middle(_ a: [ArraySlice<UInt8>], _ oldRange: Range<Int>, _ b: [ArraySlice<UInt8>], _ newRange: Range<Int>) -> [Step] {
        let n = oldRange.count
        let m = newRange.count
        if n == 0 { return newRange.map { Step(kind: .insert, oldIndex: oldRange.lowerBound, newIndex: $0) } }
        if m == 0 { return oldRange.map { Step(kind: .delete, oldIndex: $0, newIndex: newRange.lowerBound) } }
        let maximum = n + m
        let offset = maximum
        var v = [Int](repeating: 0, count: 2 * maximum + 2)
        // trace[d] holds v[-d...d] before step d, so the path can be walked back in O(D²) memory.
        var trace: [[Int]] = []
        var found = false
        for d in 0...maximum {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) { x = v[offset + k + 1] } else { x = v[offset + k - 1] + 1 }
                var y = x - k
                while x < n, y < m, a[oldRange.lowerBound + x] == b[newRange.lowerBound + y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { found = true; break }
                k += 2
            }
            if found { break }
        }
        // Walk back from (n, m).
        var steps: [Step] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 1, by: -1) {
            let saved = trace[d]
            func at(_ k: Int) -> Int { saved[k + d] }
            let k = x - y
            let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let previousX = at(previousK)
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1; y -= 1
                steps.append(Step(kind: .same, oldIndex: oldRange.lowerBound + x, newIndex: newRange.lowerBound + y))
            }
            if previousK == k + 1 {
                y -= 1
                steps.append(Step(kind: .insert, oldIndex: oldRange.lowerBound + x, newIndex: newRange.lowerBound + y))
            } else {
                x -= 1
                steps.append(Step(kind: .delete, oldIndex: oldRange.lowerBound + x, newIndex: newRange.lowerBound + y))
            }
        }
        while x > 0, y > 0 {
            x -= 1; y -= 1
            steps.append(Step(kind: .same, oldIndex: oldRange.lowerBound + x, newIndex: newRange.lowerBound + y))
        }
        return steps.reversed()
    }
}
