// The bundled client (dist/extension.js, as packaged) activated against a stand-in for the VS Code
// API: the commands it registers are the ones package.json contributes, a missing server gives the
// message with its button to the setting, and a server that is found is started as `inspect lsp`
// (and, when it closes at once, reported once by the extension with the log and setting a click away).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'inspect-extension-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in for whatever the client's libraries touch and this test does not look at. */
function inert(name) {
  return new Proxy(function () {}, {
    get: (_, p) => (p === 'then' ? undefined : p === Symbol.toPrimitive ? () => name : inert(`${name}.${String(p)}`)),
    apply: () => inert(`${name}()`),
    construct: () => inert(`new ${name}`),
  });
}

/** The object, with a stand-in for each member it lacks. */
function completed(object, name) {
  return new Proxy(object, { get: (t, p) => (p in t ? t[p] : inert(`${name}.${String(p)}`)) });
}

/** The VS Code API the extension itself calls, recording what it is asked to do. */
function fakeVscode(settingValue, choice) {
  const events = [];
  const disposable = { dispose() {} };
  const channel = completed({
    info: m => events.push(['log.info', m]),
    error: m => events.push(['log.error', m]),
    show: () => events.push(['log.show']),
    dispose() {},
  }, 'channel');
  const api = {
    version: '1.91.0',
    window: completed({
      createOutputChannel: (name, options) => { events.push(['createOutputChannel', name, options]); return channel; },
      showErrorMessage: (message, ...items) => { events.push(['showErrorMessage', message, ...items]); return Promise.resolve(choice); },
    }, 'window'),
    commands: completed({
      registerCommand: id => { events.push(['registerCommand', id]); return disposable; },
      executeCommand: (...args) => { events.push(['executeCommand', ...args]); return Promise.resolve(); },
    }, 'commands'),
    workspace: completed({
      getConfiguration: section => ({ get: (key, fallback) => (section === 'inspect' && key === 'server.path' ? settingValue : fallback) }),
      onDidChangeConfiguration: () => disposable,
      workspaceFolders: [{ uri: { fsPath: work } }],
    }, 'workspace'),
  };
  return { events, vscode: completed(api, 'vscode') };
}

/** Loads a fresh copy of the bundle with `vscode` resolved to the stand-in. */
function loadExtension(vscode) {
  const require = createRequire(import.meta.url);
  const bundle = require.resolve('../dist/extension.js');
  delete require.cache[bundle];
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
  };
  try {
    return require(bundle);
  } finally {
    Module._load = load;
  }
}

const settle = () => new Promise(resolve => setTimeout(resolve, 50));

test('a missing server is reported with a button that opens the setting', async () => {
  const { events, vscode } = fakeVscode('tools/inspect', 'Open Settings');
  const extension = loadExtension(vscode);
  await extension.activate({ subscriptions: [], extensionPath: join(work, 'extension') });
  await settle();
  const message = `The setting inspect.server.path is 'tools/inspect', but ${join(work, 'tools', 'inspect')} does not exist. ` +
    'Point it to an inspect executable (the one scripts/inspect publishes, or `dotnet tool install InspectFramework.Cli`), or clear it to use the server inside the extension.';
  assert.deepEqual(events, [
    ['createOutputChannel', 'InspectFramework Language Server', { log: true }],
    ['registerCommand', 'inspect.restartServer'],
    ['registerCommand', 'inspect.showServerLog'],
    ['log.error', message],
    ['showErrorMessage', message, 'Open Settings'],
    ['executeCommand', 'workbench.action.openSettings', 'inspect.server.path'],
  ]);
  await extension.deactivate();
});

test('the commands registered are the ones package.json contributes', async () => {
  const { events, vscode } = fakeVscode('missing', undefined);
  const extension = loadExtension(vscode);
  await extension.activate({ subscriptions: [], extensionPath: work });
  const registered = events.filter(e => e[0] === 'registerCommand').map(e => e[1]).sort();
  assert.deepEqual(registered, manifest.contributes.commands.map(c => c.command).sort());
  await extension.deactivate();
});

test('a server that is found is started as `inspect lsp`', async () => {
  // A stand-in executable that records its arguments and closes at once.
  const server = join(work, 'recording-inspect');
  const record = join(work, 'arguments');
  writeFileSync(server, `#!/bin/sh\necho "$@" > '${record}'\nexit 1\n`, { mode: 0o755 });
  const { events, vscode } = fakeVscode(server, undefined);
  const extension = loadExtension(vscode);
  await extension.activate({ subscriptions: [], extensionPath: work });
  for (let i = 0; i < 100 && !existsSync(record); i++) {
    await settle();
  }
  assert.equal(readFileSync(record, 'utf8'), 'lsp\n');
  assert.deepEqual(events.find(e => e[0] === 'log.info'), ['log.info', `Starting ${server} lsp (from inspect.server.path).`]);
  // It closed before answering: said so, with the log and the setting a click away.
  for (let i = 0; i < 100 && !events.some(e => e[0] === 'showErrorMessage'); i++) {
    await settle();
  }
  const messages = events.filter(e => e[0] === 'showErrorMessage');
  const ours = messages.filter(e => e[1].startsWith(`The InspectFramework language server (${server} lsp) did not start: `));
  assert.deepEqual(ours.map(e => e.slice(2)), [['Show Log', 'Open Settings']], JSON.stringify(messages));
  // vscode-languageclient always shows one of its own ("couldn't create connection"); no more.
  assert.ok(messages.length <= 2, JSON.stringify(messages));
  await extension.deactivate().catch(() => {});
});
