// The playground's Web Worker: starts .NET (the compiler, the studio operations and the language
// server, as WebAssembly) off the page's thread, so typing never waits for a compilation, and relays
// messages between the page (web/src/backends/playground.js) and the exports of
// InspectFramework.Playground.
//
// Page → worker:  { kind: 'boot', framework }              first: framework is null when the worker
//                                                          loads _framework/ itself (a web server), or
//                                                          { name: bytes } of every _framework/ file
//                                                          when the page was opened from disk (file://)
//                 { kind: 'lsp', message }                 one JSON-RPC message for the language server
//                 { kind: 'call', id, op, args }           a studio operation (op: a StudioExports method)
// Worker → page:  { kind: 'ready', startMs }               .NET has started; startMs: how long it took
//                 { kind: 'lsp', message }                 one JSON-RPC message from the language server
//                 { kind: 'result', id, value }            a studio operation's answer (JSON text)
//                 { kind: 'error', id?, message }          an operation failed, or .NET could not start

const started = performance.now();
/** Messages that arrive while .NET starts, handled in order once it has. */
let pending = [];
let booted;
const boot = new Promise((resolve) => { booted = resolve; });
self.onmessage = (event) => (event.data?.kind === 'boot' ? booted(event.data) : pending.push(event.data));

/**
 * .NET's loader. From disk, a page may not fetch its own files and a worker may not import them, so
 * the page hands over their bytes: the JavaScript modules are imported from blob: addresses, and the
 * WebAssembly and assemblies are given to the loader as responses made from the bytes.
 */
const OfflineFolder = 'https://inspect-playground.invalid/_framework/';

async function loadDotnet(framework) {
  // dotnet.js takes a worker that already has an onmessage handler (ours, set above) for one that is
  // not .NET's own, unless told that .NET runs in this worker ("sidecar"); without it create() never
  // ends. (With a static import, dotnet.js ran before onmessage was set and concluded the same.)
  globalThis.dotnetSidecar = true;
  if (!framework) return (await import('./_framework/dotnet.js')).dotnet;
  // .NET's modules find each other through import.meta.url, and a blob: address is no base for a
  // relative one: each is given an address of its own in a folder that does not exist, so that every
  // name resolves, and every file is then given by the loader below (nothing is fetched).
  const modules = {};
  for (const [name, bytes] of Object.entries(framework)) {
    if (!name.endsWith('.js')) continue;
    const text = new TextDecoder().decode(bytes).replaceAll('import.meta.url', JSON.stringify(`${OfflineFolder}${name}`));
    modules[name] = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
  }
  const { dotnet } = await import(modules['dotnet.js']);
  return dotnet.withResourceLoader((type, name) => {
    if (modules[name]) return modules[name];
    const bytes = framework[name] ?? framework[name.replace(OfflineFolder, '')];
    if (!bytes) return undefined;
    return Promise.resolve(new Response(bytes, { headers: { 'content-type': name.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream' } }));
  });
}

// A classic script (no top-level await, no static import): from disk, only a classic worker can be
// started from a blob: address.
async function start() {
  let exports;
  try {
    const dotnet = await loadDotnet((await boot).framework);
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
}

start();
