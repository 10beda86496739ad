#!/usr/bin/env python3
"""Validates the VS Code extension's package.json, since VS Code itself cannot run in CI.

Checks what `vsce package` and VS Code check when they load an extension, plus what CareLint's extension
promises: required fields and their forms, activation events, contributes.configuration (types, defaults,
enums), commands (each one contributed is registered in the main file and each one referenced is
contributed), the main file, and the language client dependency.

Usage: check_package.py [editors/vscode]      exit 0 when valid, 1 with one line per problem otherwise.
"""

import json
import re
import sys
from pathlib import Path

SEMVER = re.compile(r"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")
ENGINE = re.compile(r"^[\^~]?\d+\.\d+\.\d+$")
NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
JSON_TYPES = {"string", "boolean", "number", "integer", "array", "object", "null"}
ACTIVATION = re.compile(
    r"^(\*|onStartupFinished|onLanguage:[\w.-]+|onCommand:[\w.-]+|workspaceContains:.+|onFileSystem:[\w-]+"
    r"|onView:[\w.-]+|onUri|onWebviewPanel:[\w.-]+|onCustomEditor:[\w.-]+|onAuthenticationRequest:[\w.-]+"
    r"|onDebug|onDebugResolve:[\w.-]+|onTaskType:[\w.-]+|onWalkthrough:[\w.-]+|onRenderer:[\w.-]+)$"
)

# What CareLint's extension must offer (issue 7).
REQUIRED_LANGUAGES = {"markdown", "plaintext", "html"}
REQUIRED_SETTINGS = {"carelint.path": {"string"}, "carelint.locale": {"string"}, "carelint.readingGrade": {"integer", "number"}}
REQUIRED_COMMANDS = {"carelint.fixAll": "Fix all", "carelint.showReadingGrade": "Show reading grade"}
CLIENT = "vscode-languageclient"


def python_type_matches(value, json_type):
    return {
        "string": isinstance(value, str),
        "boolean": isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "array": isinstance(value, list),
        "object": isinstance(value, dict),
        "null": value is None,
    }[json_type]


