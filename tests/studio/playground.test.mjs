// The static playground (`inspect playground`, docs/studio.md) in Debian's Chromium: the compiler and
// the language server as .NET WebAssembly in a Web Worker, through the page's playground backend
// (web/src/backends/playground.js), on the folder scripts/build-playground writes, hosted by a plain
// static server. The journey of issue 17: a misspelt fact is marked at its place, its quick fix clears
// it, hover names the fact, and the preview and the Luton "try it" report follow the text.
//
//   (cd tests/studio && npm ci && node --test playground.test.mjs)
//
// The site is what `scripts/inspect playground --out DIR` writes into a fresh folder (scripts/inspect
// publishes the CLI and the site beside it first when the sources changed), unless PLAYGROUND_SITE
// names a built one (scripts/build-playground's artifacts/playground, say). Screenshots go to
// artifacts/studio-screenshots/playground-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { serve, repoRoot } from './playground-server.mjs';
import { launchBrowser, openPage, pointAt, screenshot, waitUntil } from './harness.js';

const written = process.env.PLAYGROUND_SITE ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'inspect-playground-'));
const site = process.env.PLAYGROUND_SITE ?? path.join(written, 'site');
const framework = 'frameworks/hmip-youth-2019.inspect';

let server, browser, page;

before(async () => {
  if (written) execFileSync(path.join(repoRoot, 'scripts/inspect'), ['playground', '--out', site], { stdio: 'inherit' });
  assert.ok(fs.existsSync(path.join(site, 'inspect-worker.js')), `no playground at ${site}: run scripts/build-playground first`);
  server = await serve(site);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(server.url + '/__harness.html');
  await page.waitForFunction(() => window.harnessLoaded === true);
  // An LSP client in the page over the backend's transport: requests by id, notifications kept in order.
  await page.evaluate(async () => {
    const backend = window.playgroundBackend({ base: '/' });
    const transport = await backend.lspTransport();
    const pending = new Map();
    const notifications = [];
    let nextId = 1;
    transport.subscribe((text) => {
      const message = JSON.parse(text);
      if (message.id !== undefined && pending.has(message.id)) { pending.get(message.id)(message); pending.delete(message.id); }
      else notifications.push({ at: performance.now(), message });
    });
    window.studio = {
      backend,
      notifications,
      request: (method, params) => new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        transport.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
      }),
      notify: (method, params) => transport.send(JSON.stringify({ jsonrpc: '2.0', method, params })),
      /** The next diagnostics published for uri at or after version. */
      diagnostics: (uri, version) => new Promise((resolve) => {
        const look = () => {
          const found = notifications.find((n) => n.message.method === 'textDocument/publishDiagnostics'
            && n.message.params.uri === uri && (n.message.params.version ?? 0) >= version);
          if (found) resolve({ at: found.at, diagnostics: found.message.params.diagnostics }); else setTimeout(look, 5);
        };
        look();
      }),
    };
    await window.studio.request('initialize', { processId: 4242, rootUri: null, capabilities: {} });
    window.studio.notify('initialized', {});
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (written) fs.rmSync(written, { recursive: true, force: true });
});

test('the bundled frameworks and case data are listed', async () => {
  const listed = await page.evaluate(() => window.studio.backend.listFiles());
  assert.deepEqual(listed.files.map((f) => f.path), [
    'frameworks/hmip-core-case-2009.inspect', 'frameworks/hmip-youth-2018.inspect', 'frameworks/hmip-youth-2019.inspect']);
  assert.deepEqual(listed.caseFiles.map((f) => f.path), ['samples/luton-2020.json', 'samples/sefton-2019-cases.csv', 'samples/sefton-2019.json']);
});

