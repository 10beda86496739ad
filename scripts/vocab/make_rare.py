#!/usr/bin/env python3
"""Generates Dictionaries/rare-medical.txt: the uncommon medical words that almost no general reader knows, which
`vocab/define-on-first-use` asks to explain at their first unexplained use (the other uncommon words stay hints of
`vocab/uncommon-word`).

A word of Dictionaries/uncommon.txt (medical, not common English) is rare when
  - general English does not have it below SCOWL size 60 (sizes 10-55 hold words a grade-8 reader may meet:
    "serum", "incubation", "peptic"), and
  - fewer than RARE_PAGES of the 5,010 real NIH/CDC pages of `medquad-word-counts.tsv` use it: a word most
    health pages use is one their readers meet often ("callosum" and "posteriorly" are left to the hints), and
  - it is no adverb ("-ly") and has no hyphen (a compound of known parts, "anti-seizure", is read by its parts),
    and no everyday prefix on a common word ("reinfused", "nonheritable", "antithyroid": read by their parts),
  - it does not look like a medicine's own name (endings such as "-mab", "-nib", "-statin"): the packs do not ask
    to define a medicine's name either (Vocab/README.md), and
  - it is not on the reviewed list scripts/vocab/medicine/well-known.txt (its section on everyday words that
    SCOWL ranks rare: "canola", "wicking");
or it is on the reviewed list scripts/vocab/medicine/clinical-words.txt: clinical words that SCOWL ranks as general
English but a grade 6-8 reader does not know ("esophagus", "serum", "incubation", "secretion").
Output: one word a line, lower case, sorted, deterministic.

Usage: python3 scripts/vocab/make_rare.py [--sources DIR] [--check]
--check exits 1 when the committed file differs from what the inputs give.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from medicine.drugnames import ENDINGS as DRUG_ENDINGS  # noqa: E402
from generated import write_or_check  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Dictionaries", "rare-medical.txt")
SOURCES = os.environ.get("VOCAB_SOURCES") or os.path.join(os.path.dirname(ROOT), "shared", "vocab-sources")
if "--sources" in sys.argv:
    SOURCES = sys.argv[sys.argv.index("--sources") + 1]
if not os.path.isdir(SOURCES):
    SOURCES = "/work/shared/vocab-sources"
SCOWL = "/usr/share/dict/scowl"
RARE_SIZE = 60
RARE_PAGES = 30


def scowl_below(size):
    words = set()
    for kind in ("english", "american", "british"):
        for part in ("words", "upper"):
            for n in (10, 20, 35, 40, 50, 55, 60, 70, 80, 95):
                if n >= size:
                    break
                path = os.path.join(SCOWL, f"{kind}-{part}.{n}")
                if os.path.exists(path):
                    with open(path, encoding="latin-1") as handle:
                        words.update(line.strip().lower() for line in handle)
    return words


PREFIXES = ("un", "non", "anti", "pre", "post", "over", "under", "re", "mis", "semi", "multi", "self", "counter", "co", "de", "dis")


def transparent(word, common):
    """A prefix and a common word: "reinfused" is "re" + "infused"."""
    return any(word.startswith(p) and len(word) - len(p) >= 4 and (word[len(p):] in common or word[len(p):].lstrip("-") in common)
               for p in PREFIXES)


def main():
    common = scowl_below(RARE_SIZE)
    if len(common) < 10000:
        sys.exit("SCOWL lists missing: apt-get install scowl")
    pages = {}
    with open(os.path.join(SOURCES, "medquad-word-counts.tsv"), encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1].isdigit():
                pages[parts[0]] = int(parts[1])
    with open(os.path.join(ROOT, "Dictionaries", "uncommon.txt"), encoding="utf-8") as handle:
        uncommon = [line.strip() for line in handle if line.strip() and not line.startswith("#")]

    def stem(word):
        return word[:-1] if word.endswith("s") and not word.endswith("ss") else word

    with open(os.path.join(ROOT, "scripts", "vocab", "medicine", "well-known.txt"), encoding="utf-8") as handle:
        known = {line.split("#", 1)[0].strip().lower() for line in handle} - {""}
    with open(os.path.join(ROOT, "scripts", "vocab", "medicine", "clinical-words.txt"), encoding="utf-8") as handle:
        clinical = {line.split("#", 1)[0].strip().lower() for line in handle} - {""}
    rare = sorted(w for w in uncommon if w in clinical or stem(w) in clinical or (
                  w not in common and stem(w) not in common and w not in known and stem(w) not in known
                  and not transparent(w, common) and not transparent(stem(w), common)
                  and not stem(w).endswith(DRUG_ENDINGS)
                  and pages.get(w, 0) + (pages.get(stem(w), 0) if stem(w) != w else 0) < RARE_PAGES
                  and not w.endswith("ly") and "-" not in w and w.isascii()))
    text = "".join(w + "\n" for w in rare)
    write_or_check(OUT, text, "scripts/vocab/make_rare.py", f"Dictionaries/rare-medical.txt: {len(rare)} words")


if __name__ == "__main__":
    main()
