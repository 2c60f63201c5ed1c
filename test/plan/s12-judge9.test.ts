import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('doers named later in the item (session 12, round 3)', () => {
  const plan = [
    'Child protection plan for Nia Evans (9)',
    '',
    'Actions',
    '1. Piano lessons for Nia – Gwen to look into a bursary by 30 May.',
    '2. Family group conference with Gran and Uncle Rhys — Owain to set up — by 12 June',
    '3. Inhalers to be stored on the top shelf and handed out by Dad, every morning.',
    '4. Medicines to be kept in a locked tin by 1 June.',
    '5. Dance club for Nia – no fees this term, by 1 June.',
    '6. Referral to the speech and language service for Nia – health visitor, by 20 May.',
  ].join('\n');

  it('takes the doer from a clause after a dash', () => {
    expect(actionWith(plan, 'Piano').who).toBe('Gwen');
    expect(actionWith(plan, 'Piano').problems).not.toContain('missing-owner');
    expect(actionWith(plan, 'Family group').who).toBe('Owain');
  });

  it('takes a bare role after a dash, before the time', () => {
    expect(actionWith(plan, 'speech and language').who).toBe('health visitor');
  });

  it('takes the agent of a second passive verb joined by "and"', () => {
    expect(actionWith(plan, 'Inhalers').who).toBe('Dad');
  });

  it('still flags a passive or a dash with nobody named', () => {
    expect(actionWith(plan, 'locked tin').problems).toContain('missing-owner');
    expect(actionWith(plan, 'Dance club').problems).toContain('missing-owner');
  });
});

describe('"CG" for core group (session 12, round 3)', () => {
  const dated = ['Core group notes', '', 'Next CG: Tuesday 6 April 2027, 10am', '', 'Actions', '1. Mum to book the dentist.   Mum – by next CG'].join('\n');
  const undated = ['Actions', '1. Dad to fix the stair gate by the next CG.'].join('\n');

  it('reads "next CG" as the core group, dated when the plan gives its date', () => {
    const a = actionWith(dated, 'dentist');
    expect(a.problems).not.toContain('missing-timescale');
    expect(a.problems).not.toContain('vague-timescale');
    expect(actionWith(undated, 'stair gate').problems).toContain('vague-timescale');
  });
});

describe('"throughout the day" (session 12, round 3)', () => {
  const plan = ['Actions', '1. Kit to be turned in bed by the night carer throughout the night.', '2. Mum to keep in touch with school throughout.'].join('\n');

  it('reads a routine through the day or night as clear, but "throughout" alone as vague', () => {
    expect(actionWith(plan, 'turned in bed').problems).not.toContain('vague-timescale');
    expect(actionWith(plan, 'keep in touch').problems).toContain('vague-timescale');
  });
});

describe('a call or an arrival as a trigger (session 12, round 3)', () => {
  const plan = ['What I will do', '', 'I will pick up the phone when Aunty Bea calls.', 'I will talk about staying safe when I am out.'].join('\n');

  it('reads a mid-sentence "when" before a call as a clear trigger, but not before a state', () => {
    const a = actionWith(plan, 'pick up the phone');
    expect(a.when).toBe('when Aunty Bea calls');
    expect(a.problems).not.toContain('missing-timescale');
    expect(actionWith(plan, 'staying safe').problems).toContain('missing-timescale');
  });
});

describe('a passive whose doer is named in a later sentence about the same thing (session 12, round 3)', () => {
  const plan = [
    'Actions',
    '1. Knives to be kept in the high drawer by Friday. Gary to show the health visitor the drawer when she calls.',
    '2. Pills to be kept in the cupboard by Friday. Gary to see the GP weekly.',
  ].join('\n');

  it('takes the doer of a later step on the same thing, and not of an unrelated step', () => {
    expect(actionWith(plan, 'Knives').who).toBe('Gary');
    expect(actionWith(plan, 'Pills').problems).toContain('missing-owner');
  });
});
