// The playground's Web Worker: starts .NET (the compiler, the studio operations and the language
// server, as WebAssembly) off the page's thread, so typing never waits for a compilation, and relays
// messages between the page (web/src/backends/playground.js) and the exports of
// InspectFramework.Playground.
//
// Page → worker:  { kind: 'lsp', message }                 one JSON-RPC message for the language server
//                 { kind: 'call', id, op, args }           a studio operation (op: a StudioExports method)
// Worker → page:  { kind: 'ready', startMs }               .NET has started; startMs: how long it took
//                 { kind: 'lsp', message }                 one JSON-RPC message from the language server
//                 { kind: 'result', id, value }            a studio operation's answer (JSON text)
//                 { kind: 'error', id?, message }          an operation failed, or .NET could not start
import { dotnet } from './_framework/dotnet.js';

const started = performance.now();
/** Messages that arrive while .NET starts, handled in order once it has. */
let pending = [];
self.onmessage = (event) => pending.push(event.data);

let exports;
try {
  const runtime = await dotnet.create();
  runtime.setModuleImports('inspect-playground', {
    // Called by LanguageServerExports for every message the server sends.
    sendToClient: (message) => self.postMessage({ kind: 'lsp', message }),
  });
  exports = await runtime.getAssemblyExports('InspectFramework.Playground');
  exports.InspectFramework.Playground.Lsp.LanguageServerExports.Start();
} catch (e) {
  self.postMessage({ kind: 'error', message: `The compiler could not start in this browser: ${e?.message ?? e}` });
  throw e;
}

const { LanguageServerExports, StudioExports } = {
  LanguageServerExports: exports.InspectFramework.Playground.Lsp.LanguageServerExports,
  StudioExports: exports.InspectFramework.Playground.Studio.StudioExports,
};

function handle(data) {
  if (data?.kind === 'lsp' && typeof data.message === 'string') {
    LanguageServerExports.Post(data.message);
    return;
  }
  if (data?.kind === 'call' && typeof StudioExports[data.op] === 'function') {
    try {
      self.postMessage({ kind: 'result', id: data.id, value: StudioExports[data.op](...data.args) });
    } catch (e) {
      self.postMessage({ kind: 'error', id: data.id, message: String(e?.message ?? e) });
    }
    return;
  }
  self.postMessage({ kind: 'error', id: data?.id, message: `The playground cannot do ${JSON.stringify(data?.op ?? data?.kind ?? null)}: this page and its compiler come from different builds.` });
}

self.onmessage = (event) => handle(event.data);
for (const data of pending) handle(data);
pending = null;
self.postMessage({ kind: 'ready', startMs: Math.round(performance.now() - started) });
