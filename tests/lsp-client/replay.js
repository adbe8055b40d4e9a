// Replays a recorded LSP session against a server and prints every message the server sent, one raw
// JSON body per line, in a fixed order: each step's answers (the response to a request, the
// diagnostics an edit publishes) before the next step is sent. Two builds of the server must print
// the same bytes (scripts/aot-check compares the native and the JIT build this way).
//
// usage: node replay.js SESSION.json COMMAND [ARGS...]
// A session is an array of JSON-RPC messages; a didOpen may give "textFile" (relative to the
// repository) instead of "text".
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMessages, writeMessage } from './framing.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [sessionFile, command, ...args] = process.argv.slice(2);
const session = JSON.parse(readFileSync(sessionFile, 'utf8'));
const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));

const received = [];
let wake = () => {};
readMessages(child.stdout, (body) => {
  received.push({ body, message: JSON.parse(body) });
  wake();
});

async function until(matches) {
  for (;;) {
    const index = received.findIndex((r) => matches(r.message));
    if (index >= 0) return received.splice(0, index + 1);
    await new Promise((resolve) => { wake = resolve; });
  }
}

const send = (message) => writeMessage(child.stdin, message);

const versions = new Map();
for (const step of session) {
  const message = structuredClone(step);
  const document = message.params?.textDocument;
  if (document?.textFile) {
    document.text = readFileSync(join(root, document.textFile), 'utf8');
    delete document.textFile;
  }

  send(message);
  let matches = null;
  if (message.id !== undefined) {
    matches = (m) => m.id === message.id && m.method === undefined;
  } else if (['textDocument/didOpen', 'textDocument/didChange'].includes(message.method)) {
    versions.set(document.uri, document.version);
    matches = (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === document.uri && m.params.version === document.version;
  } else if (message.method === 'textDocument/didSave') {
    matches = (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === document.uri && m.params.version === versions.get(document.uri);
  } else if (message.method === 'textDocument/didClose') {
    matches = (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === document.uri && m.params.version === undefined;
  }

  if (matches) {
    for (const r of await until(matches)) console.log(r.body);
  }
}

child.stdin.end();
const code = await exited;
for (const r of received) console.log(r.body);
console.log(`exit ${code}`);
