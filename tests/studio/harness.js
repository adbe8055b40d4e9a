// What the studio's browser tests and its benchmark share: a real `inspect serve` on a temporary
// folder, Debian's Chromium driven by playwright-core, and ways to point at text in the editor.
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const screenshots = join(root, 'artifacts', 'studio-screenshots');
export const youthName = 'hmip-youth-2019.inspect';
export const lutonName = 'luton-2020.json';

/** `inspect` as the tests run it: INSPECT=/path/to/inspect (the native build), else the JIT build
 * scripts/test made, with dotnet. */
export function inspectCommand() {
  return process.env.INSPECT
    ? [process.env.INSPECT]
    : ['dotnet', join(root, 'src', 'InspectFramework.Cli', 'bin', 'Release', 'net10.0', 'inspect.dll')];
}

/** Runs `inspect` to the end: its exit code and output. */
export function inspect(...args) {
  const [command, ...first] = inspectCommand();
  try {
    return { code: 0, stdout: execFileSync(command, [...first, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    return { code: e.status, stdout: String(e.stdout ?? '') + String(e.stderr ?? '') };
  }
}

/**
 * A temporary folder in a git repository of its own: the youth 2019 framework and the Luton
 * inspection's case data committed as bundled, then the framework changed, not committed, to misspell
 * a fact (key question 2.2.2's condition names `safety_concern`, not `safety_concerns`, line 398).
 */
export function makeFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'inspect-studio-'));
  const original = readFileSync(join(root, 'frameworks', youthName), 'utf8');
  const lines = original.split('\n');
  if (!lines[397].includes('when safety_concerns {')) {
    throw new Error(`Line 398 of frameworks/${youthName} has changed; update the misspelling in tests/studio/harness.js.`);
  }
  writeFileSync(join(folder, youthName), original);
  copyFileSync(join(root, 'samples', lutonName), join(folder, lutonName));
  const git = (...args) => execFileSync('git', ['-c', 'user.name=studio test', '-c', 'user.email=studio@test.invalid', ...args], { cwd: folder, stdio: 'ignore' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'frameworks');
  lines[397] = lines[397].replace('when safety_concerns {', 'when safety_concern {');
  writeFileSync(join(folder, youthName), lines.join('\n'));
  return folder;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `inspect serve FOLDER --port N` and waits for the address it prints.
 * @returns {Promise<{ url: string, origin: string, token: string, stop(): void, output(): string }>}
 */
export async function startServe(folder) {
  const port = await freePort();
  const [command, ...first] = inspectCommand();
  const child = spawn(command, [...first, 'serve', folder, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', (d) => { output += d; });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`inspect serve printed no address within 60 s:\n${output}`)), 60000);
    child.stdout.on('data', (d) => {
      output += d;
      const match = /^inspect studio: (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)\s*$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`inspect serve exited (${code}) before printing its address:\n${output}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    stop: () => child.kill(),
    output: () => output,
  };
}

/** Debian's Chromium, headless, with a profile of its own and no network of its own. */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'inspect-studio-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1500, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page of the context that records what the browser refused or failed at (CSP included). */
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  // Each refusal of the Content-Security-Policy, with what was refused and where.
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
    const target = /** @type {any} */ (e.target);
    console.error(`CSP refused (${e.violatedDirective}) ${JSON.stringify(e.sample)} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} on ${target?.nodeName ?? ''}.${target?.className ?? ''}`);
  }, true));
  // A 409 answer to a save is the conflict the page shows, not a failure.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 409 \(Conflict\)/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  await page.goto(url);
  return { page, problems };
}

export async function screenshot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, name + '.png') });
}

/** Polls `check` until it returns a truthy value; fails with `what` after `timeout` ms. */
export async function waitUntil(check, what, timeout = 20000) {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`Waited ${timeout} ms for ${what}.`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * The point on screen of the character `offset` characters into the first occurrence of `snippet`
 * in the editor's visible lines (the editor is in a shadow root; the line must be scrolled into view).
 */
export async function pointAt(page, snippet, offset = 0) {
  const point = await page.evaluate(({ snippet, offset }) => {
    const content = document.getElementById('editor').shadowRoot.querySelector('.cm-content');
    for (const line of content.querySelectorAll('.cm-line')) {
      const at = line.textContent.indexOf(snippet);
      if (at < 0) continue;
      let skip = at + offset;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (skip < node.length) {
          const range = document.createRange();
          range.setStart(node, skip);
          range.setEnd(node, skip + 1);
          const rect = range.getClientRects()[0];
          return { x: rect.left + 1, y: rect.top + rect.height / 2 };
        }
        skip -= node.length;
      }
    }
    return null;
  }, { snippet, offset });
  if (!point) throw new Error(`'${snippet}' is not in the editor's visible lines.`);
  return point;
}
