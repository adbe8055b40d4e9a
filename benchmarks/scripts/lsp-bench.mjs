#!/usr/bin/env node
// Measures the language server (`inspect lsp`) from outside, as an editor sees it:
//  1. re-check after one edit: a didChange then a didSave (which publishes at once, without the
//     200 ms pause in typing), timed from sending to receiving that version's diagnostics; the
//     median of 41 edits per framework: the three bundled frameworks and the 100x synthetic one;
//  2. resident memory (VmRSS) with the three bundled frameworks open, every 250 of 1,000 edits
//     (each saved, so each one is compiled).
// usage: benchmarks/scripts/lsp-bench.mjs SYNTHETIC_100X.inspect [COMMAND...]
//   (COMMAND defaults to the JIT build: dotnet src/InspectFramework.Cli/bin/Release/net10.0/inspect.dll;
//    give artifacts/inspect/inspect for the native one). The synthetic framework comes from
//    `dotnet benchmarks/.../InspectFramework.Benchmarks.dll generate 100 FILE`.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [synthetic, ...command] = process.argv.slice(2);
const [program, ...args] = command.length > 0 ? command : ['dotnet', join(root, 'src/InspectFramework.Cli/bin/Release/net10.0/inspect.dll')];
const child = spawn(program, [...args, 'lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });

let buffer = Buffer.alloc(0);
const waiting = new Map();
child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
    buffer = buffer.subarray(end + 4 + length);
    const key = message.method === 'textDocument/publishDiagnostics' ? `${message.params.uri}@${message.params.version}` : `id${message.id}`;
    waiting.get(key)?.(message);
  }
});
const send = (message) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
};
const expect = (key) => new Promise((resolve) => waiting.set(key, resolve));
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;

const initialized = expect('id1');
send({ id: 1, method: 'initialize', params: { processId: process.pid, capabilities: {} } });
await initialized;
send({ method: 'initialized', params: {} });

const versions = new Map();
async function open(path) {
  const uri = pathToFileURL(path).href;
  versions.set(uri, 1);
  const published = expect(`${uri}@1`);
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'inspect', version: 1, text: readFileSync(path, 'utf8') } } });
  await published;
  return uri;
}

// One edit on line 1 (a comment or the header): insert a space, or take it out again.
async function edit(uri) {
  const version = versions.get(uri) + 1;
  versions.set(uri, version);
  const insert = version % 2 === 0;
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: insert ? 0 : 1 } };
  const published = expect(`${uri}@${version}`);
  const started = process.hrtime.bigint();
  send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? ' ' : '' }] } });
  send({ method: 'textDocument/didSave', params: { textDocument: { uri } } });
  await published;
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bundled = readdirSync(join(root, 'frameworks')).filter((f) => f.endsWith('.inspect')).sort().map((f) => join(root, 'frameworks', f));

console.log(`server: ${[program, ...args].join(' ')} lsp`);
// First, while the server is fresh.
const uris = [];
for (const path of bundled) uris.push(await open(path));
const samples = [`0: ${rss().toFixed(0)} MB`];
for (let i = 1; i <= 1000; i++) {
  await edit(uris[i % uris.length]);
  if (i % 250 === 0) samples.push(`${i}: ${rss().toFixed(0)} MB`);
}
console.log(`resident memory, three bundled frameworks open, after N edits: ${samples.join(', ')}`);

for (const uri of uris) {
  const closed = expect(`${uri}@undefined`);
  send({ method: 'textDocument/didClose', params: { textDocument: { uri } } });
  await closed;
}

console.log('re-check after one edit (didChange + didSave to publishDiagnostics), median of 41:');
for (const path of [...bundled, synthetic]) {
  const uri = await open(path);
  for (let i = 0; i < 5; i++) await edit(uri); // warm-up
  const times = [];
  for (let i = 0; i < 41; i++) times.push(await edit(uri));
  console.log(`  ${path.replace(root + '/', '')}: ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
  const closed = expect(`${uri}@undefined`);
  send({ method: 'textDocument/didClose', params: { textDocument: { uri } } });
  await closed;
}

const shut = expect('id2');
send({ id: 2, method: 'shutdown' });
await shut;
send({ method: 'exit' });