test('a file the user opens is listed and opened with its hash; save will not tidy a text with syntax errors', async () => {
  const result = await page.evaluate(async () => {
    const { backend } = window.studio;
    const bytes = new TextEncoder().encode('\uFEFFframework mine "Mine" version "1"\n');
    await backend.addFile('mine/mine.inspect', bytes);
    const listed = await backend.listFiles();
    const opened = await backend.open('mine/mine.inspect');
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const broken = await backend.save('mine/mine.inspect', 'framework mine "Mine" version', opened.hash, { format: true });
    return { files: listed.files.map((f) => f.path), text: opened.text, hash: opened.hash, digest, broken };
  });
  assert.ok(result.files.includes('mine/mine.inspect'), result.files.join(', '));
  assert.equal(result.text, 'framework mine "Mine" version "1"\n');
  assert.equal(result.hash, result.digest);
  assert.equal(result.broken.ok, false);
  assert.match(result.broken.error, /^Not saved: formatting needs a text without syntax errors/);
});

test('a misspelt fact is marked at its place, and its quick fix clears it', async () => {
  const result = await page.evaluate(async (path) => {
    const { backend, request, notify, diagnostics } = window.studio;
    const opened = await backend.open(path);
    const text = opened.text.replace('when safety_concerns {', 'when safety_concern {');
    const uri = 'inmemory:///' + path;
    notify('textDocument/didOpen', { textDocument: { uri, languageId: 'inspect', version: 1, text } });
    const marked = await diagnostics(uri, 1);
    const diagnostic = marked.diagnostics.find((d) => d.code === 'IF0109');
    const actions = await request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const fix = actions.result.find((a) => a.isPreferred);
    const edits = fix.edit.changes?.[uri] ?? fix.edit.documentChanges[0].edits;
    notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })) });
    const cleared = await diagnostics(uri, 2);
    return { hash: opened.hash, all: marked.diagnostics.length, diagnostic, title: fix.title, left: cleared.diagnostics.length };
  }, framework);

  assert.match(result.hash, /^[0-9a-f]{64}$/);
  assert.equal(result.all, 1);
  assert.equal(result.diagnostic.message, "There is no fact called 'safety_concern'. Did you mean 'safety_concerns'?");
  // Line 398 (0-based 397), the misspelt name after 'when ' in key question 2.2.2.
  assert.deepEqual(result.diagnostic.range, { start: { line: 397, character: 103 }, end: { line: 397, character: 117 } });
  assert.equal(result.left, 0);
});

test('hover on a fact shows its label', async () => {
  const hover = await page.evaluate(async (path) => {
    const uri = 'inmemory:///' + path;
    // Key question 2.2.2's condition names safety_concerns (line 398, after 'when ').
    return (await window.studio.request('textDocument/hover', { textDocument: { uri }, position: { line: 397, character: 110 } })).result;
  }, framework);
  assert.match(hover.contents.value, /Safety and wellbeing concerns were identified/);
});

