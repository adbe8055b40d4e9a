// What the page reads from the outline (the server's documentSymbol answer, nested as written):
// which of its items are shown, and where in the standards document an item is.

/** LSP symbol kinds the server gives outline items (LanguageServer's DocumentSymbolHandler). */
export const SymbolKind = { Module: 2, Namespace: 3, Class: 5, Field: 8, Function: 12, Variable: 13, Constant: 14, Object: 19, EnumMember: 22, Struct: 23 };

// LSP symbol kinds of a declaration's members: enum members (levels, values).
export function isMember(item) {
  return item.kind === SymbolKind.EnumMember;
}

/**
 * The id of the standards document's element for the innermost outline item at `offset`, following
 * the anchors the document gives (Tooling's DocumentContent): domains `domain-D`, standards
 * `standard-D-S`, key questions and their prompts `kq-D-S-Q`, band tables `bands-B`, scores
 * `score-C`, sources `source-N`. The outline's detail of an item is its stable name.
 */
export function anchorAt(outline, offset) {
  /** @type {any[]} */
  const path = [];
  let level = outline;
  for (;;) {
    const inside = level.find((i) => i.from <= offset && offset <= i.to);
    if (!inside) break;
    path.push(inside);
    level = inside.children;
  }
  const items = path.filter((i) => i.kind === SymbolKind.Namespace || i.kind === SymbolKind.Object || i.kind === SymbolKind.Function); // domain, standard, key question
  const names = items.map((i) => i.detail);
  if (names.length >= 3) return `kq-${names[0]}-${names[1]}-${names[2]}`;
  if (names.length === 2) return `standard-${names[0]}-${names[1]}`;
  if (names.length === 1) return `domain-${names[0]}`;
  // Declarations are outline items of their own; the framework's header (a module) has no place in the document.
  const declaration = path.find((i) => i.kind !== SymbolKind.Module);
  if (!declaration) return null;
  switch (declaration.kind) {
    case SymbolKind.Struct: return 'bands-' + declaration.name; // a band table
    case SymbolKind.Field: return 'score-' + declaration.name; // a pooled score
    case SymbolKind.Constant: return 'source-' + declaration.name; // a source
    case SymbolKind.Class: case SymbolKind.Variable: return 'case-information'; // case types and facts
    default: return null;
  }
}
