/**
 * The report contract on every fixture and on generated text: the JSON
 * Schema holds, every position is in bounds, `actual` is the slice at its
 * offsets, and line/column agree with the offset.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import type { Point } from '../../src/engine/types.js';
import { expectValidReport } from '../helpers.js';

const folders = [new URL('../fixtures/plans/', import.meta.url), new URL('../../../shared/dev-plans/', import.meta.url)];
const fixtures = folders
  .filter((f) => existsSync(f))
  .flatMap((f) => readdirSync(f).filter((n) => n.endsWith('.txt')).map((n) => ({ name: n, text: readFileSync(new URL(n, f), 'utf8') })));

function expectPointMatches(text: string, p: Point): void {
  const before = text.slice(0, p.offset);
  const lines = before.split(/\r\n|\r|\n/);
  expect(p.line).toBe(lines.length);
  expect(p.column).toBe((lines.at(-1) ?? '').length + 1);
}

/** Reproducible generated text: words, acronyms, punctuation, line ends, tabs, quotes. */
function generated(seed: number, words: number): string {
  let x = seed;
  const rand = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const vocab = ['Mum', 'will', 'ICPC', 'core', 'group', 'liaise', 'was', 'agreed', 'contact', 'with', 'Dad', 'SW', 'to', 'be', 'made', 'the', 'LA', 'step-down', '“quoted', 'words”', 'café', '😀', 'x\u0301', 'שלום', 'significant', 'harm', 'by', 'Friday', '03/04/2026', 'ongoing'];
  const seps = [' ', ' ', ' ', ' ', '\n', '\r\n', '\t', '. ', ', ', ' - ', '\n\n', '\r', '• '];
  let out = '';
  for (let i = 0; i < words; i++) {
    out += vocab[Math.floor(rand() * vocab.length)] ?? '';
    out += seps[Math.floor(rand() * seps.length)] ?? ' ';
  }
  return out;
}

describe('report contract', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const { name, text } of fixtures) {
    it(`holds on ${name}`, () => {
      const report = check(text);
      expectValidReport(text, report);
      for (const m of report.messages) {
        expectPointMatches(text, m.position.start);
        expectPointMatches(text, m.position.end);
      }
      expect(report.messages.length).toBeGreaterThan(0);
    });
  }

  it('holds on generated text', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = generated(seed, 50 + seed * 7);
      const report = check(text);
      expectValidReport(text, report);
      for (const m of report.messages) expectPointMatches(text, m.position.start);
    }
  });

  it('writes every message with the same fields in the same order, plan findings too', () => {
    // plan findings are built as report messages directly, the rest from vfile messages; the golden
    // test compares parsed reports, so the JSON's field order is checked here
    const text = 'Family plan\n\n• The ICPC asked that Gran will take Ellie to swimming.\n• Engage with services ongoing.\n';
    const report = check(text);
    const categories = new Set(report.messages.map((m) => m.category));
    expect(categories.has('plan') && categories.has('jargon')).toBe(true);
    for (const m of report.messages) {
      expect(Object.keys(m).filter((k) => k !== 'url')).toEqual(['category', 'ruleId', 'source', 'severity', 'reason', 'actual', 'expected', 'note', 'position']);
      expect(Object.keys(m.position)).toEqual(['start', 'end']);
      expect(Object.keys(m.position.start)).toEqual(['line', 'column', 'offset']);
      expect(Object.keys(m.position.end)).toEqual(['line', 'column', 'offset']);
    }
  });

  it('is deterministic', () => {
    for (const { text } of fixtures.slice(0, 3)) expect(check(text)).toEqual(check(text));
  });

  it('returns an empty report for empty text', () => {
    const report = check('');
    expectValidReport('', report);
    expect(report.messages).toEqual([]);
    expect(report.actions).toEqual([]);
    expect(report.summary.words).toBe(0);
  });
});
