// The studio's language-server client: @codemirror/lsp-client's LSPClient for synchronisation,
// completion, hover, formatting and go-to-definition, and the studio's own handling of what that
// package leaves out or does otherwise: diagnostics with the server's quick fixes (the package has no
// code actions), rename (the server answers with documentChanges and a migration warning, which the
// package's rename ignores), semantic tokens for colouring, and the outline.

import DOMPurify from 'dompurify';
import { LSPClient, LSPPlugin, serverCompletion, hoverTooltips, formatKeymap, jumpToDefinitionKeymap } from '@codemirror/lsp-client';
import { setDiagnostics } from '@codemirror/lint';
import { ViewPlugin, keymap, showDialog } from '@codemirror/view';

/**
 * A diagnostic as the page shows it, in the editor's current offsets.
 * @typedef {object} StudioDiagnostic
 * @property {number} from
 * @property {number} to
 * @property {'error' | 'warning' | 'info' | 'hint'} severity
 * @property {string} code
 * @property {string} message
 * @property {{ title: string, preferred: boolean, apply: () => boolean }[]} fixes
 */

/** How long after a keystroke the text goes to the server. The server waits for a pause in typing
 * itself (200 ms) before it publishes diagnostics, so this only gathers a burst of keys into one
 * message; @codemirror/lsp-client's own diagnostics wait 500 ms here, too long for the studio. */
const SyncDelay = 30;

/**
 * @param {import('../backend.js').Transport} transport
 * @param {{ diagnostics(uri: string, version: number, list: StudioDiagnostic[]): void }} listener
 * @returns {Promise<LSPClient>} once initialized
 */
export async function connectClient(transport, listener) {
  const client = new LSPClient({
    // The server's hover Markdown escapes framework text; sanitising its HTML as well means no text
    // of a framework can become markup in the page even if a message forgot to.
    sanitizeHTML: (html) => DOMPurify.sanitize(html, { ALLOWED_TAGS: ['p', 'br', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'span', 'hr', 'h1', 'h2', 'h3', 'h4'], ALLOWED_ATTR: ['class'] }),
    timeout: 10000,
    notificationHandlers: {
      'textDocument/publishDiagnostics': (c, params) => {
        receiveDiagnostics(c, params, listener);
        return true;
      },
    },
    extensions: [
      serverCompletion(),
      hoverTooltips({ hoverTime: 300 }),
      {
        clientCapabilities: {
          textDocument: {
            publishDiagnostics: { versionSupport: true, relatedInformation: false },
            codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
            documentSymbol: { hierarchicalDocumentSymbolSupport: true },
            semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
            rename: { prepareSupport: true },
          },
        },
        editorExtension: [
          keymap.of([...formatKeymap, ...jumpToDefinitionKeymap, { key: 'F2', run: renameSymbol, preventDefault: true }]),
          syncSoon,
        ],
      },
    ],
  });
  client.connect(transport);
  await client.initializing;
  return client;
}

const syncSoon = ViewPlugin.fromClass(class {
  pending = -1;
  /** @param {import('@codemirror/view').ViewUpdate} update */
  update(update) {
    if (!update.docChanged) return;
    if (this.pending >= 0) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = -1;
      LSPPlugin.get(update.view)?.client.sync();
    }, SyncDelay);
  }
  destroy() {
    if (this.pending >= 0) clearTimeout(this.pending);
  }
});

/**
 * The diagnostics of one version, with the quick fixes the server offers for them (one request for
 * the whole document). Diagnostics of an older version than the editor's are dropped: newer ones follow.
 */
async function receiveDiagnostics(client, params, listener) {
  const file = client.workspace.getFile(params.uri);
  if (!file || (params.version != null && params.version !== file.version)) return;
  const view = file.getView();
  const plugin = view && LSPPlugin.get(view);
  if (!view || !plugin) return;
  const doc = file.doc;

  /** @type {any[]} */
  let actions = [];
  if (params.diagnostics.some((d) => d.severity !== 4) && client.serverCapabilities?.codeActionProvider) {
    try {
      actions = await client.request('textDocument/codeAction', {
        textDocument: { uri: params.uri },
        range: { start: { line: 0, character: 0 }, end: plugin.toPosition(doc.length, doc) },
        context: { diagnostics: params.diagnostics, only: ['quickfix'] },
      }) ?? [];
    } catch {
      actions = []; // The diagnostics still show, without fixes.
    }
  }
  // Still the version shown? (A newer one may have arrived while the fixes were asked for.)
  if (file.version !== (params.version ?? file.version) || LSPPlugin.get(view) !== plugin) return;

  const same = (a, b) => a.message === b.message && a.code === b.code &&
    a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;

  const list = params.diagnostics.map((d) => {
    const from = mapFromServer(plugin, d.range.start, doc);
    const to = mapFromServer(plugin, d.range.end, doc);
    const fixes = actions
      .filter((a) => a.edit && (a.diagnostics ?? []).some((ad) => same(ad, d)))
      .map((a) => ({
        title: a.title,
        preferred: a.isPreferred === true,
        apply: () => applyWorkspaceEdit(view, plugin, doc, a.edit, 'input.quickfix'),
      }));
    return { from, to, severity: severity(d.severity), code: String(d.code ?? ''), message: d.message, fixes };
  });

  view.dispatch(setDiagnostics(view.state, list.map((d) => ({
    from: d.from,
    to: d.to,
    severity: d.severity,
    source: d.code,
    message: d.message,
    actions: d.fixes.map((f) => ({ name: f.title, apply: () => { f.apply(); } })),
  }))));
  listener.diagnostics(params.uri, file.version, list);
}

