// The studio page over any StudioBackend: the folder's frameworks, the editor, and the problems,
// outline, preview, try-it and changes panels. Text from frameworks, case data and the server only
// ever reaches the page as textContent; the HTML documents of the tooling only inside sandboxed
// frames (report-frame.js).

import { connectClient, outline, renameSymbol } from './editor/lsp.js';
import { createEditor, refreshColouring } from './editor/view.js';
import { formatDocument } from '@codemirror/lsp-client';
import { EditorView } from '@codemirror/view';
import { ReportFrame } from './report-frame.js';
import { SymbolKind, anchorAt, isMember } from './outline.js';

/** How long typing must pause before the preview, try it and changes are asked for again: short
 * enough that they follow within half a second of a pause (issue 17), long enough that a burst of
 * keys is one request. An answer about older text than the editor's is dropped when it comes. */
const PanelDelay = 150;

/** The ratings report (`inspect score --format html`) is laid out for a page 1120 px wide; in the
 * panel, a third of the screen, its summary and tables are stacked and loosened instead, so that no
 * column is squeezed to a letter a line. Only the panel's copy changes: the report itself does not. */
const NarrowReportCss = `@media (max-width: 760px) {
  main { padding: 0 14px 24px; }
  header.masthead div { padding: 12px 14px 14px; }
  h1 { font-size: 26px; }
  h2 { font-size: 20px; margin-top: 24px; }
  .summary { grid-template-columns: 1fr; gap: 12px; margin-top: 16px; }
  dl.facts { grid-template-columns: minmax(6rem, max-content) 1fr; padding: 12px 14px; }
  td.rating-cell { width: auto; white-space: normal; }
  .rating { min-width: 0; }
  table.ratings td, table.ratings th, table.questions td, table.questions th { padding: 6px 8px; }
  table.ratings td.number, table.questions .number { width: auto; }
}`;

/** @typedef {import('./backend.js').StudioBackend} StudioBackend */

/**
 * @param {StudioBackend} backend
 * @param {Document} page
 */
