// What the packaged extension holds: exactly the files VS Code loads, the native server executable
// and answering, the grammar as written, a client bundle that needs nothing outside it, the
// manifest fields an install relies on, and a colour for every semantic token type the server
// sends. Run by scripts/package on the .vsix it has just made.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const extension = join(here, '..');
const root = join(extension, '..', '..');
const vsix = process.env.VSIX;
assert.ok(vsix, 'VSIX names the package to check (scripts/package sets it)');

const unzip = (...args) => execFileSync('unzip', args, { maxBuffer: 64 << 20 });
const read = name => unzip('-p', vsix, name);
const manifest = JSON.parse(read('extension/package.json').toString('utf8'));
const unpacked = mkdtempSync(join(tmpdir(), 'inspect-vsix-'));
after(() => rmSync(unpacked, { recursive: true, force: true }));

test('the package holds exactly what VS Code loads', () => {
  const names = unzip('-Z1', vsix).toString('utf8').split('\n').filter(n => n !== '').sort();
  assert.deepEqual(names, [
    '[Content_Types].xml',
    'extension.vsixmanifest',
    'extension/dist/extension.js',
    'extension/icon.png',
    'extension/language-configuration.json',
    'extension/package.json',
    'extension/readme.md',
    'extension/server/inspect',
    'extension/snippets/inspect.code-snippets',
    'extension/syntaxes/inspect.tmLanguage.json',
  ]);
});

// The packaged server, unpacked once with its permission bits.
const server = join(unpacked, 'extension', 'server', 'inspect');
const unpackServer = () => {
  if (!existsSync(server)) {
    unzip('-q', vsix, 'extension/server/inspect', '-d', unpacked);
  }
  return server;
};

test('the server is executable and is the inspect command', () => {
  const listing = unzip('-Z', vsix, 'extension/server/inspect').toString('utf8');
  assert.match(listing, /^-rwxr-xr-x\s/m, listing);
  unpackServer();
  assert.ok((statSync(server).mode & 0o111) !== 0, 'unpacked with its executable bits');
  const packed = execFileSync(server, ['--version']).toString('utf8');
  const published = execFileSync(join(root, 'artifacts', 'inspect', 'inspect'), ['--version']).toString('utf8');
  assert.equal(packed, published);
});

test('the package targets linux-x64', () => {
  assert.match(read('extension.vsixmanifest').toString('utf8'), /TargetPlatform="linux-x64"/);
});

test('the grammar, snippets and language configuration are the files in the repository', () => {
  for (const file of ['syntaxes/inspect.tmLanguage.json', 'snippets/inspect.code-snippets', 'language-configuration.json']) {
    assert.ok(read(`extension/${file}`).equals(readFileSync(join(extension, file))), file);
  }
});

test('the client bundle loads nothing but VS Code and Node', () => {
  const bundle = read('extension/dist/extension.js').toString('utf8');
  const required = new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(m => m[1]));
  const outside = [...required].filter(m => m !== 'vscode' && !builtinModules.includes(m.replace(/^node:/, '')));
  assert.deepEqual(outside, []);
  assert.ok(required.has('vscode'));
});

test('the manifest names the extension, its language, grammar, snippets, setting and commands', () => {
  assert.equal(manifest.publisher, 'inspectframework');
  assert.equal(manifest.name, 'inspectframework');
  assert.equal(manifest.displayName, 'InspectFramework');
  assert.equal(manifest.icon, 'icon.png');
  assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  assert.equal(manifest.engines.vscode, '^1.91.0');
  assert.equal(manifest.main, './dist/extension.js');
  assert.deepEqual(manifest.activationEvents, ['onLanguage:inspect']);
  const { languages, grammars, snippets, configuration, commands } = manifest.contributes;
  assert.deepEqual(languages.map(l => [l.id, l.extensions, l.configuration]), [['inspect', ['.inspect'], './language-configuration.json']]);
  assert.deepEqual(grammars, [{ language: 'inspect', scopeName: 'source.inspect', path: './syntaxes/inspect.tmLanguage.json' }]);
  assert.deepEqual(snippets, [{ language: 'inspect', path: './snippets/inspect.code-snippets' }]);
  assert.equal(configuration.properties['inspect.server.path'].type, 'string');
  // A workspace that is not trusted must not choose the executable that runs.
  assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['inspect.server.path']);
  assert.deepEqual(commands.map(c => c.command).sort(), ['inspect.restartServer', 'inspect.showServerLog']);
});

// The token types VS Code themes colour (its standard semantic token types).
const standardTokenTypes = new Set([
  'namespace', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'type', 'parameter', 'variable',
  'property', 'enumMember', 'decorator', 'event', 'function', 'method', 'macro', 'label', 'comment',
  'string', 'keyword', 'number', 'regexp', 'operator',
]);

// The server's answer to `initialize`, from the packaged executable run as `inspect lsp`.
const initializeResult = () => new Promise((resolve, reject) => {
  const child = spawn(unpackServer(), ['lsp'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const timer = setTimeout(() => { child.kill(); reject(new Error('no answer to initialize within 20 s')); }, 20_000);
  let received = Buffer.alloc(0);
  child.on('error', reject);
  child.stdout.on('data', chunk => {
    received = Buffer.concat([received, chunk]);
    const header = received.indexOf('\r\n\r\n');
    const length = header < 0 ? NaN : Number(/Content-Length: (\d+)/i.exec(received.subarray(0, header).toString('ascii'))?.[1]);
    if (received.length >= header + 4 + length) {
      clearTimeout(timer);
      child.kill();
      resolve(JSON.parse(received.subarray(header + 4, header + 4 + length).toString('utf8')).result);
    }
  });
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  child.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
});

test('every semantic token type the server sends is standard or contributed with a standard super type', async () => {
  const { tokenTypes } = (await initializeResult()).capabilities.semanticTokensProvider.legend;
  const contributed = new Map(manifest.contributes.semanticTokenTypes.map(t => [t.id, t.superType]));
  for (const [id, superType] of contributed) {
    assert.ok(!standardTokenTypes.has(id), `${id} is a standard token type: it needs no contribution`);
    assert.ok(standardTokenTypes.has(superType), `${id}: its super type ${superType} is not a standard token type`);
    assert.ok(tokenTypes.includes(id), `${id} is contributed but the server never sends it`);
  }
  const uncoloured = tokenTypes.filter(t => !standardTokenTypes.has(t) && !contributed.has(t));
  assert.deepEqual(uncoloured, [], 'token types the server sends that no theme colours: contribute them in package.json');
});
