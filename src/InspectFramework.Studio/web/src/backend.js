// What the studio page asks of whoever runs the compiler for it. Two implementations: `serve`
// (backends/serve.js, the HTTP API and WebSocket of `inspect serve`) and `playground` (the compiler
// and language server as WebAssembly in the same page). The page talks to this interface only, so
// the same editor and panels run over either.

/** @typedef {{ path: string }} FileEntry  A file of the folder: its path relative to the folder, with '/'. */

/**
 * @typedef {{ path: string, text: string, hash: string }} OpenedFile
 * `hash`: lowercase hex SHA-256 of the file's bytes as they were read, handed back on save so that
 * a file changed on disk since it was opened is never overwritten silently.
 */

/**
 * @typedef {{ ok: true, hash: string, text: string }
 *   | { ok: false, conflict: { diskText: string, diskHash: string } }
 *   | { ok: false, error: string }} SaveResult
 * `text`: what was written (formatted, when format was asked for), to put back in the editor.
 * `conflict`: the file on disk is no longer the one opened (its hash differs from `baseHash`).
 * `error`: refused (not a `.inspect` file, outside the folder, format refused because of syntax errors).
 */

/**
 * @typedef {{ html: string | null, errors: number }} PreviewResult
 * `html`: the `inspect docs` standards document; null when the text has errors (`errors` of them),
 * in which case the page keeps showing the last good document, labelled as such.
 */

/**
 * @typedef {{ html: string | null, summary: string, problems: string[], basis: string | null }} TryItResult
 * `html`: the `inspect score` HTML ratings report, or null when nothing was scored; `summary`: one
 * line (the overall rating, or why there is none); `problems`: the framework's or the case data's
 * problems, one line each, as the CLI prints them; `basis`: when the data was recorded under an
 * earlier version of the text (the saved file, git HEAD, the text as opened), which, and whether the
 * edits since let it be scored with the text as it is now (compatible) or not (and why).
 */

/**
 * @typedef {{ path: string } | { name: string, bytes: Uint8Array }} CaseData
 * A case-data file of the folder, or one dropped into the page (its name says JSON or CSV).
 */

/**
 * @typedef {{ text: string, verdict: string, available: boolean }} ChangesResult
 * `text`: the `inspect diff` text report; `verdict`: its one-word verdict; `available`: false when
 * there is nothing to compare with (no saved file, or the folder is not in a git repository).
 */

/**
 * @typedef {object} Transport  @codemirror/lsp-client's Transport: one JSON-RPC message per string.
 * @property {(message: string) => void} send
 * @property {(handler: (message: string) => void) => void} subscribe
 * @property {(handler: (message: string) => void) => void} unsubscribe
 */

/**
 * @typedef {object} StudioBackend
 * @property {'serve' | 'playground'} kind
 * @property {() => Promise<{ files: FileEntry[], caseFiles: FileEntry[] }>} listFiles
 *   The folder's `.inspect` files and its case-data files, sorted by ordinal comparison of paths.
 * @property {(path: string) => Promise<OpenedFile>} open
 * @property {(path: string, text: string, baseHash: string, options: { format: boolean }) => Promise<SaveResult>} save
 * @property {(path: string, text: string) => Promise<PreviewResult>} preview
 * @property {(path: string, text: string, caseData: CaseData) => Promise<TryItResult>} tryIt
 * @property {(path: string, text: string, against: 'saved' | 'head') => Promise<ChangesResult>} changes
 * @property {() => Promise<Transport>} lspTransport
 *   A connection to one language server whose workspace is the folder.
 */

export {};
