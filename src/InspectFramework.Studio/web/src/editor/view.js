// The editor for one framework file: CodeMirror 6 with the language server's plugin, colouring from
// the server's semantic tokens (so the colours are the compiler's own reading of the text, with no
// second grammar in the page), and the studio's keys.
//
// The editor lives in a shadow root. CodeMirror adds its styles with the style-mod package, which
// writes a <style> element into a document, and the page's Content-Security-Policy (no
// 'unsafe-inline') refuses that; into a shadow root it adopts constructed style sheets instead,
// which the policy allows. The editor's own colours (editor.css) are linked into the shadow root.

import { basicSetup } from 'codemirror';
import { EditorView, Decoration, keymap } from '@codemirror/view';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import { lintGutter } from '@codemirror/lint';
import { semanticTokens } from './lsp.js';

const setTokens = StateEffect.define();

/** The token marks, moved along with each edit until the server's next answer replaces them. */
const tokenField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) if (effect.is(setTokens)) return effect.value;
    return marks.map(tr.changes);
  },
  provide: (field) => EditorView.decorations.from(field),
});

const markByType = new Map();
function markFor(type) {
  let mark = markByType.get(type);
  if (!mark) markByType.set(type, mark = Decoration.mark({ class: 'tok-' + type.replace(/[^A-Za-z0-9_-]/g, '') }));
  return mark;
}

/** Asks the server for the tokens and colours the text with them. */
export async function refreshColouring(view) {
  const tokens = await semanticTokens(view).catch(() => null);
  if (!tokens) return;
  const length = view.state.doc.length;
  const ranges = tokens.filter((t) => t.to <= length).map((t) => markFor(t.type).range(t.from, t.to));
  view.dispatch({ effects: setTokens.of(Decoration.set(ranges, true)) });
}

/**
 * @param {object} options
 * @param {HTMLElement} options.parent
 * @param {import('@codemirror/lsp-client').LSPClient} options.client
 * @param {string} options.uri
 * @param {string} options.text
 * @param {string} options.label the accessible name of the text area
 * @param {() => void} options.save
 * @param {(update: import('@codemirror/view').ViewUpdate) => void} options.changed
 */
export function createEditor({ parent, client, uri, text, label, save, changed }) {
  return new EditorView({
    ...shadowMount(parent),
    state: EditorState.create({
      doc: text,
      extensions: [
        keymap.of([{ key: 'Mod-s', run: () => { save(); return true; }, preventDefault: true }]),
        basicSetup,
        lintGutter(),
        tokenField,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': label }),
        client.plugin(uri, 'inspect'),
        EditorView.updateListener.of((update) => {
          if (update.docChanged || update.selectionSet) changed(update);
        }),
      ],
    }),
  });
}

/** The shadow root and the element in it to mount an editor on; made once per host element. */
function shadowMount(host) {
  let shadow = host.shadowRoot;
  if (!shadow) {
    shadow = host.attachShadow({ mode: 'open' });
    const link = host.ownerDocument.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'editor.css';
    const mount = host.ownerDocument.createElement('div');
    mount.className = 'mount';
    shadow.append(link, mount);
  }
  return { root: shadow, parent: /** @type {HTMLElement} */ (shadow.querySelector('.mount')) };
}
