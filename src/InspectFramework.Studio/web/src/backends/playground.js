// The studio backend of the playground (`inspect playground --out DIR`): no server. The compiler, the
// studio operations and the language server run as .NET WebAssembly in a Web Worker
// (inspect-worker.js, from src/InspectFramework.Playground), so typing never waits for a compilation.
// The folder is the frameworks and case data bundled into the static folder (listed in
// playground-files.json) plus the files the user opens or drops; the browser has no folder to write
// to, so saving downloads the file, and "changes" compares with the text as it was first opened.
//
// Opened from disk (file://), Chromium lets the page neither fetch its own files nor start a worker
// from them, nor import modules: it may still run a classic <script src>. So the folder also holds
// playground-offline.js (scripts/build-playground), a classic script holding every other file of
// the folder as base64; from disk the page loads it, starts the worker from a blob: address and
// hands .NET's files to it as bytes (inspect-worker.js). Over http it is never loaded.

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
  const offline = base.protocol === 'file:' ? offlineFiles(base) : null;

  /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
  const calls = new Map();
  /** @type {((message: string) => void)[]} */
  let lspHandlers = [];
  let nextId = 1;
  let started;
  const ready = new Promise((resolve, reject) => { started = { resolve, reject }; });

  const worker = startWorker();
  worker.catch((e) => started.reject(e));

  async function startWorker() {
    let created;
    if (offline) {
      const files = await offline;
      const source = files.get('inspect-worker.js');
      if (!source) throw new Error('playground-offline.js has no inspect-worker.js: build the playground again.');
      created = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      /** @type {Record<string, Uint8Array>} */
      const framework = {};
      for (const [path, bytes] of files) if (path.startsWith('_framework/')) framework[path.slice('_framework/'.length)] = bytes;
      created.postMessage({ kind: 'boot', framework });
    } else {
      created = new Worker(new URL('inspect-worker.js', base), { type: 'module' });
      created.postMessage({ kind: 'boot', framework: null });
    }
    created.onmessage = received;
    created.onerror = (event) => started.reject(new Error(`The playground worker failed to start: ${event.message ?? 'no message'}`));
    return created;
  }

  function received(event) {
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
  }

  /** A file of the static folder: fetched, or from playground-offline.js when opened from disk. */
  async function siteFile(path) {
    if (offline) {
      const bytes = (await offline).get(path);
      if (!bytes) throw new Error(`${path} is not in playground-offline.js.`);
      return bytes;
    }
    const response = await fetch(new URL(path.split('/').map(encodeURIComponent).join('/'), base));
    if (!response.ok) throw new Error(`${path} could not be read (${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  }

  /** A studio operation in the worker; its answer is JSON. */
  function call(op, ...args) {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      calls.set(id, { resolve, reject });
      worker.then((w) => w.postMessage({ kind: 'call', id, op, args }), reject);
    });
  }

  /** Files the user opened or dropped, and the bundled ones once read: path → bytes. */
  /** @type {Map<string, Uint8Array>} */
  const bytesByPath = new Map();
  /** The text of each framework as first opened (or last saved): what "changes" compares with. */
  /** @type {Map<string, string>} */
  const savedText = new Map();
  /** The text of each framework as first opened: data recorded under it is tried on the edited text. */
  /** @type {Map<string, string>} */
  const openedText = new Map();
  /** @type {Promise<{ files: { path: string }[], caseFiles: { path: string }[] }> | undefined} */
  let bundled;
  const added = { files: new Set(), caseFiles: new Set() };

  function bundledFiles() {
    bundled ??= siteFile('playground-files.json').then((bytes) => JSON.parse(new TextDecoder().decode(bytes)));
    return bundled;
  }

  async function bytesOf(path) {
    const known = bytesByPath.get(path);
    if (known) return known;
    const bytes = await siteFile('files/' + path);
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
      if (!openedText.has(path)) openedText.set(path, opened.text);
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
      const opened = openedText.get(path) ?? null, saved = savedText.get(path) ?? null;
      const result = await call('TryIt', path, text, name, bytes, inFolder, saved !== opened ? saved : null, opened);
      return { html: result.html ?? null, summary: result.summary, problems: result.problems ?? [], basis: result.basis ?? null };
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
        send(message) { worker.then((w) => w.postMessage({ kind: 'lsp', message })); },
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

/**
 * The folder's files from playground-offline.js, loaded as a classic script (the one kind of script a
 * page opened from disk may load): path → bytes.
 * @param {URL} base
 * @returns {Promise<Map<string, Uint8Array>>}
 */
function offlineFiles(base) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('playground-offline.js', base).href;
    script.onload = () => {
      const encoded = /** @type {any} */ (globalThis).inspectPlaygroundFiles;
      if (!encoded) { reject(new Error('playground-offline.js did not load its files.')); return; }
      const files = new Map();
      for (const [path, base64] of Object.entries(encoded)) files.set(path, Uint8Array.from(atob(/** @type {string} */ (base64)), (c) => c.charCodeAt(0)));
      delete (/** @type {any} */ (globalThis)).inspectPlaygroundFiles;
      resolve(files);
    };
    script.onerror = () => reject(new Error('playground-offline.js could not be loaded beside the page: copy the whole folder.'));
    document.head.append(script);
  });
}
