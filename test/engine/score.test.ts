import { describe, expect, it } from 'vitest';
import { check as realCheck, createChecker } from '../../src/engine/index.js';
import { score } from '../../src/engine/score.js';
import type { Message } from '../../src/engine/types.js';
import { makeRules, termsFile } from '../helpers.js';

const check = createChecker(
  makeRules({ 'jargon/p.yml': termsFile('jargon', [{ term: 'core group', plain: ['plan meeting'] }, { term: 'liaise', plain: ['talk'] }]) }),
);
const on = { jargon: true, wording: true, readability: true, plan: true };

function message(category: Message['category'], severity: Message['severity']): Message {
  const p = { line: 1, column: 1, offset: 0 };
  return { category, ruleId: 'x', source: 'x', severity, reason: 'x', actual: '', expected: [], note: '', position: { start: p, end: p } };
}

describe('score', () => {
  it('is 100 for a plain plan and between 0 and 100 always', () => {
    const good = realCheck('Mum will take Amy to the dentist on Friday 3 April. Dad will fix the stair gate by Sunday.');
    expect(good.actions).toHaveLength(2);
    expect(good.summary.score).toBe(100);
    const bad = check('Liaise with the core group. '.repeat(50));
    expect(bad.summary.score).toBeGreaterThanOrEqual(0);
    expect(bad.summary.score).toBeLessThan(50);
  });

  it('never rises when a further problem is found', () => {
    const base = { words: 200, sentences: [], actions: [], readingAge: 10, targetReadingAge: 11, enabled: on };
    let previous = 101;
    const messages: Message[] = [];
    for (let i = 0; i < 60; i++) {
      messages.push(message(i % 2 ? 'jargon' : 'wording', i % 3 === 0 ? 'suggestion' : 'warning'));
      const s = score({ ...base, messages }).score;
      expect(s).toBeLessThanOrEqual(previous);
      previous = s;
    }
    expect(previous).toBeLessThan(20);
    const problems = ['missing-owner', 'missing-timescale', 'vague-action'] as const;
    const action = { text: 'x', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }, what: 'x', who: null, when: null };
    let last = 101;
    for (let n = 0; n <= problems.length; n++) {
      const s = score({ ...base, messages: [], actions: [{ ...action, problems: [...problems.slice(0, n)] }] }).score;
      expect(s).toBeLessThanOrEqual(last);
      last = s;
    }
  });

  it('is fair to length: a long plan scores as a short plan with the same density', () => {
    const para = 'The core group will meet. Mum will take Amy to nursery every weekday. Dad will cook tea each night at six. ';
    const short = check(para.repeat(2)).summary.score;
    const long = check(para.repeat(40)).summary.score;
    expect(Math.abs(short - long)).toBeLessThanOrEqual(1);
  });
});
