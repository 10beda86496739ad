#!/usr/bin/env python3
"""Agreement of CareLint's scorecard with two reviewers' gold ratings, per item.

Usage:
  python3 scripts/scorecard/agreement.py --binary .build/debug/carelint \
      --pages /work/shared/corpus/real/pages [--gold Tests/Fixtures/scorecard-gold] [--prefix reviewer]
      [--prefix reviewer+heldout] [--prefix heldout2] [--markdown OUT.md] [--before BINARY] [--disagreements]
      [--reasons DIR]

A gold set is named by a prefix: PREFIX-a.tsv and PREFIX-b.tsv (page, item, rating 1/0/NA, optionally a reason
column) and its page list PREFIX-pages.txt (for the prefix "reviewer", the first calibration set, pages.txt).
Without a page list the pages are those the two files rate. Prefixes joined by "+" pool their sets into one table
("reviewer+heldout": each side's ratings and the page lists together). Without --prefix the script reports the
development set "reviewer+heldout" (40 pages; mechanisms are tuned on these) and, when its files are in the gold
folder, the fresh held-out set "heldout2", each in its own table: the held-out table is the honest figure. Never
tune on a held-out set.

For each item the script prints the percent agreement and Cohen's kappa of CareLint with each reviewer, of
CareLint with the consensus (the pages where both reviewers agree) and of the reviewers with each other. Ratings
are three categories: 1, 0 and NA. The target: CareLint agrees with the consensus on at least 85% of pages per
automated item, and never more than 10 points below the reviewers' agreement with each other.
--before BINARY adds two columns: that binary's agreement with the consensus and whether it met the target (the
before/after tables of docs/scorecard.md). --disagreements lists the pages where CareLint differs from the consensus; with --reasons DIR it adds the
reviewers' reasons from DIR/PREFIX-{a,b}.tsv (the fourth column), which stay outside the repository.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

VERDICT = {"pass": "1", "fail": "0", "n/a": "NA", "needs-person": "person"}


def read_gold(path, column=2):
    """(page, item) -> the rating (column 2: "1", "0" or "NA") or the reason (column 3) of one reviewer file."""
    ratings = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            fields = line.rstrip("\n").split("\t")
            if number == 0 or len(fields) <= max(2, column):
                continue
            value = fields[column].strip()
            ratings[(fields[0], fields[1])] = value.upper() if column == 2 and value.upper() == "NA" else value
    return ratings


def gold_pages(folder, prefix, a, b):
    """The set's page list: PREFIX-pages.txt, pages.txt for the calibration set, else the pages the files rate."""
    names = [f"{prefix}-pages.txt"] + (["pages.txt"] if prefix == "reviewer" else [])
    for name in names:
        path = os.path.join(folder, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                return [line.strip() for line in handle if line.strip()]
    return sorted({page for page, _ in list(a) + list(b)})


DEVELOPMENT = "reviewer+heldout"
FRESH = "heldout2"
NEVER_READ = {FRESH}  # held-out sets: their reasons and disagreements are never listed


def prefixes_present(folder):
    """The sets to report when none is named: the development set, then the fresh held-out set when its files exist."""
    def present(prefix):
        return all(os.path.exists(os.path.join(folder, f"{prefix}-{side}.tsv")) for side in "ab")
    found = [DEVELOPMENT if present("heldout") else "reviewer"]
    if present(FRESH):
        found.append(FRESH)
    return found


def load_set(folder, spec, reasons_folder=None):
    """One gold set, or several joined by "+": (ratings of A, ratings of B, pages, reasons or None)."""
    a, b, pages = {}, {}, []
    reasons = {"A": {}, "B": {}} if reasons_folder else None
    for prefix in spec.split("+"):
        files = [os.path.join(folder, f"{prefix}-{side}.tsv") for side in "ab"]
        missing = [path for path in files if not os.path.exists(path)]
        if missing:
            sys.exit(f"gold set '{prefix}': missing {', '.join(missing)}")
        part_a, part_b = read_gold(files[0]), read_gold(files[1])
        a.update(part_a)
        b.update(part_b)
        pages += [page for page in gold_pages(folder, prefix, part_a, part_b) if page not in pages]
        if reasons_folder and prefix not in NEVER_READ:
            for side in "ab":
                reasons[side.upper()].update(read_gold(os.path.join(reasons_folder, f"{prefix}-{side}.tsv"), column=3))
    return a, b, pages, reasons


def score_pages(binary, folder, pages):
    paths = [os.path.join(folder, page) for page in pages]
    output = subprocess.run([binary, "score", "--format", "json", *paths], capture_output=True, text=True)
    if output.returncode not in (0, 1):
        sys.exit(f"carelint score failed ({output.returncode}): {output.stderr}")
    ratings = {}
    for page in json.loads(output.stdout)["pages"]:
        name = os.path.basename(page["path"])
        for item in page.get("items", []):
            ratings[(name, item["id"])] = VERDICT[item["verdict"]]
    return ratings


def kappa(pairs):
    """Cohen's kappa over the categories that occur; 1.0 when both raters give one category throughout."""
    if not pairs:
        return None
    total = len(pairs)
    observed = sum(1 for a, b in pairs if a == b) / total
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    expected = sum(left[c] * right[c] for c in set(left) | set(right)) / (total * total)
    if expected == 1:
        return 1.0 if observed == 1 else 0.0
    return (observed - expected) / (1 - expected)


def agreement(first, second, keys):
    pairs = [(first[k], second[k]) for k in keys if k in first and k in second]
    if not pairs:
        return None, None, 0
    return 100 * sum(1 for a, b in pairs if a == b) / len(pairs), kappa(pairs), len(pairs)


def item_order(item):
    instrument, number = item.split("/")
    return (instrument != "pemat", int(number))


def meets(ca, cb, cc, ab):
    """The target: at least 85% with the consensus, and with each reviewer no more than 10 points below A vs B."""
    return cc is not None and cc >= 85 and (ab is None or (ca is not None and cb is not None and min(ca, cb) >= ab - 10))


def report(prefix, a, b, pages, carelint, reasons=None, disagreements=False, before=None):
    """The agreement table of one gold set (Markdown) and the number of items that meet the target. With `before`
    (another binary's ratings, e.g. main's), two more columns give its agreement with the consensus and whether it
    met the target."""
    items = sorted({item for _, item in list(a) + list(b)}, key=item_order)
    by_item = defaultdict(list)
    for key in set(a) | set(b):
        by_item[key[1]].append(key)

    def cell(value, k):
        return "–" if value is None else f"{value:.0f}% / {k:.2f}" if k is not None else f"{value:.0f}%"

    lines = [
        "| item | CareLint vs A | CareLint vs B | CareLint vs consensus (n) | A vs B | target met |" + (" before: vs consensus | before: met |" if before is not None else ""),
        "|---|---|---|---|---|---|" + ("---|---|" if before is not None else ""),
    ]
    met = 0
    met_before = 0
    listed = []
    for item in items:
        keys = sorted(by_item[item])
        consensus = {k: a[k] for k in keys if k in a and k in b and a[k] == b[k]}
        ca, cka, _ = agreement(carelint, a, keys)
        cb, ckb, _ = agreement(carelint, b, keys)
        cc, ckc, n = agreement(carelint, consensus, keys)
        ab, kab, _ = agreement(a, b, keys)
        ok = meets(ca, cb, cc, ab)
        met += ok
        row = f"| {item} | {cell(ca, cka)} | {cell(cb, ckb)} | {cell(cc, ckc)} ({n}) | {cell(ab, kab)} | {'yes' if ok else 'no'} |"
        if before is not None:
            ba, _, _ = agreement(before, a, keys)
            bb, _, _ = agreement(before, b, keys)
            bc, bkc, _ = agreement(before, consensus, keys)
            was = meets(ba, bb, bc, ab)
            met_before += was
            row += f" {cell(bc, bkc)} | {'yes' if was else 'no'} |"
        lines.append(row)
        if disagreements:
            for key in keys:
                if key in consensus and carelint.get(key) != consensus[key]:
                    row = f"{item}\t{key[0]}\tCareLint {carelint.get(key)}\tconsensus {consensus[key]}"
                    if reasons:
                        row += "".join(f"\n    {side}: {reasons[side].get(key, '')}" for side in ("A", "B"))
                    listed.append(row)
    lines.append("")
    lines.append(f"Percent agreement / Cohen's kappa over the categories 1, 0, NA; {len(pages)} pages; target met on {met} of {len(items)} items"
                 + (f" (before: {met_before})." if before is not None else "."))
    return "\n".join(lines) + "\n", met, len(items), listed


TITLES = {
    "reviewer": "Calibration set (thresholds tuned on these pages)",
    "heldout": "First held-out set (a development set since round s6)",
    DEVELOPMENT: "Development set (calibration + first held-out pages; mechanisms tuned here)",
    FRESH: "Fresh held-out set (never tuned on)",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--pages", required=True)
    parser.add_argument("--gold", default=os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Fixtures", "scorecard-gold"))
    parser.add_argument("--prefix", action="append", help="a gold set: PREFIX-a.tsv, PREFIX-b.tsv; sets joined by + are pooled (repeatable; default: reviewer+heldout, and heldout2 when present)")
    parser.add_argument("--markdown", help="also write the tables to this file")
    parser.add_argument("--before", help="another carelint binary (e.g. main's): adds its agreement with the consensus as before columns")
    parser.add_argument("--disagreements", action="store_true", help="list, per item, the pages where CareLint differs from the consensus")
    parser.add_argument("--reasons", help="a folder with PREFIX-a.tsv and PREFIX-b.tsv that carry the reviewers' reasons (development sets only)")
    arguments = parser.parse_args()

    output = []
    for prefix in arguments.prefix or prefixes_present(arguments.gold):
        a, b, pages, reasons = load_set(arguments.gold, prefix, arguments.reasons)
        carelint = score_pages(arguments.binary, arguments.pages, pages)
        before = score_pages(arguments.before, arguments.pages, pages) if arguments.before else None
        held_out = any(part in NEVER_READ for part in prefix.split("+"))
        table, _, _, listed = report(prefix, a, b, pages, carelint, reasons, arguments.disagreements and not held_out, before)
        section = f"### {TITLES.get(prefix, prefix)}: `{prefix}`\n\n{table}"
        for row in listed:
            print(row)
        print(section)
        output.append(section)
    if arguments.markdown:
        with open(arguments.markdown, "w", encoding="utf-8") as handle:
            handle.write("\n".join(output))


if __name__ == "__main__":
    main()
