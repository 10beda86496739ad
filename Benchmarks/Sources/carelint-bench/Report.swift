import Foundation

/// One line of the result table.
struct Row {
    /// A stable id (the JSON key scripts/ci/bench.sh checks).
    var id: String
    /// What was measured.
    var what: String
    /// The figure, or nil when the row was skipped (then `note` says why).
    var value: Double?
    var unit: String
    /// DESIGN.md's target, if the row has one: "≥ 50" or "≤ 20".
    var target: String? = nil
    /// The figure as a multiple of the floor's throughput (throughput rows only).
    var ofFloor: Double? = nil
    var note: String? = nil
    /// The 1-minute load average when the figure was taken.
    var load: Double = loadAverage().first ?? .nan

    /// Whether the figure meets its target; nil without a target or a figure.
    var meetsTarget: Bool? {
        guard let target, let value else { return nil }
        let parts = target.split(separator: " ")
        guard parts.count == 2, let bound = Double(parts[1]) else { return nil }
        return parts[0] == "≥" ? value >= bound : value <= bound
    }

    var json: [String: Any] {
        var object: [String: Any] = ["id": id, "what": what, "unit": unit, "value": value.map { round($0 * 1000) / 1000 } ?? NSNull(), "load": load]
        if let target { object["target"] = target }
        if let meets = meetsTarget { object["meetsTarget"] = meets }
        if let ofFloor { object["ofFloor"] = round(ofFloor * 10000) / 10000 }
        if let note { object["note"] = note }
        return object
    }
}

/// The ids every complete run has (a skipped row is still present, with a null value and a note).
let requiredRowIDs = [
    "floor.throughput", "lint.throughput.one-core", "lint.throughput.all-cores", "lint.throughput.large-file",
    "cli.one-page.wall", "cli.corpus.wall", "cli.corpus.peak-rss",
    "server.open", "server.edit.p50", "server.edit.p99", "server.peak-rss",
    "vocab100k.load", "vocab100k.throughput", "vocab100k.slowdown",
    "adversarial.load", "adversarial.1x.throughput", "adversarial.10x.throughput", "adversarial.growth",
    "peer.harper.one-page", "peer.harper.ratio", "peer.proselint.throughput", "peer.proselint.ratio",
]

/// Renders rows as a Markdown table.
func markdownTable(_ rows: [Row]) -> String {
    var out = "| measure | value | target | × floor | load | note |\n|---|---:|---|---:|---:|---|\n"
    for row in rows {
        let value = row.value.map { "\(fixed($0, $0 >= 100 ? 0 : ($0 >= 10 ? 1 : 2))) \(row.unit)" } ?? "skipped"
        var target = row.target.map { "\($0) \(row.unit)" } ?? ""
        if let meets = row.meetsTarget { target += meets ? " ✅" : " ❌" }
        let floor = row.ofFloor.map { fixed($0, 3) } ?? ""
        out += "| \(row.what) | \(value) | \(target) | \(floor) | \(fixed(row.load, 2)) | \(row.note ?? "") |\n"
    }
    return out
}
