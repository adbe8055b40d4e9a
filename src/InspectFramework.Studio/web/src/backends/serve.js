// The studio backend of `inspect serve`: its HTTP API and the language server behind its WebSocket.
// The token comes from the page's address (`/?token=...`, printed by `inspect serve`) and is read
// once; the server's cookie carries it on every request and on the WebSocket, and every API call
// also sends it in a header, which a page from another site cannot add.

/** @typedef {import('../backend.js').StudioBackend} StudioBackend */
/** @typedef {import('../backend.js').Transport} Transport */

/** An API call the server refused or could not answer; `message` is the server's own sentence. */
export class BackendError extends Error {
  /** @param {string} message @param {number} status */
  constructor(message, status) {
    super(message);
    this.name = 'BackendError';
    this.status = status;
  }
}

/**
 * @param {Location} location the page's address: its token and the server's origin
 * @returns {StudioBackend}
 */
export function serveBackend(location) {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const origin = location.origin;

  /**
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   * @param {number[]} [answered] statuses whose JSON body is an answer, not an error
   */
  async function call(method, path, body, answered = []) {
    const response = await fetch(origin + path, {
      method,
      headers: body === undefined
        ? { 'X-Inspect-Token': token }
        : { 'X-Inspect-Token': token, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
    let json;
    try {
      json = await response.json();
    } catch {
      throw new BackendError(`The studio server answered ${response.status} ${response.statusText} without a readable answer.`, response.status);
    }
    if (response.ok || answered.includes(response.status)) return { status: response.status, json };
    if (response.status === 401) {
      throw new BackendError('The studio server did not accept this page\'s token: open the address `inspect serve` printed, with its token.', 401);
    }
    throw new BackendError(typeof json?.error === 'string' ? json.error : `The studio server answered ${response.status}.`, response.status);
  }

  const query = (path) => '?path=' + encodeURIComponent(path);

  return {
    kind: 'serve',

    async listFiles() {
      const { json } = await call('GET', '/api/files');
      return { files: json.files, caseFiles: json.caseFiles };
    },

    async open(path) {
      const { json } = await call('GET', '/api/file' + query(path));
      return { path: json.path, text: json.text, hash: json.hash };
    },

    async save(path, text, baseHash, { format }) {
      // 400 and 403 are refusals the user must read (not a .inspect file, outside the folder, format
      // refused because of syntax errors); 409 is a conflict the page shows.
      const { status, json } = await call('PUT', '/api/file' + query(path), { text, baseHash, format }, [400, 403, 409]);
      if (status === 409) return { ok: false, conflict: { diskText: json.diskText, diskHash: json.diskHash } };
      if (status !== 200) return { ok: false, error: String(json.error ?? `refused (${status})`) };
      return { ok: true, hash: json.hash, text: json.text };
    },

    async preview(path, text) {
      const { json } = await call('POST', '/api/preview', { path, text });
      return { html: json.html ?? null, errors: json.errors };
    },

    async tryIt(path, text, caseData) {
      const body = 'path' in caseData
        ? { path, text, caseFile: caseData.path }
        : { path, text, caseName: caseData.name, caseDataBase64: base64(caseData.bytes) };
      const { json } = await call('POST', '/api/try', body);
      return { html: json.html ?? null, summary: json.summary, problems: json.problems ?? [], basis: json.basis ?? null };
    },

    async changes(path, text, against) {
      const { json } = await call('POST', '/api/changes', { path, text, against });
      return { text: json.text, verdict: json.verdict, available: json.available };
    },

    lspTransport() {
      const url = new URL('/lsp', origin);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      return webSocketTransport(url.href);
    },
  };
}

/**
 * One WebSocket, one language server: each text message is one JSON-RPC message. `closed` resolves
 * when the socket closes, so that the page can say the server is gone instead of waiting for ever.
 * @param {string} url
 * @returns {Promise<Transport & { closed: Promise<CloseEvent> }>}
 */
function webSocketTransport(url) {
  const socket = new WebSocket(url);
  /** @type {((message: string) => void)[]} */
  let handlers = [];
  socket.onmessage = (event) => {
    if (typeof event.data !== 'string') return;
    for (const handler of handlers) handler(event.data);
  };
  const closed = new Promise((resolve) => socket.addEventListener('close', resolve));
  return new Promise((resolve, reject) => {
    socket.onopen = () => resolve({
      send(message) {
        if (socket.readyState !== WebSocket.OPEN) throw new Error('The connection to the language server is closed.');
        socket.send(message);
      },
      subscribe(handler) { handlers.push(handler); },
      unsubscribe(handler) { handlers = handlers.filter((h) => h !== handler); },
      closed,
    });
    // Before it opened: refused (no token, another origin) or no server.
    closed.then(() => reject(new Error('The studio server refused or closed the language server connection.')));
  });
}

/** @param {Uint8Array} bytes */
function base64(bytes) {
  // btoa takes a binary string; built in chunks, since one argument list per byte overflows the stack
  // on a file of several megabytes.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, /** @type {any} */ (bytes.subarray(i, i + 0x8000)));
  }
  return btoa(binary);
}
