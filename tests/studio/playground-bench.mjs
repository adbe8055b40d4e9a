// The measurements of benchmarks/scripts/bench-playground (which builds the site and runs this):
// download size, page load to first diagnostics, keystroke to diagnostics, preview and try-it times,
// on the static playground in Debian's Chromium, each page load with a fresh profile (nothing cached).
//
//   node tests/studio/playground-bench.mjs SITE [LOADS] [KEYSTROKES]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from './playground-server.mjs';
import { launchBrowser } from './harness.js';

const site = path.resolve(process.argv[2] ?? 'artifacts/playground');
const loads = Number(process.argv[3] ?? 5);
const keystrokes = Number(process.argv[4] ?? 20);
const framework = 'frameworks/hmip-youth-2019.inspect';

const median = (values) => { const s = [...values].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2) + ' MB';

function sizes(folder) {
  let raw = 0, gzip = 0, brotli = 0, files = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) { walk(file); continue; }
      const bytes = fs.readFileSync(file);
      files++;
      raw += bytes.length;
      gzip += zlib.gzipSync(bytes, { level: 9 }).length;
      brotli += zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
  };
  walk(folder);
  return { files, raw, gzip, brotli };
}

for (const [name, folder] of [['whole folder', site], ['_framework (.NET)', path.join(site, '_framework')], ['files (frameworks, case data)', path.join(site, 'files')]]) {
  const s = sizes(folder);
  console.log(`size  ${name.padEnd(30)} ${String(s.files).padStart(3)} files  raw ${mb(s.raw).padStart(9)}  gzip -9 ${mb(s.gzip).padStart(9)}  brotli 11 ${mb(s.brotli).padStart(9)}`);
}

const server = await serve(site);
const firstDiagnostics = [];
const starts = [];
let browser, page;
try {
  for (let i = 0; i < loads; i++) {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(server.url + '/__harness.html');
    await page.waitForFunction(() => window.harnessLoaded === true);
    const measured = await page.evaluate(async (path) => {
      const backend = window.playgroundBackend({ base: '/' });
      const transport = await backend.lspTransport();
      const { startMs } = await backend.ready;
      const text = (await (await fetch('/files/' + path)).text()).replace('when safety_concerns {', 'when safety_concern {');
      const diagnostics = new Promise((resolve) => transport.subscribe((m) => {
        if (JSON.parse(m).method === 'textDocument/publishDiagnostics') resolve(performance.now());
      }));
      transport.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
      transport.send(JSON.stringify({ jsonrpc: '2.0', method: 'initialized', params: {} }));
      transport.send(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'inmemory:///' + path, languageId: 'inspect', version: 1, text } } }));
      return { startMs, firstDiagnosticsMs: await diagnostics };
    }, framework);
    starts.push(measured.startMs);
    firstDiagnostics.push(measured.firstDiagnosticsMs);
    if (i < loads - 1) { await browser.close(); browser = undefined; }
  }
  console.log(`load  .NET started in the worker, ms:            median ${median(starts).toFixed(0)}  (${starts.map((v) => v.toFixed(0)).join(', ')})`);
  console.log(`load  page load to first diagnostics, ms:         median ${median(firstDiagnostics).toFixed(0)}  (${firstDiagnostics.map((v) => v.toFixed(0)).join(', ')})  goal 2000`);

  // Keystrokes on the last page: one character typed into a comment at a time, each awaited until its
  // diagnostics arrive (the server waits for a 200 ms pause in typing before it publishes them).
  const typed = await page.evaluate(async ({ path, count }) => {
    const backend = window.playgroundBackend({ base: '/' });
    const transport = await backend.lspTransport();
    const uri = 'inmemory:///' + path;
    let waiting;
    transport.subscribe((m) => {
      const message = JSON.parse(m);
      if (message.method === 'textDocument/publishDiagnostics' && waiting && message.params.version === waiting.version) waiting.resolve(performance.now());
    });
    const send = (message) => transport.send(JSON.stringify({ jsonrpc: '2.0', ...message }));
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    send({ method: 'initialized', params: {} });
    const text = await (await fetch('/files/' + path)).text();
    const arrived = (version) => new Promise((resolve) => { waiting = { version, resolve }; });
    let next = arrived(1);
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'inspect', version: 1, text } } });
    await next;
    const times = [];
    for (let version = 2; version < count + 2; version++) {
      next = arrived(version);
      const at = performance.now();
      send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'x' }] } });
      times.push((await next) - at);
    }
    const luton = { path: 'samples/luton-2020.json' };
    const preview = [], tryIt = [];
    for (let i = 0; i < 5; i++) {
      let at = performance.now();
      await backend.preview(path, text);
      preview.push(performance.now() - at);
      at = performance.now();
      await backend.tryIt(path, text, luton);
      tryIt.push(performance.now() - at);
    }
    return { times, preview, tryIt };
  }, { path: framework, count: keystrokes });
  console.log(`type  keystroke to diagnostics (200 ms pause included), ms: median ${median(typed.times).toFixed(0)}  max ${Math.max(...typed.times).toFixed(0)}  (${typed.times.length} keystrokes)  goal 300`);
  console.log(`panel preview (inspect docs HTML), ms:           median ${median(typed.preview).toFixed(0)}  (${typed.preview.map((v) => v.toFixed(0)).join(', ')})  goal 500 after the pause`);
  console.log(`panel try it (Luton, inspect score HTML), ms:    median ${median(typed.tryIt).toFixed(0)}  (${typed.tryIt.map((v) => v.toFixed(0)).join(', ')})  goal 500 after the pause`);
} finally {
  await browser?.close();
  await server.close();
}
