/**
 * The rule data: every file validates, every term's bad examples are flagged
 * by that term and its good examples are not, the generated table is
 * current, and bad data is refused with the file and key named.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuleFiles } from '../../src/build/compile.js';
import { RULES, createChecker } from '../../src/engine/index.js';
import { pack, settings, termsFile } from '../helpers.js';

const check = createChecker(RULES);
const examples = JSON.parse(readFileSync(new URL('../generated/rule-examples.json', import.meta.url), 'utf8')) as Record<
  string,
  { bad: string[]; good: string[] }
>;

describe('rule data', () => {
  it('compiles, and rules/RULES.md is current', () => {
    expect(() =>
      execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/build/compile-rules.ts', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  }, 60_000); // a child process that compiles every rule: slow on a loaded machine

  it('has a child-protection pack of at least 300 terms', () => {
    const own = RULES.terms.filter((t) => t.source.startsWith('clearplan/') && t.category === 'jargon');
    expect(own.length).toBeGreaterThanOrEqual(300);
  });

  it('has examples for every own term', () => {
    const own = RULES.terms.filter((t) => t.source.startsWith('clearplan/'));
    expect(own.filter((t) => !examples[t.id]).map((t) => t.id)).toEqual([]);
  });

  for (const term of RULES.terms.filter((t) => examples[t.id])) {
    const ex = examples[term.id] ?? { bad: [], good: [] };
    describe(`${term.source} ${term.id}`, () => {
      for (const bad of ex.bad) {
        it(`flags: ${bad}`, () => {
          expect(check(bad).messages.map((m) => m.ruleId)).toContain(term.id);
        });
      }
      for (const good of ex.good) {
        it(`leaves alone: ${good}`, () => {
          expect(check(good).messages.map((m) => m.ruleId)).not.toContain(term.id);
        });
      }
    });
  }

  it('flags each adopted retext-simplify phrase on its own', () => {
    const simplify = RULES.terms.filter((t) => t.source === 'retext-simplify');
    const missed = simplify.filter((t) => !check(`We ${t.term} it.`).messages.some((m) => m.ruleId === t.id));
    expect(missed.map((t) => t.term)).toEqual([]);
  });
});

describe('rule validation', () => {
  const compile = (files: Array<{ path: string; data: unknown }>) =>
    compileRuleFiles([{ path: 'pack.yml', data: pack }, { path: 'settings.yml', data: settings }, ...files], {});

  it('rejects unknown keys, naming the file and the key', () => {
    const file = termsFile('jargon', [{ term: 'core group', plain: ['plan meeting'] }]);
    (file['terms'] as Array<Record<string, unknown>>)[0]!['plian'] = ['typo'];
    expect(() => compile([{ path: 'jargon/process.yml', data: file }])).toThrow(
      /rules\/jargon\/process\.yml: terms\[0\]: Unrecognized key.*plian/,
    );
  });

  it('rejects a missing note and empty examples', () => {
    const file = termsFile('jargon', [{ term: 'core group' }]);
    const term = (file['terms'] as Array<Record<string, unknown>>)[0]!;
    delete term['note'];
    term['examples'] = { bad: [], good: ['x'] };
    expect(() => compile([{ path: 'jargon/p.yml', data: file }])).toThrow(/terms\[0\]\.note[\s\S]*terms\[0\]\.examples\.bad/);
  });

  it('rejects a duplicate id or a phrase written twice', () => {
    const a = termsFile('jargon', [{ term: 'core group' }]);
    const b = termsFile('jargon', [{ term: 'Core Group' }]);
    expect(() => compile([{ path: 'jargon/a.yml', data: a }, { path: 'jargon/b.yml', data: b }])).toThrow(
      /rules\/jargon\/b\.yml: id "core-group" is already used in rules\/jargon\/a\.yml/,
    );
    const c = termsFile('jargon', [{ term: 'core group' }, { term: 'core meeting', id: 'core-meeting', variants: ['core group'] }]);
    expect(() => compile([{ path: 'jargon/c.yml', data: c }])).toThrow(/"core group" is already a form of "core-group"/);
  });

  it('rejects a missing settings file', () => {
    expect(() => compileRuleFiles([{ path: 'pack.yml', data: pack }], {})).toThrow(/settings/);
  });
});

describe('packed rules', () => {
  it('decode what they encode', async () => {
    const { packRules, decodeRules } = await import('../../src/engine/rules-codec.js');
    expect(decodeRules(packRules(RULES))).toEqual(RULES);
    expect(JSON.stringify(packRules(RULES)).length).toBeLessThan(JSON.stringify(RULES).length * 0.7);
  });
});