test('the preview and the Luton try-it report follow the text', async () => {
  const result = await page.evaluate(async (path) => {
    const { backend } = window.studio;
    const text = (await backend.open(path)).text;
    const broken = text.replace('when safety_concerns {', 'when safety_concern {');
    const luton = { path: 'samples/luton-2020.json' };
    return {
      preview: await backend.preview(path, text),
      previewBroken: await backend.preview(path, broken),
      tried: await backend.tryIt(path, text, luton),
      triedBroken: await backend.tryIt(path, broken, luton),
      triedReworded: await backend.tryIt(path, text.replace('keeping the child safe?"', 'keeping the child safe and well?"'), luton),
      triedRebanded: await backend.tryIt(path, text.replace('requires_improvement 50% to  64%', 'requires_improvement 50% to  65%').replace('good                 65% to  79%', 'good                 66% to  79%'), luton),
      unchanged: await backend.changes(path, text, 'saved'),
      changed: await backend.changes(path, text.replace('"Assessment"', '"Assessment of the child"'), 'saved'),
      head: await backend.changes(path, text, 'head'),
    };
  }, framework);

  assert.match(result.preview.html, /Inspection of youth offending services/);
  assert.equal(result.preview.errors, 0);
  assert.equal(result.previewBroken.html, null);
  assert.equal(result.previewBroken.errors, 1);
  assert.match(result.tried.summary, /^Requires improvement, 16 of 36 points; 36 cases read = 36 scored \+ 0 rejected$/);
  assert.match(result.tried.html, /Luton Youth Offending Service/);
  assert.equal(result.triedBroken.html, null);
  assert.ok(result.triedBroken.problems.some((p) => p.includes('IF0109')), result.triedBroken.problems.join('\n'));
  // A wording edit is compatible: the data recorded under the text as opened is scored with the new text.
  assert.match(result.triedReworded.summary, /^Requires improvement, 16 of 36 points;/, result.triedReworded.problems.join('\n'));
  assert.match(result.triedReworded.html, /keeping the child safe and well\?/);
  assert.match(result.triedReworded.basis, /^Data recorded under the text as opened \(hmip_youth_2019 2019\.1 /);
  // A band edge moved affects ratings: nothing is scored, and the summary says why.
  assert.equal(result.triedRebanded.html, null);
  assert.match(result.triedRebanded.summary, /^Not scored with the text as it is now: the data was recorded under the text as opened .* 2 change\(s\) that affect ratings/);
  assert.equal(result.triedRebanded.basis, 'Data recorded under the text as opened: the edits are ratings-affecting.');
  assert.equal(result.unchanged.available, true);
  assert.equal(result.changed.available, true);
  assert.notEqual(result.changed.text, result.unchanged.text);
  assert.equal(result.head.available, false);

  const report = await browser.context.newPage();
  await report.setContent(result.tried.html);
  await screenshot(report, 'playground-report-luton');
  await report.close();
});

test('Sefton, whose JSON names its cases in a CSV, is tried on the 2018 wording', async () => {
  const tried = await page.evaluate(async () => {
    const { backend } = window.studio;
    const path = 'frameworks/hmip-youth-2018.inspect';
    return backend.tryIt(path, (await backend.open(path)).text, { path: 'samples/sefton-2019.json' });
  });
  assert.match(tried.summary, /^Requires improvement, 12 of 36 points;/, tried.problems.join('\n'));
  assert.match(tried.html, /Sefton Youth Offending Team/);
});

// The same journey on the studio page itself (index.html over the playground backend), as a
// methodology author sees it: the bundled youth 2019 framework, misspelt by typing.
test('on the static page: the misspelt fact, its fix, hover, the Luton report and the preview follow the text', async () => {
  const { page: studio, problems } = await openPage(browser.context, server.url + '/#' + framework);
  const problemTexts = () => studio.locator('#problems li').allInnerTexts();
  const frameText = (id) => studio.frameLocator('#' + id).locator('body').innerText();
  const editorLine = (text) => studio.locator('.cm-line', { hasText: text });
  try {
    await waitUntil(async () => (await studio.locator('#status').innerText()) === 'No problems found.', 'the framework checked', 120000);
    assert.equal(await studio.locator('#file-name').innerText(), framework);
    assert.deepEqual(await studio.locator('#case-file option').allInnerTexts(),
      ['Choose a case-data file…', 'samples/luton-2020.json', 'samples/sefton-2019-cases.csv', 'samples/sefton-2019.json']);
    await waitUntil(async () => /Does planning focus sufficiently on keeping the child safe\?/.test(await frameText('preview-frame')), 'the standards document');

    // Go to key question 2.2.2 through the outline, and misspell its condition's fact.
    await studio.locator('#outline').getByText(/^2\.2\.2 /).first().click();
    const at = await waitUntil(() => pointAt(studio, 'when safety_concerns {', 'when safety_concerns'.length).catch(() => null), 'line 398 in view');
    await studio.mouse.click(at.x, at.y);
    await studio.keyboard.press('Backspace');
    await waitUntil(async () => (await problemTexts()).length > 0, 'the diagnostics of the misspelt fact');
    const [only, ...rest] = await problemTexts();
    assert.deepEqual(rest, []);
    assert.match(only, /Error IF0109 · Line 398, column 104/);
    assert.match(only, /There is no fact called 'safety_concern'\. Did you mean 'safety_concerns'\?/);
    await waitUntil(async () => (await studio.locator('#preview-note').getAttribute('data-stale')) === 'true', 'the preview labelled stale');
    await screenshot(studio, 'playground-misspelt-fact');

    // The quick fix.
    const fix = studio.locator('#problems li button.fix');
    assert.equal(await fix.innerText(), "Fix: Replace 'safety_concern' with 'safety_concerns'");
    await fix.click();
    await waitUntil(async () => (await problemTexts()).length === 0 && (await studio.locator('#status').innerText()) === 'No problems found.', 'the diagnostics after the fix');
    assert.match(await editorLine('key question 2.2.2 child_safety').innerText(), /when safety_concerns \{/);

    // Hover on the fact.
    const fact = editorLine('key question 2.2.2 child_safety').locator('.tok-fact', { hasText: /^safety_concerns$/ });
    await waitUntil(async () => (await fact.count()) === 1, 'the fact coloured as a fact');
    await fact.hover();
    const tooltip = studio.locator('.cm-lsp-hover-tooltip');
    await waitUntil(async () => (await tooltip.count()) === 1, 'the hover');
    assert.match(await tooltip.innerText(), /Safety and wellbeing concerns were identified/);
    await screenshot(studio, 'playground-hover');
    await studio.mouse.move(5, 5);

    // Try it on Luton: 16 of 36, Requires improvement.
    await studio.locator('#tab-try').click();
    await studio.locator('#case-file').selectOption('samples/luton-2020.json');
    await waitUntil(async () => /Requires improvement/.test(await studio.locator('#try-summary').innerText()), 'the Luton rating', 60000);
    assert.match(await studio.locator('#try-summary').innerText(), /^Requires improvement, 16 of 36 points;/);
    assert.match(await frameText('try-frame'), /Luton Youth Offending Service/);
    await screenshot(studio, 'playground-try-it');

    // Reword key question 2.2.2: the report follows the text. The data was recorded under the
    // published wording (the text as opened), and rewording is compatible, so it is scored with the
    // text as it is now, as `inspect score --recorded-under` does; and the preview follows too.
    const end = await pointAt(studio, 'keeping the child safe?"', 'keeping the child safe'.length);
    await studio.mouse.click(end.x, end.y);
    await studio.keyboard.type(' and well');
    await waitUntil(async () => /keeping the child safe and well\?/.test(await frameText('try-frame')), 'the report of the new text', 60000);
    assert.match(await studio.locator('#try-summary').innerText(), /^Requires improvement, 16 of 36 points;/);
    assert.match(await studio.locator('#try-basis').innerText(), /^Data recorded under the text as opened \(hmip_youth_2019 2019\.1 \(sha256:[0-9a-f]+\)\), scored with the text as it is now: the edits since are compatible/);
    assert.equal(await studio.locator('#try-frame').getAttribute('data-stale'), 'false');
    await screenshot(studio, 'playground-try-it-reworded');
    await studio.locator('#tab-preview').click();
    await waitUntil(async () => /keeping the child safe and well\?/.test(await frameText('preview-frame')), 'the reworded key question in the preview', 60000);
    await screenshot(studio, 'playground-preview');

    assert.deepEqual(problems, []);
  } finally {
    await studio.close();
  }
});

// The page's "open a file" control: frameworks and inspection data from this computer, chosen with
// the file picker or dropped, are added to the page's folder, listed and used.
test('on the static page: files opened from this computer are listed, opened and tried', async () => {
  const { page: studio, problems } = await openPage(browser.context, server.url + '/#' + framework);
  const read = (file) => fs.readFileSync(path.join(repoRoot, file));
  try {
    await waitUntil(async () => (await studio.locator('#status').innerText()) === 'No problems found.', 'the framework checked', 120000);
    assert.equal(await studio.locator('#open-local').isVisible(), true);

    // The picker: a framework under a name of its own, and Sefton's JSON with the CSV it names.
    await studio.locator('#open-input').setInputFiles([
      { name: 'my-2018.inspect', mimeType: 'text/plain', buffer: read('frameworks/hmip-youth-2018.inspect') },
      { name: 'sefton-2019.json', mimeType: 'application/json', buffer: read('samples/sefton-2019.json') },
      { name: 'sefton-2019-cases.csv', mimeType: 'text/csv', buffer: read('samples/sefton-2019-cases.csv') },
    ]);
    await waitUntil(async () => (await studio.locator('#file-name').innerText()) === 'my-2018.inspect', 'the opened framework in the editor', 60000);
    assert.ok((await studio.locator('#file-list button').allInnerTexts()).includes('my-2018.inspect'));
    assert.ok((await studio.locator('#case-file option').allInnerTexts()).includes('sefton-2019.json'));
    await studio.locator('#tab-try').click();
    await waitUntil(async () => /^Requires improvement, 12 of 36 points;/.test(await studio.locator('#try-summary').innerText()), 'Sefton tried on the opened framework', 60000);
    await screenshot(studio, 'playground-opened-files');

    // A drop: a framework with a misspelt fact is opened and its mistake marked.
    const misspelt = read(framework).toString('utf8').replace('when safety_concerns {', 'when safety_concern {');
    const dataTransfer = await studio.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.inspect', { type: 'text/plain' }));
      return transfer;
    }, misspelt);
    await studio.locator('#open-local').dispatchEvent('drop', { dataTransfer });
    await waitUntil(async () => (await studio.locator('#file-name').innerText()) === 'dropped.inspect', 'the dropped framework in the editor', 60000);
    await waitUntil(async () => /Error IF0109 · Line 398, column 104/.test((await studio.locator('#problems li').allInnerTexts()).join('\n')), 'the misspelt fact marked', 60000);

    assert.deepEqual(problems, []);
  } finally {
    await studio.close();
  }
});

