// A client session against the real `inspect lsp` process, over standard input and output as an
// editor runs it (Node 20, no packages). Two uses:
//
//   node tests/editors/lsp-session.mjs fuzz  SERVER [--seed N] [--edits M] [--out DIR]
//     M random incremental edits (tokens of the language, multi-byte and astral characters, CR, LF
//     and CRLF inserted and deleted) to the youth 2019 framework (scripts/fuzz --target lsp runs it).
//     Fails on the server's exit, on an error in answer to a notification, on an error logged by the
//     server, or when the diagnostics published after a save (every 500 edits and at the end) differ
//     from `SERVER check --format json` on the client's text, which is then saved in DIR (default: the
//     system's temporary folder).
//
//   node tests/editors/lsp-session.mjs bench SERVER [FRAMEWORK...] [--rounds N] [--memory-edits M]
//     Speed and memory (benchmarks/scripts/bench-lsp): keystroke to published diagnostics with the
//     server's pause in typing; an edit then save to published diagnostics (the re-check, no pause);
//     resident memory with the frameworks open every 500 of M edits (default 2,000). Medians of N
//     rounds (default 40). FRAMEWORK defaults to the three bundled ones.
//
// Positions are the client's own count, independent of the server's: lines end at CR, LF or CRLF,
// characters are UTF-16 code units (JavaScript's string units).
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, basename } from 'node:path';
import { readMessages, writeMessage } from '../lsp-client/framing.js';

const root = resolve(import.meta.dirname, '../..');
const [mode, server, ...rest] = process.argv.slice(2);
if (!['fuzz', 'bench'].includes(mode) || !server) {
  console.error('usage: node tests/editors/lsp-session.mjs fuzz|bench SERVER [options]');
  process.exit(2);
}

const option = (name, fallback) => {
  const i = rest.indexOf(name);
  return i < 0 ? fallback : Number(rest[i + 1]);
};
const textOption = (name, fallback) => {
  const i = rest.indexOf(name);
  return i < 0 ? fallback : rest[i + 1];
};

function fail(message) {
  console.error(`lsp-session: FAIL: ${message}`);
  process.exit(1);
}

// One server process and the messages it sends, in order.
class Session {
  constructor() {
    this.process = spawn(server, ['lsp'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.waiters = [];
    this.received = [];
    this.nextId = 1;
    this.stderr = '';
    this.closing = false;
    this.process.stderr.on('data', d => { this.stderr += d; });
    this.process.on('exit', (code, signal) => {
      if (!this.closing) fail(`the server exited (code ${code}, signal ${signal}); its log:\n${this.stderr}`);
    });
    readMessages(this.process.stdout, body => this.read(JSON.parse(body)));
  }

  read(message) {
    this.check(message);
    const waiter = this.waiters.findIndex(w => w.matches(message));
    if (waiter >= 0) this.waiters.splice(waiter, 1)[0].resolve(message);
    else this.received.push(message);
  }

  // Notifications get no answer; an error with no id answers one.
  check(message) {
    if (message.error && (message.id === null || message.id === undefined)) fail(`an error in answer to a notification: ${JSON.stringify(message)}`);
    if (message.method === 'window/logMessage' && message.params.type === 1) fail(`the server logged an error: ${message.params.message}`);
  }

  send(message) {
    writeMessage(this.process.stdin, { jsonrpc: '2.0', ...message });
  }

  notify(method, params) { this.send({ method, params }); }

  next(matches, what) {
    const i = this.received.findIndex(matches);
    if (i >= 0) return Promise.resolve(this.received.splice(i, 1)[0]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(`no ${what} within 60 s`), 60000);
      this.waiters.push({ matches, resolve: m => { clearTimeout(timer); resolve(m); }, reject });
    });
  }

  async request(method, params) {
    const id = this.nextId++;
    this.send({ id, method, params });
    const answer = await this.next(m => m.id === id && !m.method, `answer to ${method}`);
    if (answer.error) fail(`${method} failed: ${JSON.stringify(answer.error)}`);
    return answer.result;
  }

  published(uri, version) {
    return this.next(m => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version,
      `diagnostics for ${uri} version ${version}`);
  }

  // Published diagnostics that are stale by the time they are read are dropped, so that memory and
  // the search for a version stay small.
  dropPublished() {
    this.received = this.received.filter(m => m.method !== 'textDocument/publishDiagnostics');
  }

  async start() {
    await this.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    this.notify('initialized', {});
  }

  async stop() {
    await this.request('shutdown');
    this.closing = true;
    const exited = new Promise(r => this.process.on('exit', code => r(code)));
    this.notify('exit');
    const code = await exited;
    if (code !== 0) fail(`exit after shutdown gave ${code}`);
  }

