// Every snippet, expanded as VS Code would with its default text, gives a framework that
// `inspect check` accepts without errors: a snippet cannot teach a mistake. Each is placed where it
// belongs in a small framework that checks clean without it. Run by scripts/package, which has the
// published executable.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..', '..');
const inspect = join(root, 'artifacts', 'inspect', 'inspect');
const snippets = JSON.parse(readFileSync(join(here, '..', 'snippets', 'inspect.code-snippets'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'inspect-snippets-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The snippet's text with every placeholder at its default, as accepting each one would leave it. */
function expand(body) {
  const text = body.join('\n');
  const values = new Map();
  const variables = { CURRENT_YEAR: '2026', CURRENT_MONTH: '01', CURRENT_DATE: '31' };
  // Innermost first, so that a default may hold a placeholder or a variable.
  let expanded = text;
  for (let previous = ''; previous !== expanded;) {
    previous = expanded;
    expanded = expanded
      .replace(/\$\{([A-Z_]+)\}/g, (_, name) => variables[name])
      .replace(/\$\{(\d+):([^${}]*)\}/g, (_, n, value) => { values.set(n, value); return value; })
      .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n, choices) => { const value = choices.split(',')[0]; values.set(n, value); return value; });
  }
  expanded = expanded.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a, b) => values.get(a ?? b) ?? '');
  assert.doesNotMatch(expanded, /\$/, 'every placeholder expanded');
  return expanded.replace(/\t/g, '  ');
}

const header = 'framework snippets {\n  title "Snippets"\n  version "1"\n  publisher "Tests"\n  effective 2026-01-31\n}';
const scale = 'scale rating "Rating" {\n  level inadequate "Inadequate" points 0\n  level requires_improvement "Requires improvement" points 1\n  level good "Good" points 2\n  level outstanding "Outstanding" points 3\n}';
const bands = 'bands key_question_bands "Key question rating bands" {\n  of percentage rounded half_up to 0 decimals\n  inadequate 0% to 49%\n  requires_improvement 50% to 64%\n  good 65% to 79%\n  outstanding 80% to 100%\n}';
const overall = 'bands overall_bands "Overall" {\n  of points\n  inadequate 0 to 0\n  requires_improvement 1 to 1\n  good 2 to 2\n  outstanding 3 to 3\n}\noverall rated by total points in overall_bands\ncase type case_type "Case type"';
const domain = body => `domain 1 casework "Casework" for case_type {\n  standard 1.1 assessment "Assessment" {\n    statement "Assessment."\n    rated by lowest key question in key_question_bands\n${body}\n  }\n}`;
const keyQuestion = 'key question 1.1.1 plan "Is there a plan?"';

// Where each snippet goes: the framework with the snippet's text in its place.
const frameworks = {
  'Key question with prompts': kq => [header, scale, bands, overall, domain(kq)],
  'Percentage band table': table => [header, scale, table, overall, domain(keyQuestion)],
  'Domain with a standard': d => [header, scale, bands, overall, d],
  'Fact with values': fact => [header, scale, bands, overall, fact, domain(`${keyQuestion} when fact_name == first`)],
  'Framework header': h => [h, scale, bands, overall, domain(keyQuestion)],
  'Rating scale': s => [header, s, bands, overall, domain(keyQuestion)],
};

function check(name, text) {
  const file = join(work, `${name.replace(/\W+/g, '-')}.inspect`);
  writeFileSync(file, `${text}\n`);
  return spawnSync(inspect, ['check', file], { encoding: 'utf8' });
}

test('the framework every snippet goes into checks clean', () => {
  const result = check('without', [header, scale, bands, overall, domain(keyQuestion)].join('\n\n'));
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /0 errors, 0 warnings/);
});

test('every snippet has a place here', () => {
  assert.deepEqual(Object.keys(snippets).sort(), Object.keys(frameworks).sort());
});

for (const [name, snippet] of Object.entries(snippets)) {
  test(`the snippet '${name}' checks without errors or warnings`, () => {
    const result = check(name, frameworks[name](expand(snippet.body)).join('\n\n'));
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /0 errors, 0 warnings/, result.stdout);
  });
}
