// Highlighting cannot break silently: every bundled framework and every baseline sample that
// compiles is tokenised with the TextMate grammar through shiki, and each token of the language's
// own lexer (read from grammar/InspectFrameworkLexer.g4, the truth) must carry a scope of its kind:
// keywords as keywords, text as strings, comments as comments, names as names, numbers as numbers;
// nothing left with no scope but the file's, and nothing scoped invalid.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createHighlighter } from 'shiki';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..', '..');
const grammar = JSON.parse(readFileSync(join(here, '..', 'syntaxes', 'inspect.tmLanguage.json'), 'utf8'));

// Keywords as the lexer defines them: `FRAMEWORK : 'framework' ;`.
const lexerGrammar = readFileSync(join(root, 'grammar', 'InspectFrameworkLexer.g4'), 'utf8');
const keywordTokens = new Map([...lexerGrammar.matchAll(/^([A-Z_]+)\s*:\s*'([a-z]+)'\s*;/gm)].map(m => [m[2], m[1]]));
// Keywords the parser's `ident` rule also accepts as names: one of them may stand as a declared name.
const parserGrammar = readFileSync(join(root, 'grammar', 'InspectFrameworkParser.g4'), 'utf8');
const identRule = /^ident\s*:([^;]*);/m.exec(parserGrammar);
assert.ok(identRule, 'the parser grammar has an ident rule');
const nameKeywords = new Set(identRule[1].split(/[\s|]+/).filter(t => /^[A-Z_]+$/.test(t)));

// The lexer's tokens, in its order of preference (longest match; keywords before IDENT).
const tokenRules = [
  ['whitespace', /[ \t\r\n\f\uFEFF]+/y],
  ['comment', /\/\/[^\r\n]*/y],
  ['comment', /\/\*[\s\S]*?\*\//y],
  ['string', /"(?:\\.|[^"\\\r\n])*"/y],
  ['number', /\d{4}-\d{2}-\d{2}/y],
  ['number', /\d+(?:\.\d+)*/y],
  ['word', /[A-Za-z_][A-Za-z0-9_]*/y],
  ['operator', /==|!=|<=|>=|->|<|>|=/y],
  ['percent', /%/y],
  ['punctuation', /[{}(),]/y],
];

function lex(text) {
  const tokens = [];
  for (let at = 0; at < text.length;) {
    const rule = tokenRules.find(([, pattern]) => { pattern.lastIndex = at; return pattern.test(text); });
    assert.ok(rule, `the lexer reads a bad character at offset ${at}: ${JSON.stringify(text.slice(at, at + 20))}`);
    const [kind, pattern] = rule;
    const end = pattern.lastIndex;
    const value = text.slice(at, end);
    if (kind !== 'whitespace') {
      tokens.push({ kind: kind === 'word' ? (keywordTokens.has(value) ? 'keyword' : 'name') : kind, value, start: at, end });
    }
    at = end;
  }
  return tokens;
}

// What scope each kind of token must carry (a prefix of one of its scopes).
const expected = {
  comment: ['comment.'],
  string: ['string.quoted.double.'],
  keyword: ['keyword.', 'constant.language.'],
  name: ['entity.name.', 'variable.', 'support.constant.', 'constant.character.prompt-letter.'],
  number: ['constant.numeric.'],
  operator: ['keyword.operator.'],
  percent: ['keyword.other.unit.percent.'],
  punctuation: ['punctuation.'],
};

const highlighter = await createHighlighter({ langs: [{ ...grammar, name: 'inspect' }], themes: ['dark-plus'] });

/** The TextMate scopes of every UTF-16 offset of the text. */
function scopesByOffset(text) {
  const scopes = new Array(text.length);
  const lines = highlighter.codeToTokensBase(text, { lang: 'inspect', theme: 'dark-plus', includeExplanation: true });
  for (const line of lines) {
    for (const token of line) {
      let at = token.offset;
      for (const part of token.explanation) {
        const names = part.scopes.map(s => s.scopeName);
        for (let i = 0; i < part.content.length; i++) {
          scopes[at + i] = names;
        }
        at += part.content.length;
      }
    }
  }
  return scopes;
}

const samples = [
  ...readdirSync(join(root, 'frameworks')).filter(f => f.endsWith('.inspect')).map(f => join('frameworks', f)),
  ...readdirSync(join(root, 'tests', 'InspectFramework.Tests', 'Baselines'))
    .filter(name => !name.startsWith('Invalid'))
    .map(name => join('tests', 'InspectFramework.Tests', 'Baselines', name, 'main.inspect')),
];

test('there are samples to check', () => {
  assert.ok(samples.filter(s => s.startsWith('frameworks')).length >= 3, samples.join(', '));
});

for (const sample of samples) {
  test(`every token of ${sample} is scoped as its kind`, () => {
    const text = readFileSync(join(root, sample), 'utf8');
    const scopes = scopesByOffset(text);
    const problems = [];
    const place = offset => {
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      return `${sample}(${line},${offset - before.lastIndexOf('\n')})`;
    };
    for (const token of lex(text)) {
      for (let at = token.start; at < token.end; at++) {
        if (/\s/.test(text[at])) {
          continue;
        }
        const here = scopes[at] ?? [];
        const wanted = token.kind === 'keyword' && nameKeywords.has(keywordTokens.get(token.value))
          ? [...expected.keyword, 'entity.name.']
          : expected[token.kind];
        const problem =
          here.some(s => s.startsWith('invalid.')) ? 'is scoped invalid'
          : here.length <= 1 ? 'has no scope'
          : !here.some(s => wanted.some(w => s.startsWith(w))) ? `is not scoped ${wanted.join(' or ')}`
          : undefined;
        if (problem !== undefined) {
          problems.push(`${place(at)}: ${token.kind} ${JSON.stringify(token.value)} ${problem} (${here.join(' ')})`);
          break;
        }
      }
    }
    assert.deepEqual(problems, []);
  });
}
