import Foundation

/// A small deterministic generator (SplitMix64): the same seed gives the same corpus on every machine.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    /// A number in `range`.
    mutating func within(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Monotonic time in seconds.
@inline(__always)
func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Times `body` once, in seconds.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = now()
    try body()
    return now() - start
}

/// Order statistics of a sample.
struct Sample {
    let values: [Double]

    init(_ values: [Double]) { self.values = values.sorted() }

    var median: Double { percentile(50) }
    var min: Double { values.first ?? .nan }
    var max: Double { values.last ?? .nan }

    /// The nearest-rank percentile.
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(values.count)).rounded(.up))
        return values[Swift.min(values.count - 1, Swift.max(0, rank - 1))]
    }
}

/// The 1-, 5- and 15-minute load averages, as `uptime` shows them.
func loadAverage() -> [Double] {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return [] }
    return text.split(separator: " ").prefix(3).compactMap { Double($0) }
}

/// Writes a line on standard error (progress; the table goes to standard output).
func progress(_ text: String) {
    FileHandle.standardError.write(Data("carelint-bench: \(text)\n".utf8))
}

/// Formats a number with a fixed count of decimals.
func fixed(_ value: Double, _ decimals: Int) -> String {
    guard value.isFinite else { return "–" }
    return String(format: "%.\(decimals)f", value)
}

/// Megabytes (10^6 bytes) per second.
func megabytesPerSecond(bytes: Int, seconds: Double) -> Double { Double(bytes) / 1e6 / seconds }