// The page's own Content-Security-Policy: with no server to send headers, it is a <meta> element; no
// inline script, WebAssembly compiled only under 'wasm-unsafe-eval' (the pages above run under it
// and record any refusal: none).
test('the page carries a Content-Security-Policy without inline script', () => {
  const html = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self' blob: 'wasm-unsafe-eval';/);
  assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
  // Every script is a file: none inline.
  assert.deepEqual([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), ['<script defer src="studio.js">']);
});

// Opened from disk: no server at all, as when the folder is copied to a laptop and index.html is
// double-clicked. Chromium blocks module scripts, fetch and workers from files there; the page loads
// playground-offline.js and starts .NET from bytes instead (backends/playground.js).
test('opened from disk (file://): diagnostics, hover, the preview and try it work', async () => {
  const { page: studio, problems } = await openPage(browser.context, pathToFileURL(path.join(site, 'index.html')).href + '#' + framework);
  const frameText = (id) => studio.frameLocator('#' + id).locator('body').innerText();
  try {
    await waitUntil(async () => (await studio.locator('#status').innerText()) === 'No problems found.', 'the framework checked from disk', 120000);
    await waitUntil(async () => /Does planning focus sufficiently on keeping the child safe\?/.test(await frameText('preview-frame')), 'the standards document', 60000);
    await studio.locator('#outline').getByText(/^2\.2\.2 /).first().click();
    const at = await waitUntil(() => pointAt(studio, 'when safety_concerns {', 'when safety_concerns'.length).catch(() => null), 'line 398 in view');
    await studio.mouse.click(at.x, at.y);
    await studio.keyboard.press('Backspace');
    await waitUntil(async () => /Error IF0109 · Line 398, column 104/.test((await studio.locator('#problems li').allInnerTexts()).join('\n')), 'the misspelt fact marked', 60000);
    await studio.locator('#problems li button.fix').click();
    await waitUntil(async () => (await studio.locator('#status').innerText()) === 'No problems found.', 'the fix', 60000);
    const fact = studio.locator('.cm-line', { hasText: 'key question 2.2.2 child_safety' }).locator('.tok-fact', { hasText: /^safety_concerns$/ });
    await waitUntil(async () => (await fact.count()) === 1, 'the fact coloured as a fact');
    await fact.hover();
    await waitUntil(async () => /Safety and wellbeing concerns were identified/.test((await studio.locator('.cm-lsp-hover-tooltip').allInnerTexts()).join('')), 'the hover', 60000);
    await studio.mouse.move(5, 5);
    await studio.locator('#tab-try').click();
    await studio.locator('#case-file').selectOption('samples/luton-2020.json');
    await waitUntil(async () => /^Requires improvement, 16 of 36 points;/.test(await studio.locator('#try-summary').innerText()), 'the Luton rating from disk', 60000);
    assert.match(await frameText('try-frame'), /Luton Youth Offending Service/);
    await screenshot(studio, 'playground-from-disk');
    assert.deepEqual(problems, []);
  } finally {
    await studio.close();
  }
});
