// The studio backend of the playground (`inspect playground --out DIR`): no server. The compiler, the
// studio operations and the language server run as .NET WebAssembly in a Web Worker
// (inspect-worker.js, from src/InspectFramework.Playground), so typing never waits for a compilation.
// The folder is the frameworks and case data bundled into the static folder (listed in
// playground-files.json) plus the files the user opens or drops; the browser has no folder to write
// to, so saving downloads the file, and "changes" compares with the text as it was first opened.

/** @typedef {import('../backend.js').StudioBackend} StudioBackend */
/** @typedef {import('../backend.js').Transport} Transport */

/**
 * @param {object} [options]
 * @param {string} [options.base] the static folder's address (default: the page's)
 * @param {(name: string, text: string) => void} [options.download] how a saved file is handed to the
 *   user (default: a download through a link; tests replace it)
 * @returns {StudioBackend & { addFile(path: string, bytes: Uint8Array): Promise<void>, ready: Promise<{ startMs: number }> }}
 */
export function playgroundBackend(options = {}) {
  const base = new URL(options.base ?? '.', document.baseURI);
  const download = options.download ?? downloadFile;
  const worker = new Worker(new URL('inspect-worker.js', base), { type: 'module' });

  /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
  const calls = new Map();
  /** @type {((message: string) => void)[]} */
  let lspHandlers = [];
  let nextId = 1;
  let started;
  const ready = new Promise((resolve, reject) => { started = { resolve, reject }; });

  worker.onmessage = (event) => {
    const data = event.data;
    switch (data.kind) {
      case 'ready': started.resolve({ startMs: data.startMs }); break;
      case 'lsp': for (const handler of lspHandlers) handler(data.message); break;
      case 'result': calls.get(data.id)?.resolve(data.value === undefined ? undefined : JSON.parse(data.value)); calls.delete(data.id); break;
      case 'error':
        if (data.id === undefined) { started.reject(new Error(data.message)); break; }
        calls.get(data.id)?.reject(new Error(data.message)); calls.delete(data.id);
        break;
    }
  };
  worker.onerror = (event) => started.reject(new Error(`The playground worker failed to start: ${event.message ?? 'no message'}`));

  /** A studio operation in the worker; its answer is JSON. */
  function call(op, ...args) {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      calls.set(id, { resolve, reject });
      worker.postMessage({ kind: 'call', id, op, args });
    });
  }

  /** Files the user opened or dropped, and the bundled ones once read: path → bytes. */
  /** @type {Map<string, Uint8Array>} */
  const bytesByPath = new Map();
  /** The text of each framework as first opened (or last saved): what "changes" compares with. */
  /** @type {Map<string, string>} */
  const savedText = new Map();
  /** @type {Promise<{ files: { path: string }[], caseFiles: { path: string }[] }> | undefined} */
  let bundled;
  const added = { files: new Set(), caseFiles: new Set() };

  function bundledFiles() {
    bundled ??= fetch(new URL('playground-files.json', base)).then((r) => {
      if (!r.ok) throw new Error(`The playground's list of files could not be read (${r.status}).`);
      return r.json();
    });
    return bundled;
  }

  async function bytesOf(path) {
    const known = bytesByPath.get(path);
    if (known) return known;
    const response = await fetch(new URL('files/' + path.split('/').map(encodeURIComponent).join('/'), base));
    if (!response.ok) throw new Error(`${path} could not be read (${response.status}).`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    bytesByPath.set(path, bytes);
    return bytes;
  }

  /** Case files already handed to .NET's in-memory folder, so that an inspection's case_files are found. */
  const inDotnetFolder = new Set();
  async function caseFilesBeside(path) {
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    const { caseFiles } = await backend.listFiles();
    for (const { path: other } of caseFiles) {
      if (!other.startsWith(folder) || other.slice(folder.length).includes('/') || inDotnetFolder.has(other)) continue;
      await call('AddCaseFile', other, await bytesOf(other));
      inDotnetFolder.add(other);
    }
  }

  const ordinal = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

  const backend = {
    kind: 'playground',
    ready,

    /** A file the user opened or dropped: a framework (.inspect) or case data (.json, .csv). */
    async addFile(path, bytes) {
      bytesByPath.set(path, bytes);
      (path.toLowerCase().endsWith('.inspect') ? added.files : added.caseFiles).add(path);
    },

    async listFiles() {
      const list = await bundledFiles();
      const merge = (bundledEntries, extra) => {
        const paths = new Set(bundledEntries.map((f) => f.path));
        for (const path of extra) paths.add(path);
        return [...paths].map((path) => ({ path })).sort(ordinal);
      };
      return { files: merge(list.files, added.files), caseFiles: merge(list.caseFiles, added.caseFiles) };
    },

    async open(path) {
      const bytes = await bytesOf(path);
      const opened = await call('Open', bytes);
      if (!savedText.has(path)) savedText.set(path, opened.text);
      return { path, text: opened.text, hash: opened.hash };
    },

    async save(path, text, baseHash, { format }) {
      // The browser has no folder: the file is downloaded, and nothing on a disk can conflict.
      const saved = await call('Save', path, text, format);
      if (saved.error) return { ok: false, error: saved.error };
      download(path.split('/').pop(), saved.text);
      savedText.set(path, saved.text);
      bytesByPath.set(path, new TextEncoder().encode(saved.text));
      return { ok: true, hash: saved.hash, text: saved.text };
    },

    async preview(path, text) {
      const result = await call('Preview', path, text);
      return { html: result.html ?? null, errors: result.errors };
    },

    async tryIt(path, text, caseData) {
      const inFolder = 'path' in caseData;
      const name = inFolder ? caseData.path : caseData.name;
      const bytes = inFolder ? await bytesOf(caseData.path) : caseData.bytes;
      if (inFolder) await caseFilesBeside(caseData.path);
      const result = await call('TryIt', path, text, name, bytes, inFolder);
      return { html: result.html ?? null, summary: result.summary, problems: result.problems ?? [] };
    },

    async changes(path, text, against) {
      const before = against === 'saved' ? savedText.get(path) : undefined;
      if (before === undefined) return { text: '', verdict: '', available: false };
      const result = await call('Changes', path, before, text);
      return { text: result.text, verdict: result.verdict, available: true };
    },

    async lspTransport() {
      await ready;
      return {
        send(message) { worker.postMessage({ kind: 'lsp', message }); },
        subscribe(handler) { lspHandlers.push(handler); },
        unsubscribe(handler) { lspHandlers = lspHandlers.filter((h) => h !== handler); },
      };
    },
  };
  return backend;
}

/** @param {string} name @param {string} text */
function downloadFile(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
