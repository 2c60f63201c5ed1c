/** Session 14: a visit as a clear "when", a harm judgement as a vague trigger, a time in the next short sentence. */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const plan = (line: string) => `Plan\n1. ${line}\n`;
const judge = (line: string) => actionWith(plan(line), line.slice(0, 12));

describe('a visit or an arrival after a mid-sentence "when" is acted on as it happens', () => {
  it.each([
    ['Gran will show me Leo’s room when I visit.', 'when I visit'],
    ['Dad will put the dog outside when Nana comes.', 'when Nana comes'],
  ])('%s', (line, when) => {
    const a = judge(line);
    expect(a.when).toBe(when);
    expect(a.problems).not.toContain('missing-timescale');
    expect(a.problems).not.toContain('vague-timescale');
  });
});

describe('a condition that turns on what counts as harm is a judgement', () => {
  it('"if Mia tells someone about more harm" is vague', () => {
    const a = judge('Strategy discussion to be held again if Mia tells her teacher about more harm.');
    expect(a.problems).toContain('vague-timescale');
  });
});

describe('the time in a short sentence that follows the action and refers back to it', () => {
  const letter = (body: string) => ['Dear Kyle,', '', 'What you will do', body, 'You will take Ella to nursery every weekday by 9am.', '', 'From Sam (social worker)'].join('\n');

  it('"This starts from Monday." times the rule before it', () => {
    const t = letter('You will not leave Ella alone in the flat. This starts from Monday.');
    expect(actionWith(t, 'alone in the flat').problems).not.toContain('missing-timescale');
  });

  it('a next sentence about something else gives no time', () => {
    const t = letter('You will not leave Ella alone in the flat. Ella likes nursery on Mondays.');
    expect(actionWith(t, 'alone in the flat').problems).toContain('missing-timescale');
  });
});