function severity(value) {
  return value === 2 ? 'warning' : value === 3 ? 'info' : value === 4 ? 'hint' : 'error';
}

/** An LSP position in the version the server saw, as an offset in the editor's text now. */
function mapFromServer(plugin, position, doc) {
  return plugin.unsyncedChanges.mapPos(plugin.fromPosition(position, doc));
}

/**
 * Applies a workspace edit for this document, given in the version `doc` (either form the protocol
 * allows: `changes` or `documentChanges`). Refuses (false) when the text has since moved on to a
 * version the server has seen: the positions would no longer be right, and fresh fixes are coming.
 */
function applyWorkspaceEdit(view, plugin, doc, edit, userEvent) {
  if (plugin.syncedDoc !== doc) return false;
  const edits = [
    ...(edit.changes?.[plugin.uri] ?? []),
    ...(edit.documentChanges ?? []).filter((c) => c.textDocument?.uri === plugin.uri).flatMap((c) => c.edits),
  ];
  if (edits.length === 0) return false;
  view.dispatch({
    changes: edits.map((e) => ({
      from: mapFromServer(plugin, e.range.start, doc),
      to: mapFromServer(plugin, e.range.end, doc),
      insert: e.newText,
    })),
    userEvent,
  });
  return true;
}

/**
 * F2: rename the name under the cursor everywhere it is used. The server refuses what cannot be
 * renamed (with a reason, shown), and when recorded case data uses the name it says so: the rename
 * is applied only after the user confirms that the data will need migrating.
 * @param {import('@codemirror/view').EditorView} view
 */
export function renameSymbol(view) {
  const plugin = LSPPlugin.get(view);
  if (!plugin) return false;
  const client = plugin.client;
  client.sync();
  const doc = plugin.syncedDoc;
  const position = plugin.toPosition(view.state.selection.main.head, doc);
  client.request('textDocument/prepareRename', { textDocument: { uri: plugin.uri }, position }).then((prepared) => {
    if (!prepared) {
      report(view, 'There is nothing here to rename: put the cursor on a name.');
      return;
    }
    const { close, result } = showDialog(view, {
      label: 'New name',
      input: { name: 'name', value: prepared.placeholder ?? '' },
      focus: true,
      submitLabel: 'Rename',
      class: 'studio-rename',
    });
    result.then(async (form) => {
      view.dispatch({ effects: close });
      if (!form) return;
      const newName = /** @type {HTMLInputElement} */ (form.elements.namedItem('name')).value;
      try {
        const edit = await client.request('textDocument/rename', { textDocument: { uri: plugin.uri }, position, newName });
        if (!edit) return;
        const warning = Object.values(edit.changeAnnotations ?? {}).find((a) => a.needsConfirmation);
        if (warning && !window.confirm(`${warning.description ?? warning.label}\n\nRename anyway?`)) return;
        if (!applyWorkspaceEdit(view, plugin, doc, edit, 'rename')) report(view, 'The text changed while renaming; rename again.');
      } catch (e) {
        report(view, e?.message ?? String(e));
      }
    });
  }, (e) => report(view, e?.message ?? String(e)));
  return true;
}

function report(view, message) {
  const { close } = showDialog(view, { label: message, class: 'studio-message', top: true });
  setTimeout(() => view.dispatch({ effects: close }), 6000);
}

/**
 * The outline of the document as the server sees it now (documentSymbol, nested).
 * @returns {Promise<any[]>}
 */
export async function outline(view) {
  const plugin = LSPPlugin.get(view);
  if (!plugin) return [];
  plugin.client.sync();
  const doc = plugin.syncedDoc;
  const symbols = await plugin.client.request('textDocument/documentSymbol', { textDocument: { uri: plugin.uri } }) ?? [];
  if (LSPPlugin.get(view) !== plugin) return [];
  const convert = (s) => ({
    name: s.name,
    detail: s.detail ?? null,
    kind: s.kind,
    from: mapFromServer(plugin, s.range.start, doc),
    to: mapFromServer(plugin, s.range.end, doc),
    selection: mapFromServer(plugin, s.selectionRange.start, doc),
    children: (s.children ?? []).map(convert),
  });
  return symbols.map(convert);
}

/**
 * The semantic tokens of the document now, as offsets and the legend's type names.
 * @returns {Promise<{ from: number, to: number, type: string }[] | null>}
 */
export async function semanticTokens(view) {
  const plugin = LSPPlugin.get(view);
  const legend = plugin?.client.serverCapabilities?.semanticTokensProvider?.legend;
  if (!plugin || !legend) return null;
  plugin.client.sync();
  const doc = plugin.syncedDoc;
  const answer = await plugin.client.request('textDocument/semanticTokens/full', { textDocument: { uri: plugin.uri } });
  if (!answer || LSPPlugin.get(view) !== plugin) return null;
  const data = answer.data;
  const tokens = [];
  let line = 0, character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const start = plugin.fromPosition({ line, character }, doc);
    const from = plugin.unsyncedChanges.mapPos(start, 1);
    const to = plugin.unsyncedChanges.mapPos(start + data[i + 2], -1);
    if (to > from) tokens.push({ from, to, type: legend.tokenTypes[data[i + 3]] ?? 'variable' });
  }
  return tokens;
}
