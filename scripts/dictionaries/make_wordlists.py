#!/usr/bin/env python3
"""Generates the bundled word lists in Dictionaries/ from Debian's SCOWL-derived word lists.

Inputs (apt-get install wamerican-large wbritish-large): /usr/share/dict/american-english-large and
/usr/share/dict/british-english-large, SCOWL size 70. Outputs:
  Dictionaries/en.txt     words in both lists
  Dictionaries/en-US.txt  words only in the American list ("tumor", "color", "-ize" forms)
  Dictionaries/en-GB.txt  words only in the British list ("tumour", "colour", "-ise" forms)
  Dictionaries/LICENSE-SCOWL   the word lists' copyright file, verbatim (its UKACD part asks for that)
  Dictionaries/README.md       its table of counts (the rest of the file is kept by hand)
One word per line, UTF-8, sorted by code point; possessives ("'s") are dropped (WordList accepts "'s" after any
word). The build embeds every Dictionaries/*.txt into the CareLint module.

Usage: python3 scripts/dictionaries/make_wordlists.py   (from the repository root)
"""
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Dictionaries")
AMERICAN = "/usr/share/dict/american-english-large"
BRITISH = "/usr/share/dict/british-english-large"
COPYRIGHT = "/usr/share/doc/wamerican-large/copyright"
PACKAGE = "wamerican-large"


def read(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if not word or word.endswith("'s"):
                continue
            words.add(word)
    return words


def version(package):
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write(name, words):
    path = os.path.join(OUT, name)
    data = "".join(w + "\n" for w in sorted(words))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    return len(words), len(data.encode("utf-8"))


def main():
    us, gb = read(AMERICAN), read(BRITISH)
    os.makedirs(OUT, exist_ok=True)
    stats = {
        "en.txt": write("en.txt", us & gb),
        "en-US.txt": write("en-US.txt", us - gb),
        "en-GB.txt": write("en-GB.txt", gb - us),
    }
    with open(COPYRIGHT, encoding="utf-8") as f:
        copyright_text = f.read()
    with open(os.path.join(OUT, "LICENSE-SCOWL"), "w", encoding="utf-8") as f:
        f.write("The word lists in this folder (en.txt, en-US.txt, en-GB.txt) are generated from SCOWL (Spell Checker\n"
                "Oriented Word Lists) by Kevin Atkinson, as packaged by Debian in wamerican-large and wbritish-large\n"
                f"(version {version(PACKAGE)}). What follows is that package's copyright file, verbatim.\n\n")
        f.write(copyright_text)
    total = sum(size for _, size in stats.values())
    rows = "\n".join(f"| `{name}` | {count:,} | {size:,} |" for name, (count, size) in stats.items())
    # Dictionaries/README.md is kept by hand (every list of this folder is described there); only its table of
    # counts is this script's, rewritten in place ("| file | words | bytes |" up to the total row).
    table = f"| file | words | bytes |\n|---|---|---|\n{rows}\n| total | | {total:,} |\n"
    path = os.path.join(OUT, "README.md")
    with open(path, encoding="utf-8") as f:
        readme = f.read()
    start = readme.index("| file | words | bytes |")
    end = readme.index("\n", readme.index("| total |", start)) + 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(readme[:start] + table + readme[end:])
    for name, (count, size) in stats.items():
        print(f"{name}: {count} words, {size} bytes")
    print(f"total {total} bytes")


if __name__ == "__main__":
    main()
