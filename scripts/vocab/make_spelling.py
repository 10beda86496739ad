#!/usr/bin/env python3
"""Generates Vocab/spelling.json, the en-US/en-GB spelling pairs, from SCOWL's word lists.

SCOWL (Debian package `scowl`, /usr/share/dict/scowl) lists, per size level, the words that are American only
(american-words.N) and British only (british-words.N). A pair is an American-only word and the British-only word
that one regular respelling turns it into (or two: "anesthetize" -> "anaesthetise"):

  -ize/-yze -> -ise/-yse, -or -> -our, -er -> -re, e -> ae/oe (medical roots: edema, hemorrhage, pediatric),
  single -> double l (traveled, labeled), double -> single l (enroll, skillful), -ense -> -ence, -og -> -ogue,
  -gram -> -gramme, -gment -> -gement, -ing after e (aging), f -> ph (sulfur), o -> ou (mold, plow),
  a -> e (gray), z -> s (cozy), artifact -> artefact.

Only base forms are kept: a pair whose two words are the same regular inflection (+s, +es, +ed, +d, +ing, 's) of
another pair's words is left out, because CareLint generates those inflections when it loads the pack.

Usage: scripts/vocab/make_spelling.py [--scowl /usr/share/dict/scowl] [--level 70] [--output Vocab/spelling.json]
Needs: apt-get install scowl
"""
import argparse
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LEVELS = [10, 20, 35, 40, 50, 55, 60, 70, 80, 95]

# (pattern, replacement) applied at one position at a time.
RULES = [
    (r"iz(?=e|a|i)", "is"),          # organize, organization, organizing
    (r"yz(?=e|i)", "ys"),            # analyze, paralyzing
    (r"or(?=$|s$|ed|ing|ful|less|ing|ous|ite|ist|ism|ize|ise|y|ies)", "our"),  # color, tumor, humorous? (filtered by the list)
    (r"er(?=$|s$|ed$|ing$)", "re"),  # center, fiber, liter
    (r"(?<=[a-z])e", "ae"),         # anemia, hemorrhage, pediatric, leukemia
    (r"(?<=[a-z])e", "oe"),         # edema, esophagus, estrogen, diarrhea, celiac
    (r"^e", "ae"),
    (r"^e", "oe"),
    (r"l(?=ed|ing|er|or|ery|y$)", "ll"),  # traveled, counselor, jewelry
    (r"ll", "l"),                    # enroll, skillful, installment
    (r"ense(?=$|s$|d$)", "ence"),    # defense, license, offense
    (r"og(?=$|s$)", "ogue"),         # catalog, analog, dialog
    (r"gram(?=$|s$)", "gramme"),     # program, kilogram
    (r"gment", "gement"),            # judgment, acknowledgment
    (r"(?<=g)ing", "eing"),          # aging
    (r"f", "ph"),                    # sulfur
    (r"o", "ou"),                    # mold, plow, smolder
    (r"a", "e"),                     # gray
    (r"z", "s"),                     # cozy
    (r"(?<=art)i(?=fact)", "e"),     # artifact
]
WORD = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


def read_words(folder, prefix, level):
    words = set()
    for size in LEVELS:
        if size > level:
            break
        path = os.path.join(folder, f"{prefix}.{size}")
        if not os.path.exists(path):
            continue
        with open(path, encoding="latin-1") as handle:
            for line in handle:
                word = line.strip()
                if WORD.match(word):  # lower case only: no names, no possessives
                    words.add(word)
    return words


def respellings(word):
    """Every word one rule makes from `word`."""
    for pattern, replacement in RULES:
        for match in re.finditer(pattern, word):
            yield word[:match.start()] + replacement + word[match.end():]


def inflections(word):
    """The regular forms CareLint generates from a base word (mirrors Sources/CareLint/Vocabulary/Inflection.swift)."""
    forms = {word + "'s"}
    if word.endswith("y") and len(word) >= 2 and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    if word.endswith("e"):
        forms.update({word + "d", word[:-1] + "ing"})
    else:
        forms.update({word + "ed", word + "ing"})
    return forms


# Scientific names that American medical writing (CDC, NIH) spells with "ae" too: the genus Taenia and its
# derivatives ("taeniasis"). SCOWL lists "tenia" as the American form, but no US health page writes it, so the
# pair would call correct text a British spelling. Reviewed by hand.
KEEP_AE = ("taenia",)


def make_pairs(american, british):
    pairs = {}
    shared = american & british  # in both lists: valid in either locale
    american, british = american - shared, british - shared
    for us in sorted(american):
        found = [gb for gb in respellings(us) if gb in british]
        if not found:
            found = [gb for first in respellings(us) for gb in respellings(first) if gb in british]
        if found:
            pairs[us] = min(found, key=lambda gb: (len(gb), gb))
    # Keep base forms: drop a pair that is the same inflection of another pair.
    generated = set()
    for us, gb in pairs.items():
        for form in inflections(us):
            for gb_form in inflections(gb):
                if suffix_of(form, us) == suffix_of(gb_form, gb):
                    generated.add((form, gb_form))
    return sorted((us, gb) for us, gb in pairs.items() if (us, gb) not in generated and not gb.startswith(KEEP_AE))


def suffix_of(form, base):
    """The inflection that makes `form` from `base`, as a comparable key."""
    if form.startswith(base):
        return form[len(base):]
    if base.endswith("y") and form == base[:-1] + "ies":
        return "ies"
    if base.endswith("e") and form == base[:-1] + "ing":
        return "ing"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scowl", default="/usr/share/dict/scowl")
    parser.add_argument("--level", type=int, default=70, help="largest SCOWL size to read (10-95); 70 is the large common set")
    parser.add_argument("--output", default=os.path.join(ROOT, "Vocab", "spelling.json"))
    arguments = parser.parse_args()
    if not os.path.isdir(arguments.scowl):
        print(f"make_spelling: {arguments.scowl} does not exist; run `apt-get install scowl`", file=sys.stderr)
        return 2
    american = read_words(arguments.scowl, "american-words", arguments.level)
    british = read_words(arguments.scowl, "british-words", arguments.level)
    pairs = make_pairs(american, british)
    pack = {
        "$schema": "../Schemas/vocabulary.schema.json",
        "name": "spelling",
        "version": "1.0.0",
        "description": f"en-US/en-GB spelling pairs, generated by scripts/vocab/make_spelling.py from SCOWL (size {arguments.level}); do not edit by hand.",
        "spellings": [{"en-US": us, "en-GB": gb} for us, gb in pairs],
    }
    text = json.dumps(pack, indent=2, ensure_ascii=False)
    text = re.sub(r'\{\n\s+"en-US": ("[^"]*"),\n\s+"en-GB": ("[^"]*")\n\s+\}', r'{"en-US": \1, "en-GB": \2}', text)
    with open(arguments.output, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
    print(f"{len(pairs)} pairs written to {arguments.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
