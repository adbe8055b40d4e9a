// The InspectFramework extension: starts `inspect lsp` (the language server in the same executable
// as every other inspect command) over standard input and output for .inspect files.
import * as os from 'node:os';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { locateServer } from './serverLocation';

const languageId = 'inspect';
const openSettings = 'Open Settings';
const showLog = 'Show Log';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // One channel for the life of the extension, so that a restart keeps the earlier server's log.
  output = vscode.window.createOutputChannel('InspectFramework Language Server', { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('inspect.restartServer', () => restart(context)),
    vscode.commands.registerCommand('inspect.showServerLog', () => output?.show(true)),
    vscode.workspace.onDidChangeConfiguration(async event => {
      if (event.affectsConfiguration('inspect.server.path')) {
        await restart(context);
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const log = output!;
  const location = await locateServer({
    setting: vscode.workspace.getConfiguration('inspect').get<string>('server.path', ''),
    extensionPath: context.extensionPath,
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    platform: process.platform,
    arch: process.arch,
    homeDirectory: os.homedir(),
  });
  if (location.kind === 'missing') {
    log.error(location.message);
    void vscode.window.showErrorMessage(location.message, openSettings).then(choice => {
      if (choice === openSettings) {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'inspect.server.path');
      }
    });
    return;
  }

  log.info(`Starting ${location.executable} lsp (${location.source === 'setting' ? 'from inspect.server.path' : 'inside the extension'}).`);
  // No transport named: the client then talks over the process's standard input and output
  // without adding --stdio, so the command line is exactly `inspect lsp`. The server's standard
  // error goes to the log.
  const serverOptions: ServerOptions = { command: location.executable, args: ['lsp'] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: languageId },
      { scheme: 'untitled', language: languageId },
    ],
    outputChannel: log,
    traceOutputChannel: log,
  };
  try {
    // The id 'inspect' makes the client read its trace level from the inspect.trace.server setting.
    client = new LanguageClient(languageId, 'InspectFramework Language Server', serverOptions, clientOptions);
    await client.start();
  } catch (error) {
    const message = `The InspectFramework language server (${location.executable} lsp) did not start: ${error instanceof Error ? error.message : String(error)}`;
    log.error(message);
    const choice = await vscode.window.showErrorMessage(message, showLog, openSettings);
    if (choice === showLog) {
      log.show(true);
    } else if (choice === openSettings) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'inspect.server.path');
    }
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) {
    await running.stop();
  }
  await running?.dispose();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  output?.info('Restarting the language server.');
  await stop();
  await start(context);
}
