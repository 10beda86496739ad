"""Write a generated list, or with --check compare it with the checked-in file (the CI check of every generator
under scripts/vocab that writes one text file)."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def write_or_check(path, text, script, summary):
    """With --check on the command line, exit 1 with a message naming the file and the script when the file's
    contents differ from `text`; otherwise write `text` to `path` and print `summary`."""
    relative = os.path.relpath(path, ROOT)
    if "--check" in sys.argv:
        with open(path, encoding="utf-8") as handle:
            if handle.read() != text:
                print(f"{relative} differs from what {script} generates; run it")
                sys.exit(1)
        return
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(summary)