export async function startStudio(backend, page = document) {
  const $ = (id) => /** @type {any} */ (page.getElementById(id));
  const ui = {
    status: $('status'), files: $('file-list'), outline: $('outline'), fileName: $('file-name'), dirty: $('dirty'),
    save: $('save'), formatOnSave: $('format-on-save'), format: $('format'), rename: $('rename'),
    editor: $('editor'), problems: $('problems'), problemCount: $('problem-count'),
    previewNote: $('preview-note'), caseFile: $('case-file'), drop: $('drop'), upload: $('case-upload'),
    trySummary: $('try-summary'), tryBasis: $('try-basis'), tryProblems: $('try-problems'), tryFrame: $('try-frame'),
    openLocal: $('open-local'), openInput: $('open-input'),
    verdict: $('changes-verdict'), changesText: $('changes-text'),
    conflict: $('conflict'), conflictSame: $('conflict-same'), conflictMine: $('conflict-mine'), conflictDisk: $('conflict-disk'),
  };
  const preview = new ReportFrame($('preview-frame'), '.studio-current { outline: 3px solid #ffdd00; outline-offset: 4px; }');
  const tryReport = new ReportFrame(ui.tryFrame, NarrowReportCss);

  const state = {
    /** @type {import('@codemirror/lsp-client').LSPClient | null} */ client: null,
    /** @type {import('@codemirror/view').EditorView | null} */ view: null,
    path: '', hash: '', savedText: '',
    edit: 0, // counts edits, so that an answer about older text is recognised
    diagnostics: [], outline: [],
    /** @type {import('./backend.js').CaseData | null} */ caseData: null,
    dropped: /** @type {{ name: string, bytes: Uint8Array } | null} */ (null),
    shown: { preview: -1, try: -1, changes: -1 },
    timer: -1, followTimer: -1,
  };

  const say = (text, kind = 'info') => {
    ui.status.textContent = text;
    ui.status.dataset.kind = kind;
  };
  const emit = (name, detail) => page.dispatchEvent(new CustomEvent('studio:' + name, { detail }));
  const failed = (what, e) => say(`${what}: ${e?.message ?? e}`, 'error');

  // ---- Files ---------------------------------------------------------------------------------

  const uriOf = (path) => 'inspect-studio:///' + path.split('/').map(encodeURIComponent).join('/');

  async function openFile(path) {
    if (isDirty() && !window.confirm(`${state.path} has unsaved changes. Open ${path} and lose them?`)) return;
    let opened;
    try {
      opened = await backend.open(path);
    } catch (e) {
      failed(`Could not open ${path}`, e);
      return;
    }
    state.view?.destroy();
    state.path = opened.path;
    state.hash = opened.hash;
    state.savedText = opened.text;
    state.diagnostics = [];
    state.outline = [];
    state.edit++;
    // Nothing of the last file's documents stays on show.
    previewShown = false;
    preview.clear();
    ui.previewNote.textContent = 'Making the standards document…';
    ui.previewNote.dataset.stale = 'false';
    ui.tryFrame.hidden = true;
    if (state.caseData) ui.trySummary.textContent = 'Scoring…';
    state.view = createEditor({
      parent: ui.editor,
      client: /** @type {any} */ (state.client),
      uri: uriOf(opened.path),
      text: opened.text,
      label: `Framework text of ${opened.path}`,
      save: () => { save(); },
      changed: (update) => {
        if (update.docChanged) edited();
        if (update.selectionSet || update.docChanged) followCursorSoon();
      },
    });
    ui.fileName.textContent = opened.path;
    for (const button of ui.files.querySelectorAll('button')) {
      if (button.dataset.path === opened.path) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
    for (const b of [ui.save, ui.format, ui.rename]) b.disabled = false;
    renderProblems();
    renderOutline();
    showDirty();
    say(`Opened ${opened.path}. Checking…`);
    refreshPanels();
    state.view.focus();
  }

  function isDirty() {
    return state.view !== null && state.view.state.doc.toString() !== state.savedText;
  }

  function showDirty() {
    const dirty = isDirty();
    ui.dirty.hidden = !dirty;
    page.title = (dirty ? '• ' : '') + (state.path || 'Framework studio') + ' — Framework studio';
  }

  function edited() {
    state.edit++;
    showDirty();
    clearTimeout(state.timer);
    state.timer = setTimeout(refreshPanels, PanelDelay);
  }

  // ---- Diagnostics, problems, outline ----------------------------------------------------------

  function diagnosticsArrived(uri, version, list) {
    if (!state.view || uri !== uriOf(state.path)) return;
    state.diagnostics = list;
    renderProblems();
    const errors = list.filter((d) => d.severity === 'error').length;
    const warnings = list.filter((d) => d.severity === 'warning').length;
    say(errors + warnings === 0 ? 'No problems found.' : `${count(errors, 'error')}, ${count(warnings, 'warning')}.`, errors ? 'error' : 'info');
    ui.problems.dataset.version = String(version);
    emit('diagnostics', { version, count: list.length });
    // The server has compiled this version: its outline and colours are ready too.
    const view = state.view;
    outline(view).then((items) => {
      if (state.view !== view) return;
      state.outline = items;
      renderOutline();
      followCursor();
    }, () => {});
    refreshColouring(view);
  }

  function renderProblems() {
    const items = state.diagnostics.map((d) => {
      const li = page.createElement('li');
      li.className = 'problem ' + d.severity;
      const go = page.createElement('button');
      go.type = 'button';
      go.className = 'go';
      const line = state.view ? state.view.state.doc.lineAt(Math.min(d.from, state.view.state.doc.length)) : null;
      const where = line ? `Line ${line.number}, column ${d.from - line.from + 1}` : '';
      const head = page.createElement('span');
      head.className = 'where';
      head.textContent = `${severityWord(d.severity)} ${d.code} · ${where}`;
      const message = page.createElement('span');
      message.className = 'message';
      message.textContent = d.message;
      go.append(head, message);
      go.addEventListener('click', () => goTo(d.from, d.to));
      li.append(go);
      for (const fix of d.fixes) {
        const button = page.createElement('button');
        button.type = 'button';
        button.className = 'fix' + (fix.preferred ? ' preferred' : '');
        button.textContent = 'Fix: ' + fix.title;
        button.addEventListener('click', () => {
          if (!fix.apply()) say('The text changed since this fix was offered; its new fixes are on their way.', 'info');
          else state.view?.focus();
        });
        li.append(button);
      }
      return li;
    });
    ui.problems.replaceChildren(...items);
    const errors = state.diagnostics.filter((d) => d.severity === 'error').length;
    ui.problemCount.textContent = state.diagnostics.length === 0 ? '(none)' : `(${state.diagnostics.length}${errors ? `, ${count(errors, 'error')}` : ''})`;
  }

  function goTo(from, to = from) {
    const view = state.view;
    if (!view) return;
    const length = view.state.doc.length;
    view.dispatch({
      selection: { anchor: Math.min(from, length), head: Math.min(to, length) },
      effects: EditorView.scrollIntoView(Math.min(from, length), { y: 'center' }),
    });
    view.focus();
  }

  function renderOutline() {
    const build = (items) => items.map((item) => {
      const li = page.createElement('li');
      const button = page.createElement('button');
      button.type = 'button';
      button.textContent = item.name;
      if (item.detail && item.detail !== item.name) button.title = item.detail;
      button.addEventListener('click', () => goTo(item.selection));
      li.append(button);
      // Declarations' members (a scale's levels, a fact's values) stay folded away: the outline is
      // for finding one's way through domains, standards and key questions.
      const children = item.children.filter((c) => !isMember(c));
      if (children.length) {
        const ul = page.createElement('ul');
        ul.append(...build(children));
        li.append(ul);
      }
      return li;
    });
    // Domains, standards and key questions first, as the standards document reads; the declarations
    // (sources, scales, bands, case types, facts) folded away below them.
    const items = build(state.outline.filter((i) => i.kind === SymbolKind.Namespace));
    const declarations = state.outline.filter((i) => i.kind !== SymbolKind.Namespace);
    if (declarations.length) {
      const li = page.createElement('li');
      const details = page.createElement('details');
      const summary = page.createElement('summary');
      summary.textContent = `Declarations (${declarations.length})`;
      const ul = page.createElement('ul');
      ul.append(...build(declarations));
      details.append(summary, ul);
      li.append(details);
      items.push(li);
    }
    ui.outline.replaceChildren(...items);
  }

  // ---- Preview, following the cursor --------------------------------------------------------------

  function followCursorSoon() {
    clearTimeout(state.followTimer);
    state.followTimer = setTimeout(followCursor, 150);
  }

  function followCursor() {
    if (!state.view) return;
    preview.follow(anchorAt(state.outline, state.view.state.selection.main.head));
  }

  let previewShown = false;

  async function refreshPreview() {
    const edit = state.edit, path = state.path, text = currentText();
    let result;
    try {
      result = await backend.preview(path, text);
    } catch (e) {
      failed('The preview could not be made', e);
      return;
    }
    if (edit !== state.edit || path !== state.path) return;
    state.shown.preview = edit;
    if (result.html !== null) {
      previewShown = true;
      await preview.show(result.html);
      ui.previewNote.textContent = 'The standards document of the text as it is now.';
      ui.previewNote.dataset.stale = 'false';
      followCursor();
    } else {
      ui.previewNote.textContent = previewShown
        ? `Showing the last version without errors: the text now has ${count(result.errors, 'error')} (see Problems).`
        : `The text has ${count(result.errors, 'error')} (see Problems): the standards document appears when there are none.`;
      ui.previewNote.dataset.stale = 'true';
    }
    emit('preview', { edit, stale: result.html === null });
  }

  // ---- Try it -----------------------------------------------------------------------------------

  async function refreshTry() {
    if (!state.caseData) return;
    const edit = state.edit, path = state.path, caseData = state.caseData;
    let result;
    try {
      result = await backend.tryIt(path, currentText(), caseData);
    } catch (e) {
      failed('The framework could not be tried on the data', e);
      return;
    }
    if (edit !== state.edit || path !== state.path || caseData !== state.caseData) return;
    state.shown.try = edit;
    ui.trySummary.textContent = result.summary;
    ui.tryBasis.textContent = result.basis ?? '';
    ui.tryBasis.hidden = result.basis === null;
    ui.tryProblems.replaceChildren(...result.problems.map((p) => {
      const li = page.createElement('li');
      li.textContent = p;
      return li;
    }));
    if (result.html !== null) {
      ui.tryFrame.hidden = false;
      await tryReport.show(result.html);
      ui.tryFrame.dataset.stale = 'false';
    } else {
      // The last report stays, marked, so that a typo does not blank the ratings being watched.
      ui.tryFrame.dataset.stale = 'true';
    }
    emit('try', { edit, scored: result.html !== null, summary: result.summary });
  }

  function chooseCaseData(caseData) {
    state.caseData = caseData;
    state.shown.try = -1;
    if (!caseData) {
      ui.tryFrame.hidden = true;
      ui.trySummary.textContent = 'Choose inspection data to see the ratings this framework gives it.';
      ui.tryBasis.hidden = true;
      ui.tryProblems.replaceChildren();
      return;
    }
    ui.trySummary.textContent = 'Scoring…';
    refreshTry();
  }

  ui.caseFile.addEventListener('change', () => {
    const value = ui.caseFile.value;
    chooseCaseData(value === '' ? null : value === '\u0000dropped' && state.dropped ? state.dropped : { path: value });
  });

  async function takeFile(file) {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    state.dropped = { name: file.name, bytes };
    let option = ui.caseFile.querySelector('option[data-dropped]');
    if (!option) {
      option = page.createElement('option');
      option.dataset.dropped = 'true';
      option.value = '\u0000dropped';
      ui.caseFile.append(option);
    }
    option.textContent = `${file.name} (dropped here, not saved)`;
    ui.caseFile.value = option.value;
    chooseCaseData(state.dropped);
  }

  ui.drop.addEventListener('dragover', (e) => { e.preventDefault(); ui.drop.classList.add('over'); });
  ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('over'));
  ui.drop.addEventListener('drop', (e) => {
    e.preventDefault();
    ui.drop.classList.remove('over');
    takeFile(e.dataTransfer?.files?.[0]);
  });
  ui.upload.addEventListener('change', () => takeFile(ui.upload.files?.[0]));

  // ---- Changes ----------------------------------------------------------------------------------

  const against = () => /** @type {'saved' | 'head'} */ (page.querySelector('input[name="against"]:checked')?.value ?? 'saved');

  async function refreshChanges() {
    const edit = state.edit, path = state.path, which = against();
    let result;
    try {
      result = await backend.changes(path, currentText(), which);
    } catch (e) {
      failed('The changes could not be listed', e);
      return;
    }
    if (edit !== state.edit || path !== state.path || which !== against()) return;
    state.shown.changes = edit;
    if (!result.available) {
      ui.verdict.textContent = which === 'head'
        ? 'There is no earlier version to compare with: the folder is not in a git repository, or the file is not committed.'
        : 'There is no saved file to compare with.';
      ui.verdict.dataset.verdict = '';
      ui.changesText.textContent = '';
    } else {
      ui.verdict.textContent = 'Verdict: ' + result.verdict;
      ui.verdict.dataset.verdict = result.verdict;
      ui.changesText.textContent = result.text;
    }
    emit('changes', { edit, verdict: result.verdict });
  }

  for (const radio of page.querySelectorAll('input[name="against"]')) {
    radio.addEventListener('change', () => { state.shown.changes = -1; refreshChanges(); });
  }

  // ---- Panels -------------------------------------------------------------------------------------

  const tabs = [...page.querySelectorAll('[role="tab"]')];
  const visible = (name) => !$('panel-' + name).hidden;

  /** Asks for what the visible panel shows, when the text changed since it was made. */
  function refreshPanels() {
    if (!state.view) return;
    if (visible('preview') && state.shown.preview !== state.edit) refreshPreview();
    if (visible('try') && state.shown.try !== state.edit) refreshTry();
    if (visible('changes') && state.shown.changes !== state.edit) refreshChanges();
  }

  function selectTab(tab, focus = false) {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
      $(t.getAttribute('aria-controls')).hidden = !selected;
    }
    if (focus) tab.focus();
    refreshPanels();
  }

  for (const tab of tabs) {
    tab.addEventListener('click', () => selectTab(tab));
    tab.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(tab);
      const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length]
        : e.key === 'ArrowLeft' ? tabs[(i + tabs.length - 1) % tabs.length]
          : e.key === 'Home' ? tabs[0] : e.key === 'End' ? tabs[tabs.length - 1] : null;
      if (next) {
        e.preventDefault();
        selectTab(next, true);
      }
    });
  }

  // ---- Saving -------------------------------------------------------------------------------------

  let saving = false;

  async function save(baseHash = state.hash) {
    if (!state.view || saving) return;
    saving = true;
    const view = state.view, path = state.path, text = currentText();
    say(`Saving ${path}…`);
    try {
      const format = ui.formatOnSave.checked;
      let result = await backend.save(path, text, baseHash, { format });
      let untidy = '';
      if (format && !result.ok && 'error' in result) {
        // Tidying is refused while the text has syntax errors; the text is saved as it is, and the
        // user is told why it was not tidied.
        untidy = result.error;
        result = await backend.save(path, text, baseHash, { format: false });
      }
      if (view !== state.view) return;
      if (result.ok) {
        state.hash = result.hash;
        state.savedText = result.text;
        // The formatted text replaces what was saved, unless the user typed on meanwhile.
        if (result.text !== text && currentText() === text) replaceText(view, result.text);
        state.shown.changes = -1;
        showDirty();
        say(untidy ? `Saved ${path} without tidying the layout: ${untidy}` : `Saved ${path}.`);
        emit('saved', { path, hash: result.hash });
        refreshPanels();
      } else if ('conflict' in result) {
        showConflict(text, result.conflict);
      } else {
        say(`Not saved: ${result.error}`, 'error');
      }
    } catch (e) {
      failed(`Not saved`, e);
    } finally {
      saving = false;
    }
  }

  /** @param {string} mine @param {{ diskText: string, diskHash: string }} conflict */
  function showConflict(mine, conflict) {
    say(`Not saved: ${state.path} was changed on disk since you opened it.`, 'error');
    // Both versions from a little before their first difference: the lines before it are the same.
    const mineLines = mine.split('\n'), diskLines = conflict.diskText.split('\n');
    let same = 0;
    while (same < mineLines.length && same < diskLines.length && mineLines[same] === diskLines[same]) same++;
    const from = Math.max(0, same - 3);
    ui.conflictSame.textContent = from === 0 ? '' : `Lines 1 to ${from} are the same in both, and not shown.`;
    ui.conflictMine.textContent = mineLines.slice(from).join('\n');
    ui.conflictDisk.textContent = diskLines.slice(from).join('\n');
    pendingConflict = conflict;
    ui.conflict.showModal();
  }

  /** @type {{ diskText: string, diskHash: string } | null} */
  let pendingConflict = null;
  $('conflict-overwrite').addEventListener('click', () => {
    const conflict = pendingConflict;
    ui.conflict.close();
    if (conflict) save(conflict.diskHash);
  });
  $('conflict-reload').addEventListener('click', () => {
    const conflict = pendingConflict;
    ui.conflict.close();
    if (!conflict || !state.view) return;
    state.hash = conflict.diskHash;
    state.savedText = conflict.diskText;
    replaceText(state.view, conflict.diskText);
    showDirty();
    say(`Reloaded ${state.path} from disk.`);
  });
  $('conflict-cancel').addEventListener('click', () => ui.conflict.close());
  ui.conflict.addEventListener('close', () => { pendingConflict = null; state.view?.focus(); });

  ui.save.addEventListener('click', () => save());
  ui.format.addEventListener('click', () => { if (state.view) formatDocument(state.view); state.view?.focus(); });
  ui.rename.addEventListener('click', () => { if (state.view) renameSymbol(state.view); });
  // Ctrl+S saves wherever the focus is (the editor's own key binding covers the text).
  page.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's' && !e.defaultPrevented) {
      e.preventDefault();
      save();
    }
  });
  window.addEventListener('beforeunload', (e) => { if (isDirty()) e.preventDefault(); });

  function currentText() {
    return state.view ? state.view.state.doc.toString() : '';
  }

  function showListing(listing) {
    ui.files.replaceChildren(...listing.files.map((f) => {
      const li = page.createElement('li');
      const button = page.createElement('button');
      button.type = 'button';
      button.dataset.path = f.path;
      button.textContent = f.path;
      if (f.path === state.path) button.setAttribute('aria-current', 'true');
      button.addEventListener('click', () => openFile(f.path));
      li.append(button);
      return li;
    }));
    const chosen = ui.caseFile.value;
    for (const option of [...ui.caseFile.options]) if (option.value !== '' && !option.dataset.dropped) option.remove();
    const dropped = ui.caseFile.querySelector('option[data-dropped]');
    for (const f of listing.caseFiles) {
      const option = page.createElement('option');
      option.value = f.path;
      option.textContent = f.path;
      ui.caseFile.insertBefore(option, dropped);
    }
    ui.caseFile.value = chosen;
  }

  // ---- Opening files from this computer (the playground: the browser holds its folder) ----------

  /** Frameworks (.inspect) and case data (.json, .csv) chosen or dropped: added to the page's folder
   * under their names, so that an inspection's JSON finds the CSV it names when both are opened;
   * the first framework is opened, else the first case data is tried. */
  async function openLocalFiles(files) {
    const taken = [...files].filter((f) => /\.(inspect|json|csv)$/i.test(f.name));
    if (taken.length === 0) {
      say('Open .inspect files (frameworks) or .json and .csv files (inspection data).', 'error');
      return;
    }
    for (const file of taken) await backend.addFile(file.name, new Uint8Array(await file.arrayBuffer()));
    showListing(await backend.listFiles());
    const framework = taken.find((f) => /\.inspect$/i.test(f.name));
    const data = taken.find((f) => /\.json$/i.test(f.name));
    if (framework) await openFile(framework.name);
    if (data) {
      ui.caseFile.value = data.name;
      chooseCaseData({ path: data.name });
    }
    say(`Opened from this computer: ${taken.map((f) => f.name).join(', ')}.`);
  }

  if (typeof backend.addFile === 'function') {
    ui.openLocal.hidden = false;
    ui.openInput.addEventListener('change', () => { openLocalFiles(ui.openInput.files ?? []); ui.openInput.value = ''; });
    ui.openLocal.addEventListener('dragover', (e) => { e.preventDefault(); ui.openLocal.classList.add('over'); });
    ui.openLocal.addEventListener('dragleave', () => ui.openLocal.classList.remove('over'));
    ui.openLocal.addEventListener('drop', (e) => {
      e.preventDefault();
      ui.openLocal.classList.remove('over');
      openLocalFiles(e.dataTransfer?.files ?? []);
    });
  }

  // ---- Start ---------------------------------------------------------------------------------------

  // The folder is listed while the language server starts: neither waits for the other.
  const listed = backend.listFiles();
  listed.catch(() => {}); // reported below, once the server is up
  try {
    const transport = await backend.lspTransport();
    /** @type {any} */ (transport).closed?.then(() => say('The connection to the studio server is closed: nothing more is checked or saved. Start it again and reload this page.', 'error'));
    state.client = await connectClient(transport, { diagnostics: diagnosticsArrived });
  } catch (e) {
    failed('The language server could not be reached', e);
    return;
  }

  let listing;
  try {
    listing = await listed;
  } catch (e) {
    failed('The folder could not be listed', e);
    return;
  }
  showListing(listing);

  // The file named after '#' in the address, else the first.
  const wanted = decodeURIComponent(page.location?.hash.slice(1) ?? '');
  const first = listing.files.find((f) => f.path === wanted) ?? listing.files[0];
  if (first) await openFile(first.path);
  else say('There are no .inspect files in this folder.', 'info');
}

/** Replaces the editor's text with `text`, changing only the part between what the two share at
 * their start and end, so that the cursor and scroll position stay where they were. */
function replaceText(view, text) {
  const old = view.state.doc.toString();
  let start = 0;
  while (start < old.length && start < text.length && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let end = 0;
  while (end < old.length - start && end < text.length - start &&
    old.charCodeAt(old.length - 1 - end) === text.charCodeAt(text.length - 1 - end)) end++;
  view.dispatch({ changes: { from: start, to: old.length - end, insert: text.slice(start, text.length - end) } });
}

function count(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function severityWord(severity) {
  return severity === 'error' ? 'Error' : severity === 'warning' ? 'Warning' : 'Note';
}
