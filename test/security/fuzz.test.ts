/**
 * Property-based fuzzing of the engine: any string returns a valid report
 * (JSON Schema), every position is in bounds with `actual` equal to its
 * slice, nothing throws, and time grows linearly with length.
 *
 * FUZZ_RUNS sets the number of generated cases (default 10,000; seeded, so a
 * failure can be replayed with FUZZ_SEED).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { expectValidReport, validateReport } from '../helpers.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261201);

/** Pieces of real plans, so generated text reaches the plan and term rules, not just the parser. */
const planPiece = fc.constantFrom(
  'Mum will', 'Dad to', 'SW', 'ICPC', 'core group', 'by Friday 13 March', '03/04/2026', 'ongoing', 'asap', 'TBC',
  'What needs to happen\tWho\tBy when\n', '\t', '\r\n', '\n', '\r', '\n\n', '• ', '- ', '1. ', 'a) ', 'i) ', 'Who:', 'When:',
  '“', '”', '"', '‘', '’', "'", '(', ')', '[', ']', '|', 'will be made', 'failed to engage', 'contact with', 'significant harm',
  'You will', 'I will', 'It is agreed that', 'The social worker must', 'every Tuesday', 'within 10 working days',
  ':', ' : ', ' – ', ' — ', ' - ', 'ACTION:', 'ACTIONS:', 'Action (KB):', '(HV – 19/01/27)', '(TBC)', '(Lead: SW)', '> ', '**', 'Me:',
  'What will happen?', 'Who?', 'When?', 'We asked that', 'It is recommended that', 'Analysis and plan\n', 'Contingency plan\n',
  'Lead:', 'Timescale:', 'Progress:', 'From:', 'Dear Jo,\n', 'if', 'until', 'by the review conference', 'in the new year', "I'll",
  '😀', 'x\u0301', 'שלום', 'مرحبا', '\u202e', '\u0000', '\u0007', '\ufeff', '\ud800', '\udfff', 'ﬁ', 'ß', 'İ', '½', '£', '–', '—', '…',
);

const planLike = fc.array(fc.oneof(planPiece, fc.string({ maxLength: 12 }), fc.constant(' ')), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  { weight: 3, arbitrary: planLike },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
);

function expectGood(text: string): void {
  const report = check(text);
  expectValidReport(text, report);
}

describe('engine fuzzing', () => {
  it(`returns a valid report for any string (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const report = check(text);
        if (!validateReport(report)) return false;
        for (const m of report.messages) {
          const { start, end } = m.position;
          if (start.offset < 0 || end.offset > text.length || start.offset > end.offset) return false;
          if (text.slice(start.offset, end.offset) !== m.actual) return false;
        }
        for (const a of report.actions) {
          if (text.slice(a.position.start.offset, a.position.end.offset) !== a.text) return false;
        }
        return true;
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);

  const big: Array<[string, () => string]> = [
    ['a 1 MB single word', () => 'a'.repeat(1_000_000)],
    ['50,000 blank lines', () => '\n'.repeat(50_000)],
    ['50,000 CRLF blank lines with spaces', () => ' \r\n'.repeat(50_000)],
    ['a pasted table with 500 columns', () => `${Array.from({ length: 500 }, (_, i) => `Col ${i}`).join('\t')}\n${Array.from({ length: 500 }, () => 'Mum will ring').join('\t')}\n`],
    ['deeply nested brackets and quotes', () => '(“[‘"'.repeat(20_000) + 'core group' + '"’]”)'.repeat(20_000)],
    ['only control characters', () => '\u0001\u0002\u0003\u0000\u007f'.repeat(20_000)],
    ['lone surrogates', () => '\ud800a\udc00'.repeat(30_000)],
    ['a list of 20,000 bullets', () => '• Mum will ring the school by Friday\n'.repeat(20_000)],
    ['one sentence of 50,000 words', () => 'Mum and '.repeat(50_000)],
  ];
  // found by the part-length work: an item whose owner slot before the colon holds no word
  it('survives list items with nothing before a colon', () => {
    for (const text of ['1. :\n– 1. ring', '• :\n– ring', '- :\n- :', 'a) :\n:\n– i) Mum:']) expectGood(text);
  });

  for (const [name, make] of big) {
    it(`survives ${name}`, () => expectGood(make()), 120_000);
  }

  it('takes time linear in length', () => {
    const unit = 'Mum will take Amy to the ICPC by Friday. The core group was agreed.\n• Dad to ring SW – ongoing\nWhat\tWho\tWhen\nRing school\tMum\t03/04/2026\n';
    const cost = (n: number): number => {
      const text = unit.repeat(n);
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        check(text);
        best = Math.min(best, performance.now() - start);
      }
      return best / text.length;
    };
    cost(50); // warm up
    const perChar = [cost(50), cost(500), cost(5000)];
    const median = perChar.slice().sort((a, b) => a - b)[1] ?? 0;
    // A generous bound: the machine is shared and small inputs are noisy; quadratic growth would be 100×.
    for (const c of perChar) expect(c).toBeLessThan(median * 8);
  }, 120_000);
});
