// Finds the `inspect` executable to run as the language server. Kept apart from the VS Code API so
// that its messages are tested in plain Node (test/serverLocation.test.ts).
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import * as path from 'node:path';

/** The platform the bundled server is built for (`vsce package --target linux-x64`). */
export const bundledTarget = 'linux-x64';

export type ServerLocation =
  | { readonly kind: 'found'; readonly executable: string; readonly source: 'setting' | 'bundled' }
  | { readonly kind: 'missing'; readonly message: string };

export interface LocateOptions {
  /** The `inspect.server.path` setting, as the user wrote it ('' when unset). */
  readonly setting: string;
  /** The extension's folder, which holds the bundled server in `server/`. */
  readonly extensionPath: string;
  /** The first workspace folder, against which a relative setting is read. */
  readonly workspaceFolder?: string;
  readonly platform: NodeJS.Platform;
  readonly arch: string;
  readonly homeDirectory: string;
}

export async function locateServer(options: LocateOptions): Promise<ServerLocation> {
  const setting = options.setting.trim();
  if (setting !== '') {
    const executable = resolveSetting(setting, options);
    const problem = await executableProblem(executable);
    return problem === undefined
      ? { kind: 'found', executable, source: 'setting' }
      : {
          kind: 'missing',
          message: `The setting inspect.server.path is '${setting}', but ${executable} ${problem}. ` +
            'Point it to an inspect executable (the one scripts/inspect publishes, or `dotnet tool install InspectFramework.Cli`), or clear it to use the server inside the extension.',
        };
  }

  const executable = path.join(options.extensionPath, 'server', options.platform === 'win32' ? 'inspect.exe' : 'inspect');
  const problem = await executableProblem(executable);
  if (problem === undefined) {
    return { kind: 'found', executable, source: 'bundled' };
  }

  const here = `${options.platform}-${options.arch}`;
  return {
    kind: 'missing',
    message: here === bundledTarget
      ? `The language server inside the extension (${executable}) ${problem}. Reinstall the extension, or set inspect.server.path to an inspect executable.`
      : `This extension carries the language server for ${bundledTarget} only, and this machine is ${here}. ` +
        'Set inspect.server.path to an inspect executable built for it (`dotnet tool install InspectFramework.Cli` installs one).',
  };
}

function resolveSetting(setting: string, options: LocateOptions): string {
  const expanded = setting === '~' || setting.startsWith('~/')
    ? path.join(options.homeDirectory, setting.slice(1))
    : setting;
  return path.isAbsolute(expanded) || options.workspaceFolder === undefined
    ? path.resolve(expanded)
    : path.resolve(options.workspaceFolder, expanded);
}

/** Why the file cannot be run as the server, or undefined when it can. */
async function executableProblem(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      return 'is not a file';
    }
  } catch {
    return 'does not exist';
  }

  try {
    await access(file, constants.X_OK);
    return undefined;
  } catch {
    return `is not executable (chmod +x ${file})`;
  }
}
