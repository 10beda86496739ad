#!/usr/bin/env python3
"""Sorts the `spelling/unknown-word` findings of a `carelint check --format json` run into classes, to see which
kinds of word the spelling rule still reports: a lost apostrophe ("bodys"), glued words ("symptomssuch"), a drug
name, a medical compound ("ileoanal"), an inflection or derivation of a known word ("inactivators"), a proper name,
a likely typo (one edit from a common word), or other.

Usage: carelint check --format json FILES > run.json; scripts/dictionaries/unknown_word_classes.py run.json [--list N]
A measuring aid only: the classes are rough guesses, the product does not use them.
"""
import argparse
import collections
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QUOTED = re.compile(r'^"([^"]+)"')
SUFFIXES = ("s", "es", "ed", "ing", "or", "ors", "er", "ers", "ly", "ness", "al", "ally", "ic", "ity", "ive", "ion", "ions")
PREFIXES = ("in", "un", "re", "de", "non", "pre", "dis", "anti", "sub", "over", "under")
FUNCTION = {"the", "and", "or", "of", "to", "in", "is", "as", "at", "by", "for", "with", "than", "that", "such", "which",
            "a", "an", "are", "be", "can", "from", "on", "over", "after", "like"}
SHAPE = re.compile(r"(o|i)(gram|graphy|scopy|ectomy|tomy|stomy|plasty|pathy|logy|cyte|genic|lysis|trip)|"
                   r"(itis|osis|oma|emia|uria|algia|ase|ine|ide|ate|ole|mab|nib|vir|pril|sartan|statin|olol|azole|cillin|mycin)$")


def read_list(*names):
    words = set()
    for name in names:
        path = os.path.join(ROOT, "Dictionaries", name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                words.update(line.strip().lower() for line in handle if line.strip())
    return words


def classify(word, known, drugs):
    lower = word.lower().replace("\u2019", "'")
    if word[:1].isupper() and not word.isupper():
        return "proper name"
    if lower in drugs or lower.endswith("s") and lower[:-1] in drugs:
        return "drug name"
    if lower.endswith("s") and lower[:-1] in known or any(
            lower.endswith(e) and (lower[:-len(e)] + "'" + e) in known for e in ("t", "re", "ve", "ll", "d", "m")):
        return "lost apostrophe"
    cuts = [(lower[:cut], lower[cut:]) for cut in range(1, len(lower))]
    if any(left in FUNCTION and right in known and len(right) >= 3 and left not in ("a", "an", "in", "on", "be")
           or right in FUNCTION and left in known and len(left) >= 3 for left, right in cuts):
        return "glued words"
    if any(lower.endswith(s) and lower[:-len(s)] in known for s in SUFFIXES) or any(
            lower.startswith(p) and lower[len(p):] in known for p in PREFIXES):
        return "inflection"
    if SHAPE.search(lower):
        return "medical compound"
    if any(len(left) >= 4 and len(right) >= 4 and left in known and right in known for left, right in cuts):
        return "glued words"
    return "other"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run")
    parser.add_argument("--list", type=int, default=30, help="how many of the most frequent words to list")
    arguments = parser.parse_args()
    known = read_list("en.txt", "en-US.txt", "en-GB.txt", "medical.txt")
    drugs = read_list("drugs.txt")
    words = collections.Counter()
    for entry in json.load(open(arguments.run))["files"]:
        for finding in entry.get("diagnostics") or []:
            if finding["rule"] == "spelling/unknown-word":
                match = QUOTED.match(finding["message"])
                if match:
                    words[match.group(1)] += 1
    classes = collections.Counter()
    examples = collections.defaultdict(list)
    for word, count in words.most_common():
        kind = classify(word, known, drugs)
        classes[kind] += count
        examples[kind].append(word)
    print(f"{sum(words.values())} findings, {len(words)} distinct words")
    for kind, count in classes.most_common():
        print(f"  {kind:18s} {count:5d}  {', '.join(examples[kind][:12])}")
    print(f"\nthe {arguments.list} most frequent:")
    for word, count in words.most_common(arguments.list):
        print(f"  {count:4d} {word:28s} {classify(word, known, drugs)}")


if __name__ == "__main__":
    sys.exit(main())