  // The server's CPU time so far (user and system), in milliseconds: on a loaded machine, the work a
  // re-check costs, where wall time also counts the wait for a core.
  cpuMs() {
    const fields = readFileSync(`/proc/${this.process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms (USER_HZ 100)
  }

  residentKiB() {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.process.pid}/status`, 'utf8'))[1]);
  }
}

function position(text, offset) {
  let line = 0, lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

// Editors place the cursor between characters and line breaks, never inside a CRLF or a surrogate pair.
function snap(text, offset) {
  const inside = offset > 0 && offset < text.length &&
    ((text[offset - 1] === '\r' && text[offset] === '\n') || (text.charCodeAt(offset) & 0xfc00) === 0xdc00);
  return inside ? offset - 1 : offset;
}

// A small seeded generator (mulberry32), so that a seed names one session on every machine.
function random(seed) {
  let a = seed >>> 0;
  return n => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const tokens = [
  'fact', 'domain', 'standard', 'key question', 'prompt', 'when', 'and', 'or', 'not', 'in', '==', '!=', '=', '{', '}', '(', ')', ',',
  '"', '"Does planning focus?"', '50%', '1.2.3', '(a)', 'safety_concerns', 'disposal', 'custody', 'rated by lowest key question in',
  '//', '/*', '*/', ' ', '  ', 'é', 'ß', '€', '😀', '𝔘', '\u2019', '\u201c', '\u00a0', '\r', '\n', '\r\n', '\t',
];

// One random edit (a replacement of a range by a token or nothing) applied to the client's text.
function randomEdit(text, next) {
  const start = snap(text, next(text.length + 1));
  const end = next(3) === 0 ? snap(text, Math.min(text.length, start + next(12))) : start;
  const inserted = next(4) === 0 ? '' : tokens[next(tokens.length)];
  const change = { range: { start: position(text, start), end: position(text, end) }, text: inserted };
  return { change, text: text.slice(0, start) + inserted + text.slice(end) };
}

function fromCheck(path) {
  let out;
  try {
    out = execFileSync(server, ['check', path, '--format', 'json'], { encoding: 'utf8' });
  } catch (e) {
    out = e.stdout; // exit 1: the text has errors
  }
  return JSON.parse(out).diagnostics.map(d => `${d.code} ${d.severity} ${d.startLine}:${d.startColumn}-${d.endLine}:${d.endColumn} ${d.message}`);
}

function fromPublished(notification) {
  const severity = { 1: 'error', 2: 'warning' };
  return notification.params.diagnostics.map(d => `${d.code} ${severity[d.severity] ?? d.severity} ` +
    `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.message}`);
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function fuzz() {
  const seed = option('--seed', 1);
  const edits = option('--edits', 10000);
  const out = textOption('--out', tmpdir());
  const next = random(seed);
  const uri = 'file:///fuzz/youth-2019.inspect';
  let text = readFileSync(join(root, 'frameworks/hmip-youth-2019.inspect'), 'utf8');
  const session = new Session();
  await session.start();
  session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'inspect', version: 1, text } });
  const started = performance.now();
  const folder = mkdtempSync(join(tmpdir(), 'lsp-session-'));
  let compared = 0, diagnostics = 0;
  // The client saves and waits for the check, as an editor whose user pauses does; the server's
  // diagnostics must then be those of inspect check on the client's text.
  const compare = async version => {
    session.notify('textDocument/didSave', { textDocument: { uri } });
    const published = await session.published(uri, version);
    session.dropPublished();
    const path = join(folder, 'edited.inspect');
    writeFileSync(path, text, 'utf8');
    const expected = fromCheck(path);
    const actual = fromPublished(published);
    if (JSON.stringify(expected) !== JSON.stringify(actual)) {
      mkdirSync(out, { recursive: true });
      const saved = join(out, `lsp-seed-${seed}-version-${version}.inspect`);
      writeFileSync(saved, text, 'utf8');
      fail(`seed ${seed}, version ${version}: the diagnostics differ from inspect check (text saved in ${saved})\n` +
        `check:\n  ${expected.join('\n  ')}\nserver:\n  ${actual.join('\n  ')}`);
    }
    compared++;
    diagnostics = expected.length;
  };
  try {
    for (let version = 2; version <= edits + 1; version++) {
      const changes = [];
      for (let i = 1 + next(3); i > 0; i--) {
        const edit = randomEdit(text, next);
        changes.push(edit.change);
        text = edit.text;
      }
      session.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      if (version % 500 === 0 && version !== edits + 1) await compare(version);
    }
    await compare(edits + 1);
    await session.stop();
    const seconds = (performance.now() - started) / 1000;
    console.log(`lsp-session: seed ${seed}: ${edits} edits (${text.length} UTF-16 units at the end), diagnostics equal to inspect check's at ${compared} saves (${diagnostics} at the end), ${seconds.toFixed(1)} s`);
  } finally {
    rmSync(folder, { recursive: true });
  }
}

