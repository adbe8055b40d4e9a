// The messages a user sees when no server can be started, and where the server is looked for.
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { type LocateOptions, locateServer } from '../src/serverLocation';

let root = '';
let extension = '';
let workspace = '';
let home = '';

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'inspect-vscode-'));
  extension = path.join(root, 'extension');
  workspace = path.join(root, 'workspace');
  home = path.join(root, 'home');
  await mkdir(path.join(extension, 'server'), { recursive: true });
  await mkdir(path.join(workspace, 'tools'), { recursive: true });
  await mkdir(path.join(home, 'bin'), { recursive: true });
  await writeFile(path.join(workspace, 'tools', 'inspect'), '#!/bin/sh\n', { mode: 0o755 });
  await writeFile(path.join(workspace, 'tools', 'plain'), 'not a program\n', { mode: 0o644 });
  await writeFile(path.join(home, 'bin', 'inspect'), '#!/bin/sh\n', { mode: 0o755 });
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

function options(overrides: Partial<LocateOptions>): LocateOptions {
  return { setting: '', extensionPath: extension, workspaceFolder: workspace, platform: 'linux', arch: 'x64', homeDirectory: home, ...overrides };
}

test('the bundled server is used when the setting is empty', async () => {
  const bundled = path.join(extension, 'server', 'inspect');
  await writeFile(bundled, '#!/bin/sh\n', { mode: 0o755 });
  try {
    assert.deepEqual(await locateServer(options({ setting: '  ' })), { kind: 'found', executable: bundled, source: 'bundled' });
  } finally {
    await rm(bundled);
  }
});

test('a bundled server that lost its executable bit is reported with the fix', async () => {
  const bundled = path.join(extension, 'server', 'inspect');
  await writeFile(bundled, '#!/bin/sh\n');
  await chmod(bundled, 0o644);
  try {
    assert.deepEqual(await locateServer(options({})), {
      kind: 'missing',
      message: `The language server inside the extension (${bundled}) is not executable (chmod +x ${bundled}). Reinstall the extension, or set inspect.server.path to an inspect executable.`,
    });
  } finally {
    await rm(bundled);
  }
});

test('on another platform the message names it and the setting', async () => {
  assert.deepEqual(await locateServer(options({ platform: 'darwin', arch: 'arm64' })), {
    kind: 'missing',
    message: 'This extension carries the language server for linux-x64 only, and this machine is darwin-arm64. ' +
      'Set inspect.server.path to an inspect executable built for it (`dotnet tool install InspectFramework.Cli` installs one).',
  });
});

test('a relative setting is read from the workspace folder', async () => {
  assert.deepEqual(await locateServer(options({ setting: 'tools/inspect' })),
    { kind: 'found', executable: path.join(workspace, 'tools', 'inspect'), source: 'setting' });
});

test('a setting starting with ~ is read from the home folder', async () => {
  assert.deepEqual(await locateServer(options({ setting: '~/bin/inspect' })),
    { kind: 'found', executable: path.join(home, 'bin', 'inspect'), source: 'setting' });
});

test('a setting that names nothing, a folder or a file that cannot run is refused with what to do', async () => {
  const cases: [string, string][] = [
    ['tools/missing', `${path.join(workspace, 'tools', 'missing')} does not exist`],
    ['tools', `${path.join(workspace, 'tools')} is not a file`],
    ['tools/plain', `${path.join(workspace, 'tools', 'plain')} is not executable (chmod +x ${path.join(workspace, 'tools', 'plain')})`],
  ];
  for (const [setting, problem] of cases) {
    assert.deepEqual(await locateServer(options({ setting })), {
      kind: 'missing',
      message: `The setting inspect.server.path is '${setting}', but ${problem}. ` +
        'Point it to an inspect executable (the one scripts/inspect publishes, or `dotnet tool install InspectFramework.Cli`), or clear it to use the server inside the extension.',
    });
  }
});
