'use strict';
// Runs extension.js against stand-ins for the `vscode` and `vscode-languageclient/node` modules (VS Code
// cannot run in CI): what the extension starts, registers, sends and shows.
//   node --test editors/vscode/test/

const test = require('node:test');
const assert = require('node:assert');
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');

const root = path.resolve(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function makeWorld({ settings = {}, hover = null, readability, experimental } = {}) {
  const world = { commands: {}, executed: [], requests: [], clients: [], messages: [], status: null };
  class ThemeColor {
    constructor(id) {
      this.id = id;
    }
  }
  class Position {
    constructor(line, character) {
      this.line = line;
      this.character = character;
    }
  }
  const vscode = {
    Position,
    ThemeColor,
    StatusBarAlignment: { Left: 1, Right: 2 },
    window: {
      activeTextEditor: undefined,
      createStatusBarItem() {
        world.status = { text: '', tooltip: '', visible: false, show() { this.visible = true; }, hide() { this.visible = false; }, dispose() {} };
        return world.status;
      },
      onDidChangeActiveTextEditor: () => ({ dispose() {} }),
      showInformationMessage: (m) => world.messages.push(m),
      showErrorMessage: (m) => world.messages.push(m),
    },
    workspace: {
      getConfiguration: (section) => ({ get: (key) => settings[`${section}.${key}`] }),
      createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
      onDidChangeTextDocument: () => ({ dispose() {} }),
      onDidChangeConfiguration: () => ({ dispose() {} }),
    },
    commands: {
      registerCommand(name, fn) {
        world.commands[name] = fn;
        return { dispose() {} };
      },
      executeCommand(name, args) {
        world.executed.push([name, args]);
        return Promise.resolve();
      },
    },
  };
  const State = { Stopped: 1, Running: 2, Starting: 3 };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, state: State.Stopped });
      world.clients.push(this);
    }
    start() {
      this.state = State.Running;
      this.initializeResult = { capabilities: experimental ? { hoverProvider: true, experimental } : { hoverProvider: true } };
      return Promise.resolve();
    }
    stop() {
      this.state = State.Stopped;
      return Promise.resolve();
    }
    sendRequest(method, params) {
      world.requests.push([method, params]);
      return Promise.resolve(method === 'carelint/readability' ? readability : hover);
    }
  }
  world.vscode = vscode;
  world.languageClient = { LanguageClient, State };
  return world;
}

function loadExtension(world) {
  const originalLoad = Module._load;
  Module._load = function load(request, parent, isMain) {
    if (request === 'vscode') return world.vscode;
    if (request === 'vscode-languageclient/node') return world.languageClient;
    return originalLoad.call(this, request, parent, isMain);
  };
  try {
    const file = path.join(root, manifest.main);
    delete require.cache[require.resolve(file)];
    return require(file);
  } finally {
    Module._load = originalLoad;
  }
}

function documentOf(lines, languageId = 'markdown') {
  return {
    languageId,
    uri: { toString: () => 'file:///tmp/draft.md' },
    lineCount: lines.length,
    lineAt: (i) => ({ text: lines[i] }),
  };
}

// What carelint-lsp answers on the title (Sources/CareLintServer/Handlers/Hover.swift).
const READABILITY_HOVER = [
  '**Reading level** · target grade 8.0 (within target)',
  '',
  '| Measure | Value |',
  '|---|---|',
  '| Flesch–Kincaid grade | 6.2 |',
  '| SMOG grade | 7.1 |',
  '| Flesch reading ease | 74.0 |',
  '',
  '120 words, 10 sentences, 160 syllables, 8 words of three or more syllables.',
].join('\n');

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

test('starts carelint-lsp from carelint.path for the languages it activates on', async () => {
  const world = makeWorld({ settings: { 'carelint.path': '/opt/carelint/bin/carelint-lsp' } });
  const extension = loadExtension(world);
  await extension.activate({ subscriptions: [] });
  assert.strictEqual(world.clients.length, 1);
  const client = world.clients[0];
  assert.strictEqual(client.id, 'carelint');
  assert.strictEqual(client.serverOptions.command, '/opt/carelint/bin/carelint-lsp');
  const languages = new Set(client.clientOptions.documentSelector.map((s) => s.language));
  const activation = new Set(manifest.activationEvents.map((e) => e.replace('onLanguage:', '')));
  assert.deepStrictEqual([...languages].sort(), [...activation].sort());
  assert.strictEqual(client.clientOptions.synchronize.fileEvents.glob, '**/.carelint.json');
  assert.deepStrictEqual(Object.keys(world.commands).sort(), manifest.contributes.commands.map((c) => c.command).sort());
  await extension.deactivate();
});

test('defaults to carelint-lsp on PATH', async () => {
  const world = makeWorld();
  await loadExtension(world).activate({ subscriptions: [] });
  assert.strictEqual(world.clients[0].serverOptions.command, 'carelint-lsp');
});

test('Fix all runs the source.fixAll.carelint action', async () => {
  const world = makeWorld();
  await loadExtension(world).activate({ subscriptions: [] });
  await world.commands['carelint.fixAll']();
  assert.deepStrictEqual(world.executed, [['editor.action.sourceAction', { kind: 'source.fixAll.carelint', apply: 'first' }]]);
});

