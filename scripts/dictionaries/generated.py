"""The end every generator of a committed list shares: write the file, or with --check say whether the committed
file is what the generator makes now (CI runs the check, so a list never drifts from its script)."""
import os
import sys


def write_or_check(path, text, tool, summary, check):
    """Writes `text` to `path`, or with `check` compares it with the file there. `tool` names the script in messages,
    `summary` says what the file holds ("30,160 words"). Returns the exit status: 0, or 1 when the check fails."""
    shown = os.path.relpath(path, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    if check:
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        if current != text:
            print(f"{tool}: {shown} is out of date; run scripts/dictionaries/{tool}.py", file=sys.stderr)
            return 1
        print(f"{tool}: {shown} is up to date ({summary})")
        return 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    print(f"{tool}: wrote {summary} to {shown}")
    return 0
