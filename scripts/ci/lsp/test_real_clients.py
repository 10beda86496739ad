"""carelint-lsp driven by pytest-lsp with the recorded capabilities of real editors.

Each client declares what it supports (position encodings, pulled diagnostics, configuration); the server must
answer each in the form it asked for. pytest-lsp also checks every message against the client's capabilities.
"""

import json
import os
import pathlib
import sys
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

SERVER = os.environ.get("CARELINT_LSP", str(pathlib.Path(".build/debug/carelint-lsp").resolve()))

PACK = {
    "name": "house",
    "concepts": [
        {"id": "hepatic", "term": "hepatic", "plain": ["liver"], "plainIsExact": True, "category": "anatomy",
         "definition": "To do with the liver.", "sources": ["001"]},
        {"id": "rfa", "term": "radiofrequency ablation", "acronym": "RFA", "category": "treatment",
         "definition": "A treatment that uses heat from radio waves to destroy a tumor."},
    ],
}

# A line that starts with an emoji: UTF-16 and UTF-8 columns differ on it.
TEXT = "# Care\n\n\U0001F600 The hepatic tissue and RFA.\n"
# (line, utf-16 start, utf-16 end, utf-8 start, utf-8 end) of each finding
EXPECTED = {
    "vocab/jargon": (2, 7, 14, 9, 16),
    "vocab/acronym": (2, 26, 29, 28, 31),
}

# Rules other than the vocabulary rules under test are off, so the test sees only what it is about.
OTHER_RULES = ["numbers/percent-style", "numbers/unit-conversion", "readability/grade", "readability/long-paragraph",
               "readability/long-sentence", "readability/passive-voice", "spelling/locale", "spelling/repeated-word",
               "spelling/unknown-word", "structure/required-section", "structure/review-date", "style/reader-address"]

CLIENTS = ["neovim@v0.7.0", "neovim@v0.11.0", "emacs@v29.1", "visual-studio-code@v1.65.2"]


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[SERVER, "--stdio"]), params=CLIENTS)
async def client(request, lsp_client: LanguageClient):
    folder = pathlib.Path(tempfile.mkdtemp(prefix="carelint-pytest-lsp-"))
    (folder / "house.json").write_text(json.dumps(PACK))
    (folder / ".carelint.json").write_text(json.dumps({"vocabularies": ["./house.json"], "rules": {rule: "off" for rule in OTHER_RULES}}))
    # Real editors accept the server's file watchers; pytest-lsp's client needs to be told to.
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params):
        return None

    lsp_client.folder = folder
    lsp_client.spec = request.param
    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities(request.param), root_uri=folder.as_uri())
    )
    lsp_client.encoding = result.capabilities.position_encoding
    lsp_client.pull = result.capabilities.diagnostic_provider is not None
    yield
    await lsp_client.shutdown_session()


async def diagnostics_of(client: LanguageClient, uri: str):
    if client.pull:
        report = await client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        return report.items
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics[uri]


@pytest.mark.asyncio
async def test_diagnostics_code_actions_and_hover(client: LanguageClient):
    uri = (client.folder / "draft.md").as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=0, text=TEXT)
        )
    )
    diagnostics = await diagnostics_of(client, uri)
    utf8 = client.encoding == types.PositionEncodingKind.Utf8
    found = {}
    for diagnostic in diagnostics:
        assert diagnostic.source == "carelint"
        found[diagnostic.code] = (diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character)
    expected = {code: (line, u8s, u8e) if utf8 else (line, u16s, u16e) for code, (line, u16s, u16e, u8s, u8e) in EXPECTED.items()}
    assert found == expected, client.spec

    line, start, end = expected["vocab/jargon"]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=line, character=start), end=types.Position(line=line, character=start)),
            context=types.CodeActionContext(diagnostics=[d for d in diagnostics if d.code == "vocab/jargon"]),
        )
    )
    titles = [action.title for action in actions]
    assert titles[:2] == ['Replace with "liver"', "Disable vocab/jargon for this line"], titles
    assert actions[0].is_preferred is True

    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=line, character=start + 1))
    )
    assert hover.contents.value.startswith("**hepatic**")
    assert (hover.range.start.character, hover.range.end.character) == (start, end)