def check(root: Path) -> list[str]:
    problems: list[str] = []

    def problem(where, message):
        problems.append(f"{root / 'package.json'}: {where}: {message}")

    try:
        manifest = json.loads((root / "package.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        return [f"{root / 'package.json'}: cannot be read as JSON: {error}"]
    if not isinstance(manifest, dict):
        return [f"{root / 'package.json'}: the top level must be an object"]

    for key in ("name", "displayName", "description", "version", "publisher", "main"):
        if not isinstance(manifest.get(key), str) or not manifest[key].strip():
            problem(key, "a non-empty string is required")
    if isinstance(manifest.get("name"), str) and not NAME.match(manifest["name"]):
        problem("name", f"{manifest['name']!r} must be lowercase letters, digits and hyphens")
    if isinstance(manifest.get("publisher"), str) and not NAME.match(manifest["publisher"]):
        problem("publisher", f"{manifest['publisher']!r} must be lowercase letters, digits and hyphens")
    if isinstance(manifest.get("version"), str) and not SEMVER.match(manifest["version"]):
        problem("version", f"{manifest['version']!r} is not a semantic version")
    engine = (manifest.get("engines") or {}).get("vscode")
    if not isinstance(engine, str) or not ENGINE.match(engine):
        problem("engines.vscode", f"{engine!r} must be a version range such as ^1.82.0")

    # Main file.
    main = manifest.get("main")
    if isinstance(main, str):
        main_path = root / main
        if not main_path.exists() and main_path.suffix == "":
            main_path = main_path.with_suffix(".js")
        if not main_path.is_file():
            problem("main", f"{main} does not exist")
            main_path = None
    else:
        main_path = None
    main_text = main_path.read_text(encoding="utf-8") if main_path else ""

    # Activation.
    events = manifest.get("activationEvents")
    if not isinstance(events, list) or not all(isinstance(e, str) for e in events):
        problem("activationEvents", "a list of strings is required")
        events = []
    for event in events:
        if not ACTIVATION.match(event):
            problem("activationEvents", f"{event!r} is not an activation event VS Code knows")
    languages = {e.split(":", 1)[1] for e in events if e.startswith("onLanguage:")}
    for language in sorted(REQUIRED_LANGUAGES - languages):
        problem("activationEvents", f"onLanguage:{language} is missing")
    if "*" in events:
        problem("activationEvents", '"*" activates on every start; activate on the languages instead')

    contributes = manifest.get("contributes")
    if not isinstance(contributes, dict):
        problem("contributes", "an object is required")
        contributes = {}

    # Configuration.
    configuration = contributes.get("configuration")
    sections = configuration if isinstance(configuration, list) else [configuration]
    properties = {}
    for index, section in enumerate(sections):
        where = f"contributes.configuration[{index}]" if isinstance(configuration, list) else "contributes.configuration"
        if not isinstance(section, dict) or not isinstance(section.get("properties"), dict):
            problem(where, "an object with a properties object is required")
            continue
        if not isinstance(section.get("title"), str):
            problem(where + ".title", "a string is required")
        for key, spec in section["properties"].items():
            pwhere = f"{where}.properties.{key}"
            if key in properties:
                problem(pwhere, "declared twice")
            properties[key] = spec
            if not key.startswith(manifest.get("name", "") + "."):
                problem(pwhere, f"settings are named {manifest.get('name')}.*")
            if not isinstance(spec, dict):
                problem(pwhere, "an object is required")
                continue
            types = spec.get("type")
            types = [types] if isinstance(types, str) else types
            if not isinstance(types, list) or not types or not all(t in JSON_TYPES for t in types):
                problem(pwhere + ".type", f"{spec.get('type')!r} is not a JSON Schema type or list of types")
                continue
            if not (isinstance(spec.get("description"), str) or isinstance(spec.get("markdownDescription"), str)):
                problem(pwhere, "a description or markdownDescription is required")
            if "default" not in spec:
                problem(pwhere, "a default is required")
            elif not any(python_type_matches(spec["default"], t) for t in types):
                problem(pwhere + ".default", f"{spec['default']!r} is not of type {types}")
            for value in spec.get("enum", []):
                if not any(python_type_matches(value, t) for t in types):
                    problem(pwhere + ".enum", f"{value!r} is not of type {types}")
            if "enum" in spec and "default" in spec and spec["default"] not in spec["enum"]:
                problem(pwhere + ".default", f"{spec['default']!r} is not one of the enum values")
            if "enumDescriptions" in spec and len(spec["enumDescriptions"]) != len(spec.get("enum", [])):
                problem(pwhere + ".enumDescriptions", "must have one entry per enum value")
            if "scope" in spec and spec["scope"] not in {
                "application", "machine", "machine-overridable", "window", "resource", "language-overridable"
            }:
                problem(pwhere + ".scope", f"{spec['scope']!r} is not a setting scope")
            for bound in ("minimum", "maximum"):
                if bound in spec and not python_type_matches(spec[bound], "number"):
                    problem(pwhere + "." + bound, "a number is required")
    for key, wanted in REQUIRED_SETTINGS.items():
        spec = properties.get(key)
        if spec is None:
            problem("contributes.configuration", f"setting {key} is missing")
            continue
        types = spec.get("type")
        types = {types} if isinstance(types, str) else set(types or [])
        if not types & wanted:
            problem(f"contributes.configuration.{key}", f"must accept {' or '.join(sorted(wanted))}")

    # Commands: contributed, titled, registered, and every reference resolved.
    commands = contributes.get("commands", [])
    contributed = {}
    for index, command in enumerate(commands if isinstance(commands, list) else []):
        if not isinstance(command, dict) or not isinstance(command.get("command"), str) or not isinstance(command.get("title"), str):
            problem(f"contributes.commands[{index}]", "command and title strings are required")
            continue
        if command["command"] in contributed:
            problem(f"contributes.commands[{index}]", f"{command['command']} declared twice")
        contributed[command["command"]] = command
    for command, title in REQUIRED_COMMANDS.items():
        entry = contributed.get(command)
        if entry is None:
            problem("contributes.commands", f"{command} is missing")
        elif entry["title"] != title or entry.get("category") != "CareLint":
            problem("contributes.commands", f'{command} must read "CareLint: {title}" in the palette')
    registered = set(re.findall(r"registerCommand\(\s*['\"]([^'\"]+)['\"]", main_text))
    for command in sorted(set(contributed) - registered):
        problem("contributes.commands", f"{command} is contributed but {main} never registers it")
    for command in sorted(registered - set(contributed)):
        problem("contributes.commands", f"{main} registers {command}, which is not contributed")
    referenced = []
    for menu, items in (contributes.get("menus") or {}).items():
        for item in items:
            if "command" in item:
                referenced.append((f"contributes.menus.{menu}", item["command"]))
    for index, binding in enumerate(contributes.get("keybindings") or []):
        referenced.append((f"contributes.keybindings[{index}]", binding.get("command")))
    for event in events:
        if event.startswith("onCommand:"):
            referenced.append(("activationEvents", event.split(":", 1)[1]))
    for where, command in referenced:
        if command not in contributed:
            problem(where, f"refers to {command!r}, which is not contributed")

    # The language client.
    dependencies = manifest.get("dependencies") or {}
    if CLIENT not in dependencies:
        problem("dependencies", f"{CLIENT} is required")
    if main_text and f"require('{CLIENT}/node')" not in main_text and f'require("{CLIENT}/node")' not in main_text:
        problem("main", f"{main} must use {CLIENT}/node")
    return problems


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
    problems = check(root)
    for line in problems:
        print(line)
    if problems:
        print(f"vscode package.json: {len(problems)} problem(s)")
        return 1
    print(f"vscode package.json: valid ({root / 'package.json'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
