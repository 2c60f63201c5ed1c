import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('what and when judgements (round 3)', () => {
  const plan = [
    'Child protection plan for Mia Ford',
    '',
    'Actions',
    '1. Outreach worker support to continue for Gemma.',
    '2. Outreach worker to ring Gemma every Friday at 2pm.',
    '3. Both girls to have their wishes heard.',
    '4. Dad to have his boiler fixed by 20 March.',
    '5. The college to look at a move to a part-time course.',
    '6. The nurse will look at Mia’s inhaler with her GP on 14 March.',
    '7. Core group to be brought forward if – there are new concerns.',
    '8. Aunt Rita to collect Mia from college if – Mum has not arrived by 4pm.',
    '9. Dad to look at the rent statement on Monday 9 March with the housing officer.',
  ].join('\n');

  it('calls continuing support with no step vague, but keeps a named step clear', () => {
    expect(actionWith(plan, 'support to continue').problems).toContain('vague-action');
    expect(actionWith(plan, 'every Friday').problems).toEqual([]);
  });

  it('reads "to have their wishes heard" as something the children receive, with no doer', () => {
    const a = actionWith(plan, 'wishes heard');
    expect(a.problems).toContain('vague-action');
    expect(a.problems).toContain('missing-owner');
  });

  it('keeps a causative with a concrete result as the subject’s own step', () => {
    const a = actionWith(plan, 'boiler');
    expect(a.who).toBe('Dad');
    expect(a.problems).toEqual([]);
  });

  it('calls an untimed "look at" consideration, and a timed one a review', () => {
    expect(actionWith(plan, 'part-time course').problems).toContain('vague-action');
    expect(actionWith(plan, 'inhaler').problems).not.toContain('vague-action');
    expect(actionWith(plan, 'rent statement').problems).not.toContain('vague-action');
  });

  it('reads a condition after a stray dash as the timescale', () => {
    const vague = actionWith(plan, 'brought forward');
    expect(vague.when).toContain('new concerns');
    expect(vague.problems).toContain('vague-timescale');
    const clear = actionWith(plan, 'Aunt Rita');
    expect(clear.when).toContain('4pm');
    expect(clear.problems).not.toContain('vague-timescale');
    expect(clear.problems).not.toContain('missing-timescale');
  });
});
