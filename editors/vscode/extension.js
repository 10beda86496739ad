'use strict';
// CareLint for VS Code: starts carelint-lsp for Markdown, plain-text and HTML documents through
// vscode-languageclient, adds "CareLint: Fix all" and "CareLint: Show reading grade", and shows the active
// document's reading grade in the status bar.

const vscode = require('vscode');
const { LanguageClient, State } = require('vscode-languageclient/node');

const LANGUAGES = ['markdown', 'plaintext', 'html'];
const FIX_ALL_KIND = 'source.fixAll.carelint';

let client;
let statusItem;
let gradeTimer;

function activate(context) {
  const command = vscode.workspace.getConfiguration('carelint').get('path') || 'carelint-lsp';
  const serverOptions = { command, args: [] };
  const clientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // The server reads the `carelint` section through workspace/configuration and reloads .carelint.json.
    synchronize: {
      configurationSection: 'carelint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.carelint.json'),
    },
  };
  client = new LanguageClient('carelint', 'CareLint', serverOptions, clientOptions);

  statusItem = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  statusItem.command = 'carelint.showReadingGrade';

  context.subscriptions.push(
    statusItem,
    vscode.commands.registerCommand('carelint.fixAll', fixAll),
    vscode.commands.registerCommand('carelint.showReadingGrade', showReadingGrade),
    vscode.window.onDidChangeActiveTextEditor(() => scheduleGrade(0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      const editor = vscode.window.activeTextEditor;
      if (editor && event.document === editor.document) scheduleGrade(500);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('carelint.path')) {
        vscode.window.showInformationMessage('CareLint: reload the window to start the server from the new carelint.path.');
      }
    }),
  );

  return client.start().then(
    () => scheduleGrade(0),
    (error) => {
      vscode.window.showErrorMessage(
        `CareLint could not start "${command}": ${error.message}. Build carelint-lsp and put it on PATH, or set carelint.path.`,
      );
    },
  );
}

function deactivate() {
  clearTimeout(gradeTimer);
  return client ? client.stop() : undefined;
}

// Applies every safe fix of the active document: the server's source.fixAll.carelint code action.
function fixAll() {
  return vscode.commands.executeCommand('editor.action.sourceAction', { kind: FIX_ALL_KIND, apply: 'first' });
}

async function showReadingGrade() {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !LANGUAGES.includes(editor.document.languageId)) {
    vscode.window.showInformationMessage('CareLint: open a Markdown, plain-text or HTML document first.');
    return;
  }
  const readability = await readingGrade(editor.document);
  if (!readability) {
    vscode.window.showInformationMessage('CareLint: no readability figures for this document yet.');
    return;
  }
  vscode.window.showInformationMessage(`CareLint: ${readability.summary}`);
}

// The document's readability, as { grade, summary }: the server's hover on the title, which carries the
// document's reading grades.
async function readingGrade(document) {
  if (!client || client.state !== State.Running) return undefined;
  const position = titlePosition(document);
  const hover = await client.sendRequest('textDocument/hover', {
    textDocument: { uri: document.uri.toString() },
    position: { line: position.line, character: position.character },
  });
  const text = hoverText(hover && hover.contents).trim();
  const match = /grade\D{0,40}?(\d+(?:\.\d+)?)/i.exec(text);
  if (!match) return undefined;
  return { grade: Number(match[1]), summary: text.replace(/[*_`#]/g, '').replace(/\s+/g, ' ') };
}

function hoverText(contents) {
  if (!contents) return '';
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(hoverText).join('\n');
  return contents.value || '';
}

// The title: the first ATX or setext heading after any YAML front matter.
function titlePosition(document) {
  let first = 0;
  if (document.lineCount > 0 && document.lineAt(0).text === '---') {
    for (let i = 1; i < document.lineCount; i += 1) {
      const text = document.lineAt(i).text;
      if (text === '---' || text === '...') {
        first = i + 1;
        break;
      }
    }
  }
  for (let i = first; i < document.lineCount; i += 1) {
    const text = document.lineAt(i).text;
    const atx = /^ {0,3}#{1,6}\s+/.exec(text);
    if (atx) return new vscode.Position(i, atx[0].length);
    if (i > first && /^ {0,3}=+\s*$/.test(text) && document.lineAt(i - 1).text.trim()) return new vscode.Position(i - 1, 0);
  }
  return new vscode.Position(first < document.lineCount ? first : 0, 0);
}

function scheduleGrade(delay) {
  clearTimeout(gradeTimer);
  gradeTimer = setTimeout(updateStatus, delay);
}

async function updateStatus() {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !LANGUAGES.includes(editor.document.languageId)) {
    statusItem.hide();
    return;
  }
  try {
    const readability = await readingGrade(editor.document);
    if (!readability) {
      statusItem.hide();
      return;
    }
    statusItem.text = `$(book) Grade ${readability.grade.toFixed(1)}`;
    statusItem.tooltip = readability.summary;
    statusItem.show();
  } catch (error) {
    statusItem.hide();
  }
}

module.exports = { activate, deactivate };
