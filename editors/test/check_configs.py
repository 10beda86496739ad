#!/usr/bin/env python3
"""Checks the editor configurations that cannot run in CI (Helix, Sublime Text, Kakoune) for structure:
each parses as its editor reads it, names carelint-lsp, and covers the file types CareLint checks.

Usage: check_configs.py [editors/]      exit 0 when all are valid, 1 with one line per problem otherwise.
"""

import json
import re
import sys
import tomllib
from pathlib import Path

SERVER = "carelint-lsp"


def strip_json_comments(text: str) -> str:
    """Sublime's JSON allows // and /* */ comments outside strings, and trailing commas."""
    out, i, in_string = [], 0, False
    while i < len(text):
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\":
                out.append(text[i + 1])
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
            out.append(c)
        elif text.startswith("//", i):
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        elif text.startswith("/*", i):
            i = text.index("*/", i) + 2
            continue
        else:
            out.append(c)
        i += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


def check_helix(path: Path, problems: list[str]) -> None:
    config = tomllib.loads(path.read_text(encoding="utf-8"))
    server = config.get("language-server", {}).get("carelint")
    if not server or server.get("command") != SERVER:
        problems.append(f"{path}: [language-server.carelint] must run command = \"{SERVER}\"")
    languages = {entry.get("name"): entry for entry in config.get("language", [])}
    for name in ("markdown", "html", "text"):
        entry = languages.get(name)
        if entry is None:
            problems.append(f"{path}: no [[language]] entry for {name}")
        elif "carelint" not in entry.get("language-servers", []):
            problems.append(f"{path}: the {name} entry does not list carelint in language-servers")
    text = languages.get("text", {})
    if text and (not text.get("scope") or "txt" not in text.get("file-types", [])):
        problems.append(f"{path}: a new language needs a scope and file-types (txt)")


def check_sublime(path: Path, problems: list[str]) -> None:
    settings = json.loads(strip_json_comments(path.read_text(encoding="utf-8")))
    client = settings.get("clients", {}).get("carelint")
    if not isinstance(client, dict):
        problems.append(f"{path}: clients.carelint is missing")
        return
    if client.get("command") != [SERVER]:
        problems.append(f"{path}: clients.carelint.command must be [\"{SERVER}\"]")
    if client.get("enabled") is not True:
        problems.append(f"{path}: clients.carelint.enabled must be true")
    selector = client.get("selector", "")
    for scope in ("text.html.markdown", "text.plain", "text.html.basic"):
        if scope not in selector:
            problems.append(f"{path}: the selector does not include {scope}")
    if not isinstance(client.get("settings", {}), dict):
        problems.append(f"{path}: clients.carelint.settings must be an object")


def check_kakoune(path: Path, problems: list[str]) -> None:
    text = path.read_text(encoding="utf-8")
    match = re.search(r"lsp_servers %\{\n(.*?)\n\s*\}\n\}", text, re.S)
    if not match:
        problems.append(f"{path}: no lsp_servers %{{...}} block")
        return
    servers = tomllib.loads("\n".join(line.strip() for line in match.group(1).splitlines()))
    server = servers.get("carelint", {})
    if server.get("command") != SERVER:
        problems.append(f"{path}: [carelint] must run command = \"{SERVER}\"")
    if ".carelint.json" not in server.get("root_globs", []):
        problems.append(f"{path}: root_globs should find .carelint.json")
    if not re.search(r"filetype=\(markdown\|html\)", text):
        problems.append(f"{path}: the hook must cover the markdown and html filetypes")


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
    problems: list[str] = []
    checks = [
        (root / "helix" / "languages.toml", check_helix),
        (root / "sublime" / "LSP.sublime-settings", check_sublime),
        (root / "kakoune" / "carelint.kak", check_kakoune),
    ]
    for path, check in checks:
        try:
            check(path, problems)
        except (OSError, ValueError, tomllib.TOMLDecodeError) as error:
            problems.append(f"{path}: cannot be read: {error}")
    for line in problems:
        print(line)
    if problems:
        print(f"editor configurations: {len(problems)} problem(s)")
        return 1
    print(f"editor configurations: valid ({', '.join(str(p.relative_to(root)) for p, _ in checks)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
