// `inspect serve --open` and `--host 0.0.0.0` as a person runs them: the address handed to the
// system's opener (a fake xdg-open first on PATH, so nothing is launched), the warning printed when
// the studio listens beyond this machine, and the page working when reached at an address of this
// machine although the studio listens on every address (the WebSocket's Origin is then the address
// the browser used, not 0.0.0.0).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePort, inspectCommand, launchBrowser, makeFolder, openPage, screenshot, waitUntil } from './harness.js';

let folder, bin, child, output = '', port, browser;

before(async () => {
  folder = makeFolder();
  bin = mkdtempSync(join(tmpdir(), 'inspect-fake-opener-'));
  // The fake opener records its arguments, one a line, and exits.
  writeFileSync(join(bin, 'xdg-open'), '#!/bin/sh\nprintf \'%s\\n\' "$@" > "$(dirname "$0")/opened.next" && mv "$(dirname "$0")/opened.next" "$(dirname "$0")/opened"\n');
  chmodSync(join(bin, 'xdg-open'), 0o755);
  port = await freePort();
  const [command, ...first] = inspectCommand();
  child = spawn(command, [...first, 'serve', folder, '--host', '0.0.0.0', '--port', String(port), '--open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PATH: bin + delimiter + process.env.PATH },
  });
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  await waitUntil(() => /^inspect studio: /m.test(output), 'the address inspect serve prints', 60000);
});

after(async () => {
  await browser?.close();
  child?.kill();
  if (folder) rmSync(folder, { recursive: true, force: true });
  if (bin) rmSync(bin, { recursive: true, force: true });
});

const printed = () => /^inspect studio: (\S+)$/m.exec(output)?.[1] ?? '';

test('a host that is not the loopback address is warned about before the address is printed', () => {
  const warning = `inspect: warning: listening on 0.0.0.0, not only this machine: anyone who can reach it and learns the token can read and change the frameworks in ${folder}. Leave --host out to keep the studio to this machine.`;
  assert.ok(output.includes(warning + '\n'), output);
  assert.ok(output.indexOf(warning) < output.indexOf('inspect studio: '), output);
  assert.match(printed(), new RegExp(`^http://0\\.0\\.0\\.0:${port}/\\?token=[A-Za-z0-9_-]{43}$`));
});

test('--open hands the printed address, as one argument, to the system\'s opener', async () => {
  await waitUntil(() => existsSync(join(bin, 'opened')), 'the opener to be run');
  assert.equal(readFileSync(join(bin, 'opened'), 'utf8'), printed() + '\n');
});

test('listening on every address, the page reached at 127.0.0.1 connects to its language server', async () => {
  browser = await launchBrowser();
  const url = printed().replace('http://0.0.0.0:', 'http://127.0.0.1:');
  const { page, problems } = await openPage(browser.context, url);
  await waitUntil(async () => /Error IF0109 · Line 398, column 104/.test((await page.locator('#problems li').allInnerTexts()).join('\n')), 'the diagnostics over the WebSocket', 60000);
  await screenshot(page, '20-host-any');
  assert.deepEqual(problems, []);
});
