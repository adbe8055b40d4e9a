// Where the preview scrolls for a cursor: the page's reading of the outline, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, anchorAt } from '../../src/InspectFramework.Studio/web/src/outline.js';

const item = (kind, name, detail, from, to, children = []) => ({ kind, name, detail, from, to, selection: from, children });

// The shape of the youth framework's outline: a header, declarations, then domains holding standards
// holding key questions holding prompts.
const outline = [
  item(SymbolKind.Module, 'hmip_youth_2019', 'Inspection of youth offending services', 0, 99),
  item(SymbolKind.Struct, 'key_question_bands', 'Key question rating bands', 100, 199),
  item(SymbolKind.Variable, 'safety_concerns', 'Safety and wellbeing concerns were identified', 200, 249),
  item(SymbolKind.Constant, 'luton_2020', 'An inspection of youth offending services in Luton', 250, 299),
  item(SymbolKind.Namespace, '2 Court disposals', 'court_disposals', 300, 999, [
    item(SymbolKind.Object, '2.2 Planning', 'planning', 310, 900, [
      item(SymbolKind.Function, '2.2.2 Does planning focus sufficiently on keeping the child safe?', 'child_safety', 400, 500, [
        item(24, '(a) Does planning sufficiently address risks…', 'address_risks', 450, 480),
      ]),
    ]),
  ]),
];

test('a key question, and a prompt in it, lead to the key question', () => {
  assert.equal(anchorAt(outline, 420), 'kq-court_disposals-planning-child_safety');
  assert.equal(anchorAt(outline, 460), 'kq-court_disposals-planning-child_safety');
});

test('a standard outside its key questions, and a domain outside its standards, lead to themselves', () => {
  assert.equal(anchorAt(outline, 600), 'standard-court_disposals-planning');
  assert.equal(anchorAt(outline, 305), 'domain-court_disposals');
});

test('declarations lead to their sections', () => {
  assert.equal(anchorAt(outline, 150), 'bands-key_question_bands');
  assert.equal(anchorAt(outline, 210), 'case-information');
  assert.equal(anchorAt(outline, 260), 'source-luton_2020');
});

test('the framework header and the space between items lead nowhere', () => {
  assert.equal(anchorAt(outline, 50), null);
  assert.equal(anchorAt(outline, 1500), null);
  assert.equal(anchorAt([], 0), null);
});
