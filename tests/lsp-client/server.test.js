// Starts the built `inspect lsp` (INSPECT=/path/to/inspect for the native one; by default the JIT
// build with dotnet) and talks to it as an editor's client does, with vscode-jsonrpc.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const youth = join(root, 'frameworks', 'hmip-youth-2019.inspect');

const children = [];
after(() => { for (const child of children) child.kill(); });

function start() {
  const [command, ...args] = process.env.INSPECT
    ? [process.env.INSPECT]
    : ['dotnet', join(root, 'src', 'InspectFramework.Cli', 'bin', 'Release', 'net10.0', 'inspect.dll')];
  const child = spawn(command, [...args, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  // A failed assertion must not leave a server running: node --test would wait for it for ever.
  children.push(child);
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = [];
  const waiting = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    published.push(params);
    for (const w of waiting.splice(0)) w();
  });
  connection.listen();
  const diagnostics = async (uri, version) => {
    for (;;) {
      const found = published.find((p) => p.uri === uri && p.version === version);
      if (found) return found;
      await new Promise((resolve) => waiting.push(resolve));
    }
  };
  return { child, connection, exited, diagnostics };
}

async function initialize(connection) {
  const result = await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
  await connection.sendNotification('initialized', {});
  return result;
}

test('initialize announces the capabilities', async () => {
  const { connection, exited } = start();
  const result = await initialize(connection);
  assert.deepEqual(result.capabilities, {
    positionEncoding: 'utf-16',
    textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
    documentFormattingProvider: true,
    codeActionProvider: { codeActionKinds: ['quickfix'] },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    completionProvider: { triggerCharacters: ['{', ','] },
    renameProvider: { prepareProvider: true },
    semanticTokensProvider: {
      legend: {
        tokenTypes: ['keyword', 'comment', 'string', 'number', 'percentage', 'date', 'operator', 'variable', 'fact', 'value', 'caseType', 'bandTable', 'scale', 'level', 'score', 'source', 'item'],
        tokenModifiers: ['declaration'],
      },
      full: true,
    },
    foldingRangeProvider: true,
    codeLensProvider: { resolveProvider: false },
  });
  assert.equal(result.serverInfo.name, 'inspect');
  assert.equal(await connection.sendRequest('shutdown'), null);
  await connection.sendNotification('exit');
  assert.equal(await exited, 0);
});

test('a misspelt fact is reported at its exact place, and the correction clears it', async () => {
  const { connection, exited, diagnostics } = start();
  await initialize(connection);
  const text = readFileSync(youth, 'utf8');
  const misspelt = text.replace('when identifiable_victim {', 'when identifiable_victm {');
  const lines = misspelt.split('\n');
  const line = lines.findIndex((l) => l.includes('identifiable_victm'));
  const character = lines[line].indexOf('identifiable_victm');
  const uri = pathToFileURL(youth).href;

  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'inspect', version: 1, text: misspelt } });
  const opened = await diagnostics(uri, 1);
  assert.deepEqual(opened.diagnostics, [{
    range: { start: { line, character }, end: { line, character: character + 'identifiable_victm'.length } },
    severity: 1,
    code: 'IF0109',
    codeDescription: { href: 'https://github.com/inspectframework/inspectframework/blob/main/docs/diagnostics.md#if0109' },
    source: 'inspect',
    message: "There is no fact called 'identifiable_victm'. Did you mean 'identifiable_victim'?",
  }]);

  const range = { start: { line, character: character + 'identifiable_vict'.length }, end: { line, character: character + 'identifiable_vict'.length } };
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range, text: 'i' }] });
  const corrected = await diagnostics(uri, 2);
  assert.deepEqual(corrected.diagnostics, []);

  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  assert.equal(await exited, 0);
});

test('formatting gives the canonical text, and nothing for a canonical file', async () => {
  const { connection, exited } = start();
  await initialize(connection);
  const canonical = readFileSync(youth, 'utf8');
  const uri = 'untitled:format.inspect';
  const messy = canonical.replace(/\n {2,}/g, '\n ').replace(/\n/g, '\r\n');

  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'inspect', version: 1, text: messy } });
  const edits = await connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
  assert.equal(edits.length, 1);
  assert.deepEqual(edits[0].range, { start: { line: 0, character: 0 }, end: { line: messy.split('\r\n').length - 1, character: 0 } });
  assert.equal(edits[0].newText, canonical);

  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: canonical }] });
  assert.deepEqual(await connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }), []);

  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  assert.equal(await exited, 0);
});

test('exit without shutdown ends with 1, and requests before initialize are refused', async () => {
  const { connection, exited } = start();
  await assert.rejects(connection.sendRequest('textDocument/formatting', { textDocument: { uri: 'untitled:x' } }), { code: -32002 });
  await initialize(connection);
  await connection.sendNotification('exit');
  assert.equal(await exited, 1);
});

test('the server exits when its input closes', async () => {
  const { child, connection, exited } = start();
  await initialize(connection);
  child.stdin.end();
  assert.equal(await exited, 1);
});