async function bench() {
  const files = rest.filter((a, i) => !a.startsWith('--') && !(rest[i - 1] ?? '').startsWith('--'));
  const rounds = option('--rounds', 40);
  const memoryEdits = option('--memory-edits', 2000);
  const frameworks = files.length ? files : ['hmip-core-case-2009', 'hmip-youth-2018', 'hmip-youth-2019'].map(f => join(root, 'frameworks', `${f}.inspect`));
  const session = new Session();
  await session.start();
  const documents = frameworks.map((path, i) => ({ uri: `file:///bench/${i}/${basename(path)}`, text: readFileSync(path, 'utf8'), version: 1 }));
  for (const d of documents) {
    session.notify('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'inspect', version: 1, text: d.text } });
    await session.published(d.uri, 1);
  }

  // A keystroke that keeps the text valid: a letter typed at the end of the first line comment,
  // or of the text, then taken back.
  const keystroke = (d, k) => {
    const at = d.text.indexOf('\n') >= 0 && d.text.startsWith('//') ? d.text.indexOf('\n') : d.text.length;
    const type = k % 2 === 0;
    const change = type
      ? { range: { start: position(d.text, at), end: position(d.text, at) }, text: 'x' }
      : { range: { start: position(d.text, at - 1), end: position(d.text, at) }, text: '' };
    d.text = type ? d.text.slice(0, at) + 'x' + d.text.slice(at) : d.text.slice(0, at - 1) + d.text.slice(at);
    d.version++;
    session.notify('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: [change] });
  };

  const rows = [];
  for (const d of documents) {
    const typed = [], saved = [], cpu = [];
    for (let k = 0; k < rounds; k++) {
      let t0 = performance.now();
      keystroke(d, 0);
      await session.published(d.uri, d.version);
      typed.push(performance.now() - t0);
      const cpu0 = session.cpuMs();
      t0 = performance.now();
      keystroke(d, 1);
      session.notify('textDocument/didSave', { textDocument: { uri: d.uri } });
      await session.published(d.uri, d.version);
      saved.push(performance.now() - t0);
      cpu.push(session.cpuMs() - cpu0);
      session.dropPublished();
    }
    rows.push(`${basename(d.uri).padEnd(34)} ${d.text.length.toString().padStart(9)}  ${median(saved).toFixed(1).padStart(8)} ms  ${`${median(cpu).toFixed(0)} / ${(cpu.reduce((a, b) => a + b, 0) / cpu.length).toFixed(1)}`.padStart(11)} ms  ${median(typed).toFixed(1).padStart(8)} ms`);
  }
  console.log(`${'framework'.padEnd(34)} ${'UTF-16'.padStart(9)}  ${'re-check'.padStart(11)}  ${'its CPU'.padStart(14)}  ${'keystroke'.padStart(11)}`);
  console.log(`${''.padEnd(34)} ${'units'.padStart(9)}  ${'(edit+save)'.padStart(11)}  ${'(median / mean)'.padStart(14)}  ${'(with pause)'.padStart(11)}`);
  rows.forEach(r => console.log(r));
  console.log(`(wall-time medians of ${rounds} each; "re-check": didChange then didSave to publishDiagnostics, no pause; "its CPU": server CPU time per re-check, median and mean of 10 ms ticks; "keystroke": didChange to publishDiagnostics, the 200 ms pause in typing included)`);

  // Memory: random edits spread over the open documents, each checked (edit then save, as a user
  // who saves often does), so that every edit makes and drops a compilation.
  const next = random(7);
  const rss = [['open', session.residentKiB()]];
  for (let n = 1; n <= memoryEdits; n++) {
    const d = documents[next(documents.length)];
    const edit = randomEdit(d.text, next);
    d.text = edit.text;
    d.version++;
    session.notify('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: [edit.change] });
    session.notify('textDocument/didSave', { textDocument: { uri: d.uri } });
    await session.published(d.uri, d.version);
    session.dropPublished();
    if (n % 500 === 0) rss.push([`${n} edits`, session.residentKiB()]);
  }
  if (memoryEdits > 0) console.log(`resident memory, ${documents.length} documents open: ` + rss.map(([at, kib]) => `${at} ${(kib / 1024).toFixed(1)} MB`).join(', '));
  await session.stop();
}

await (mode === 'fuzz' ? fuzz() : bench());
