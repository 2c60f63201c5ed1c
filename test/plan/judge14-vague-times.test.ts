/** Session 14: open times written as a term, a request, a schedule or a wait on a document; "to be arranged" after a step. */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const plan = (line: string) => `Plan\n1. ${line}\n`;
const judge = (line: string) => actionWith(plan(line), line.slice(0, 12));

describe('a school term with no dates is vague', () => {
  it.each([
    ['Year 9 tutor to run a lesson on staying safe online next term.', 'next term'],
    ['Mr Oduya to teach Kai a session on safe friendships this term.', 'this term'],
  ])('%s', (line, when) => {
    const a = judge(line);
    expect(a.when).toBe(when);
    expect(a.problems).toContain('vague-timescale');
  });

  it('a When cell that is only a term is vague; a term with its year, or "in term time", is not', () => {
    const t = 'Action\tWho\tWhen\nAsk for an early review of Zac’s support plan\tSENCo\tAutumn term\nWalk Zac to school\tDad\tAutumn term 2027\n';
    expect(actionWith(t, 'early review').problems).toContain('vague-timescale');
    expect(actionWith(t, 'Walk Zac').problems).not.toContain('vague-timescale');
    expect(judge('Contact with Nana to be on Saturdays in term time.').problems).not.toContain('vague-timescale');
  });
});

describe('someone else’s call, a schedule not given, a wait on a document', () => {
  it.each([
    ['Kerry will do a breath test at the clinic when asked.', 'when asked'],
    ['Dean to go to his probation appointments as scheduled.', 'as scheduled'],
    ['Mum to give urine samples on request.', 'on request'],
  ])('%s', (line, when) => {
    const a = judge(line);
    expect(a.when).toBe(when);
    expect(a.problems).toContain('vague-timescale');
  });

  it('"once the report is received" waits on someone else', () => {
    expect(judge('Housing to look at a move once the surveyor’s report is received.').problems).toContain('vague-timescale');
  });
});

describe('"to be arranged" after a step is the step; after a meeting it is the date', () => {
  it('a referral or assessment "– to be arranged" has no time', () => {
    const a = judge('Referral to the young carers service – to be arranged.');
    expect(a.problems).toContain('missing-timescale');
    expect(a.problems).not.toContain('vague-timescale');
  });

  it('a meeting or visit "– to be arranged" leaves its date open', () => {
    expect(judge('Family meeting with the aunts – to be arranged.').problems).toContain('vague-timescale');
  });
});
