// The InspectFramework extension: starts `inspect lsp` (the language server in the same executable
// as every other inspect command) over standard input and output for .inspect files.
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type ErrorHandler,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { locateServer } from './serverLocation';

const languageId = 'inspect';
const openSettings = 'Open Settings';
const showLog = 'Show Log';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // One channel for the life of the extension, so that a restart keeps the earlier server's log.
  const output = vscode.window.createOutputChannel('InspectFramework Language Server', { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('inspect.restartServer', () => restart(context, output)),
    vscode.commands.registerCommand('inspect.showServerLog', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration(async event => {
      if (event.affectsConfiguration('inspect.server.path')) {
        await restart(context, output);
      }
    }),
  );
  await start(context, output);
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Promise<void> {
  const location = await locateServer({
    setting: vscode.workspace.getConfiguration('inspect').get<string>('server.path', ''),
    extensionPath: context.extensionPath,
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    platform: process.platform,
    arch: process.arch,
    homeDirectory: os.homedir(),
  });
  if (location.kind === 'missing') {
    report(log, location.message, openSettings);
    return;
  }

  log.info(`Starting ${location.executable} lsp (${location.source === 'setting' ? 'from inspect.server.path' : 'inside the extension'}).`);
  // No transport named: the client then talks over the process's standard input and output
  // without adding --stdio, so the command line is exactly `inspect lsp`. The server's standard
  // error goes to the log.
  const serverOptions: ServerOptions = { command: location.executable, args: ['lsp'] };
  // Until the server has answered 'initialize', a failure is reported once, below, with the
  // executable and the setting, rather than by three of the client's own messages; once it runs,
  // the client's default handling (restart after a crash, up to a limit) applies.
  let initialized = false;
  let afterStart: ErrorHandler | undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: languageId },
      { scheme: 'untitled', language: languageId },
    ],
    outputChannel: log,
    traceOutputChannel: log,
    initializationFailedHandler: () => false,
    errorHandler: {
      error: (error, message, count) =>
        initialized && afterStart ? afterStart.error(error, message, count) : { action: ErrorAction.Shutdown, handled: true },
      closed: () =>
        initialized && afterStart ? afterStart.closed() : { action: CloseAction.DoNotRestart, handled: true },
    },
  };
  try {
    // The id 'inspect' makes the client read its trace level from the inspect.trace.server setting.
    client = new LanguageClient(languageId, 'InspectFramework Language Server', serverOptions, clientOptions);
    afterStart = client.createDefaultErrorHandler();
    await client.start();
    initialized = true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report(log, `The InspectFramework language server (${location.executable} lsp) did not start: ${reason}`, showLog, openSettings);
  }
}

/** Logs the message and shows it with its buttons, without holding up activation until it is answered. */
function report(log: vscode.LogOutputChannel, message: string, ...buttons: string[]): void {
  log.error(message);
  void vscode.window.showErrorMessage(message, ...buttons).then(choice => {
    if (choice === openSettings) {
      void vscode.commands.executeCommand('workbench.action.openSettings', 'inspect.server.path');
    } else if (choice === showLog) {
      log.show(true);
    }
  });
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) {
    await running.stop();
  }
  await running?.dispose();
}

async function restart(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Promise<void> {
  log.info('Restarting the language server.');
  await stop();
  await start(context, log);
}
