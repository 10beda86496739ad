#!/usr/bin/env python3
"""Agreement of CareLint's scorecard with two reviewers' gold ratings, per item.

Usage:
  python3 scripts/scorecard/agreement.py --binary .build/debug/carelint \
      --pages /work/shared/corpus/real/pages [--gold Tests/Fixtures/scorecard-gold] [--markdown OUT.md]

The gold folder holds reviewer-a.tsv and reviewer-b.tsv (page, item, rating 1/0/NA) and pages.txt. For each
item the script prints the percent agreement and Cohen's kappa of CareLint with each reviewer, of CareLint with
the consensus (the pages where both reviewers agree) and of the reviewers with each other. Ratings are three
categories: 1, 0 and NA. The target: CareLint agrees with the consensus on at least 85% of pages per automated
item, and never more than 10 points below the reviewers' agreement with each other.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

VERDICT = {"pass": "1", "fail": "0", "n/a": "NA", "needs-person": "person"}


def read_gold(path):
    ratings = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            fields = line.rstrip("\n").split("\t")
            if number == 0 or len(fields) < 3:
                continue
            ratings[(fields[0], fields[1])] = fields[2].strip().upper() if fields[2].strip().upper() == "NA" else fields[2].strip()
    return ratings


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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--pages", required=True)
    parser.add_argument("--gold", default=os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Fixtures", "scorecard-gold"))
    parser.add_argument("--markdown", help="also write the table to this file")
    parser.add_argument("--disagreements", action="store_true", help="list, per item, the pages where CareLint differs from the consensus")
    arguments = parser.parse_args()

    a = read_gold(os.path.join(arguments.gold, "reviewer-a.tsv"))
    b = read_gold(os.path.join(arguments.gold, "reviewer-b.tsv"))
    with open(os.path.join(arguments.gold, "pages.txt"), encoding="utf-8") as handle:
        pages = [line.strip() for line in handle if line.strip()]
    carelint = score_pages(arguments.binary, arguments.pages, pages)

    items = []
    for _, item in list(a) + list(b):
        if item not in items:
            items.append(item)
    items.sort(key=lambda i: (i.split("/")[0] != "pemat", int(i.split("/")[1])))
    by_item = defaultdict(list)
    for key in set(a) | set(b):
        by_item[key[1]].append(key)

    def cell(value, k):
        return "–" if value is None else f"{value:.0f}% / {k:.2f}" if k is not None else f"{value:.0f}%"

    lines = [
        "| item | CareLint vs A | CareLint vs B | CareLint vs consensus (n) | A vs B | target met |",
        "|---|---|---|---|---|---|",
    ]
    met = 0
    for item in items:
        keys = sorted(by_item[item])
        consensus = {k: a[k] for k in keys if k in a and k in b and a[k] == b[k]}
        ca, cka, _ = agreement(carelint, a, keys)
        cb, ckb, _ = agreement(carelint, b, keys)
        cc, ckc, n = agreement(carelint, consensus, keys)
        ab, kab, _ = agreement(a, b, keys)
        ok = cc is not None and cc >= 85 and (ab is None or min(ca, cb) >= ab - 10)
        met += ok
        lines.append(f"| {item} | {cell(ca, cka)} | {cell(cb, ckb)} | {cell(cc, ckc)} ({n}) | {cell(ab, kab)} | {'yes' if ok else 'no'} |")
    if arguments.disagreements:
        for item in items:
            for key in sorted(by_item[item]):
                if key in a and key in b and a[key] == b[key] and carelint.get(key) != a[key]:
                    print(f"{item}\t{key[0]}\tCareLint {carelint.get(key)}\tconsensus {a[key]}")
    lines.append("")
    lines.append(f"Percent agreement / Cohen's kappa over the categories 1, 0, NA; {len(pages)} pages; target met on {met} of {len(items)} items.")
    table = "\n".join(lines) + "\n"
    print(table)
    if arguments.markdown:
        with open(arguments.markdown, "w", encoding="utf-8") as handle:
            handle.write(table)


if __name__ == "__main__":
    main()