test('the status bar shows the grade from the hover at the end of the title, after the front matter', async () => {
  const hover = { contents: { kind: 'markdown', value: READABILITY_HOVER } };
  const world = makeWorld({ hover });
  world.vscode.window.activeTextEditor = {
    document: documentOf(['---', 'title: Liver care', '---', '', '# Liver care', '', 'Text.']),
  };
  await loadExtension(world).activate({ subscriptions: [] });
  await settle();
  assert.deepStrictEqual(world.requests, [
    ['textDocument/hover', { textDocument: { uri: 'file:///tmp/draft.md' }, position: { line: 4, character: 12 } }],
  ]);
  assert.strictEqual(world.status.text, '$(book) Grade 7.1');
  assert.strictEqual(world.status.visible, true);
  assert.strictEqual(world.status.backgroundColor, undefined);
  await world.commands['carelint.showReadingGrade']();
  assert.strictEqual(world.messages.at(-1), 'CareLint: Flesch–Kincaid grade 6.2, SMOG grade 7.1, target 8.0');
});

test('a setext title is found too; a grade above the target is shown as a warning', async () => {
  const plain = READABILITY_HOVER.replace(/\*\*/g, '').replace('target grade 8.0 (within', 'target grade 6.0 (above');
  const world = makeWorld({ hover: { contents: { kind: 'plaintext', value: plain } } });
  world.vscode.window.activeTextEditor = { document: documentOf(['Liver care', '==========', '', 'Text.']) };
  await loadExtension(world).activate({ subscriptions: [] });
  await settle();
  assert.deepStrictEqual(world.requests[0][1].position, { line: 0, character: 10 });
  assert.strictEqual(world.status.text, '$(book) Grade 7.1');
  assert.strictEqual(world.status.backgroundColor.id, 'statusBarItem.warningBackground');
});

test('no grade in the hover, or another language: the status bar item is hidden', async () => {
  const world = makeWorld({ hover: { contents: { kind: 'markdown', value: '**hepatic**: of the liver' } } });
  world.vscode.window.activeTextEditor = { document: documentOf(['# Liver care']) };
  await loadExtension(world).activate({ subscriptions: [] });
  await settle();
  assert.strictEqual(world.status.visible, false);

  const other = makeWorld({ hover: { contents: READABILITY_HOVER } });
  other.vscode.window.activeTextEditor = { document: documentOf(['# Title'], 'python') };
  await loadExtension(other).activate({ subscriptions: [] });
  await settle();
  assert.strictEqual(other.requests.length, 0);
  assert.strictEqual(other.status.visible, false);
});

// What carelint-lsp answers to carelint/readability (Sources/CareLintServer/Handlers/Readability.swift).
const READABILITY_RESULT = {
  grade: 6.7, fleschKincaidGrade: 6.2, smogGrade: 7.1, fleschReadingEase: 74, target: 8, withinTarget: true,
  words: 120, sentences: 10, syllables: 160, polysyllables: 8,
};

test('a server that advertises readabilityProvider is asked carelint/readability, not the hover', async () => {
  const world = makeWorld({ experimental: { readabilityProvider: true }, readability: READABILITY_RESULT, hover: { contents: READABILITY_HOVER } });
  world.vscode.window.activeTextEditor = { document: documentOf(['# Liver care', '', 'Text.']) };
  await loadExtension(world).activate({ subscriptions: [] });
  await settle();
  assert.deepStrictEqual(world.requests, [['carelint/readability', { textDocument: { uri: 'file:///tmp/draft.md' } }]]);
  assert.strictEqual(world.status.text, '$(book) Grade 6.7');
  assert.strictEqual(world.status.tooltip, 'CareLint: grade 6.7 (Flesch–Kincaid 6.2, SMOG 7.1), target 8.0, 120 words');
  assert.strictEqual(world.status.backgroundColor, undefined);
  await world.commands['carelint.showReadingGrade']();
  assert.strictEqual(world.messages.at(-1), 'CareLint: grade 6.7 (Flesch–Kincaid 6.2, SMOG 7.1), target 8.0, 120 words');
});

test('carelint/readability: above the target is a warning; no prose (grade null) hides the item', async () => {
  const above = makeWorld({ experimental: { readabilityProvider: true }, readability: { ...READABILITY_RESULT, target: 6, withinTarget: false } });
  above.vscode.window.activeTextEditor = { document: documentOf(['# Liver care']) };
  await loadExtension(above).activate({ subscriptions: [] });
  await settle();
  assert.strictEqual(above.status.backgroundColor.id, 'statusBarItem.warningBackground');

  const empty = { ...READABILITY_RESULT, grade: null, fleschKincaidGrade: null, smogGrade: null, fleschReadingEase: null, withinTarget: null, words: 0 };
  const none = makeWorld({ experimental: { readabilityProvider: true }, readability: empty });
  none.vscode.window.activeTextEditor = { document: documentOf(['# Liver care']) };
  await loadExtension(none).activate({ subscriptions: [] });
  await settle();
  assert.strictEqual(none.status.visible, false);
});

test('workspace/configuration sends the server only the settings it reads', async () => {
  const world = makeWorld();
  await loadExtension(world).activate({ subscriptions: [] });
  const { configuration } = world.clients[0].clientOptions.middleware.workspace;
  const params = { items: [{ section: 'carelint' }, { section: 'editor' }] };
  const answer = await configuration(params, undefined, async () => [
    { path: '/opt/carelint-lsp', locale: 'en-GB', readingGrade: null, trace: { server: 'off' } },
    { tabSize: 4 },
  ]);
  assert.deepStrictEqual(answer, [{ locale: 'en-GB' }, { tabSize: 4 }]);
});
