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
    // The server reloads .carelint.json when it changes, and pulls the `carelint` settings through
    // workspace/configuration; it is sent only the keys it reads (carelint.path and carelint.trace are the
    // client's own; the server ignores keys it does not read).
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.carelint.json') },
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const sections = await next(params, token);
          return Array.isArray(sections)
            ? sections.map((section, index) => (params.items[index].section === 'carelint' ? serverSettings(section) : section))
            : sections;
        },
      },
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
      if (event.affectsConfiguration('carelint') && client.state === State.Running) {
        // The pull model: no settings in the notification, the server asks again.
        client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      }
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

// The settings carelint-lsp reads, without the unset (null) ones, which leave .carelint.json in charge.
function serverSettings(section) {
  const settings = {};
  for (const key of ['locale', 'readingGrade']) {
    if (section && section[key] !== null && section[key] !== undefined) settings[key] = section[key];
  }
  return settings;
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

// The document's readability as { grade, target, above, summary }: from the server's carelint/readability request
// when it advertises it (grade: the mean of the SMOG and Flesch–Kincaid grades, which readability/grade compares
// with the target), else from its hover on the title (grade: the higher of the two).
async function readingGrade(document) {
  if (!client || client.state !== State.Running) return undefined;
  const capabilities = (client.initializeResult && client.initializeResult.capabilities) || {};
  if (capabilities.experimental && capabilities.experimental.readabilityProvider) {
    const result = await client.sendRequest('carelint/readability', { textDocument: { uri: document.uri.toString() } });
    return fromReadability(result);
  }
  const position = titlePosition(document);
  const hover = await client.sendRequest('textDocument/hover', {
    textDocument: { uri: document.uri.toString() },
    position: { line: position.line, character: position.character },
  });
  return parseReadability(hoverText(hover && hover.contents));
}

function fromReadability(result) {
  if (!result || typeof result.grade !== 'number') return undefined;
  const figure = (value) => Number(value).toFixed(1);
  const summary =
    `grade ${figure(result.grade)} (Flesch–Kincaid ${figure(result.fleschKincaidGrade)}, SMOG ${figure(result.smogGrade)}), ` +
    `target ${figure(result.target)}, ${result.words} words`;
  return { grade: result.grade, target: result.target, above: result.withinTarget === false, summary };
}

function parseReadability(text) {
  const figure = (label) => {
    const match = new RegExp(`${label}\\s*\\|\\s*(\\d+(?:\\.\\d+)?)`, 'i').exec(text);
    return match ? Number(match[1]) : undefined;
  };
  const fleschKincaid = figure('Flesch[–-]Kincaid grade');
  const smog = figure('SMOG grade');
  const grades = [fleschKincaid, smog].filter((grade) => grade !== undefined);
  if (grades.length === 0) return undefined;
  const targetMatch = /target grade\s*(\d+(?:\.\d+)?)/i.exec(text);
  const target = targetMatch ? Number(targetMatch[1]) : undefined;
  const parts = [];
  if (fleschKincaid !== undefined) parts.push(`Flesch–Kincaid grade ${fleschKincaid.toFixed(1)}`);
  if (smog !== undefined) parts.push(`SMOG grade ${smog.toFixed(1)}`);
  if (target !== undefined) parts.push(`target ${target.toFixed(1)}`);
  const grade = Math.max(...grades);
  return { grade, target, above: target !== undefined && grade > target, summary: parts.join(', ') };
}

function hoverText(contents) {
  if (!contents) return '';
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(hoverText).join('\n');
  return contents.value || '';
}

// Where the server answers with the document's readability: the end of the title's line (the first ATX or
// setext heading after any YAML front matter), where no vocabulary term can be hovered instead.
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
  let line = first < document.lineCount ? first : 0;
  for (let i = first; i < document.lineCount; i += 1) {
    const text = document.lineAt(i).text;
    if (/^ {0,3}#{1,6}\s+/.test(text)) {
      line = i;
      break;
    }
    if (i > first && /^ {0,3}=+\s*$/.test(text) && document.lineAt(i - 1).text.trim()) {
      line = i - 1;
      break;
    }
  }
  const end = document.lineCount > 0 ? document.lineAt(line).text.length : 0; // UTF-16 code units
  return new vscode.Position(line, end);
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
    statusItem.tooltip = `CareLint: ${readability.summary}`;
    statusItem.backgroundColor = readability.above ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    statusItem.show();
  } catch (error) {
    statusItem.hide();
  }
}

module.exports = { activate, deactivate, serverSettings };
