import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('judging what and when (session 12, round 2)', () => {
  const plan = [
    'Child protection plan for Kai Brook (7)',
    '',
    'Actions',
    '1. Gran to make sure Kai does not visit the flat on Mill Lane.',
    '2. Gran to make sure the house is warm.',
    '3. Dad to ensure Kai is never alone in the car with his uncle.',
    '4. The local authority will review the plan in line with PLO timescales.',
    '5. Kai\'s inhaler dose to be checked by the GP next clinic appt',
    '6. Somebody will help him understand what the court said.',
    '7. You will hand over your spare key if you can find it, so it can be kept at the office.',
    '8. A neighbour to be found for Kai to knock on if he cannot get in.',
    '9. Dad to tell the school if Kai has a bad night.',
  ].join('\n');

  it('reads "make sure / ensure" with a forbidden act as a checkable rule, and a state as vague', () => {
    expect(actionWith(plan, 'Mill Lane').problems).not.toContain('vague-action');
    expect(actionWith(plan, 'never alone').problems).not.toContain('vague-action');
    expect(actionWith(plan, 'house is warm').problems).toContain('vague-action');
  });

  it('calls court-process timescales vague', () => {
    const a = actionWith(plan, 'PLO timescales');
    expect(a.problems).toContain('vague-timescale');
    expect(a.problems).not.toContain('missing-timescale');
  });

  it('reads "appt" as an appointment, vague when the next one is undated', () => {
    const a = actionWith(plan, 'inhaler');
    expect(a.when).toBe('next clinic appt');
    expect(a.problems).toContain('vague-timescale');
  });

  it('calls helping someone understand vague', () => {
    expect(actionWith(plan, 'court said').problems).toContain('vague-action');
  });

  it('does not read "if X can / cannot…" inside an action as its time', () => {
    const key = actionWith(plan, 'spare key');
    expect(key.when).toBeNull();
    expect(key.problems).toContain('missing-timescale');
    const n = actionWith(plan, 'neighbour');
    expect(n.when).toBeNull();
    // a condition that names an event stays a time
    expect(actionWith(plan, 'bad night').when).toBe('if Kai has a bad night');
  });

  it('reads a bare "to" after an owner label as the start of the verb', () => {
    const p = ['Plan', '', 'Who does what', 'Housing: to look at the transfer request.', 'Housing: to look at the transfer request by 3 May.'].join('\n');
    expect(actionWith(p, 'request.').problems).toContain('vague-action');
    expect(actionWith(p, '3 May').problems).not.toContain('vague-action');
  });

  it('keeps a clear trigger in the action when the When cell is blank', () => {
    const t = ['Plan', '', 'Action\tWho\tWhen', 'Photograph any bruise if the nursery notice one\tNursery\t', 'Talk to five people he can go to if he is upset\tKai\t'].join('\n');
    const a = actionWith(t, 'bruise');
    expect(a.when).toBe('if the nursery notice one');
    expect(a.problems).not.toContain('missing-timescale');
    // a condition after "can" says what is possible, not when
    expect(actionWith(t, 'five people').problems).toContain('missing-timescale');
  });
});

describe('a child who receives something is not its owner (session 12, round 2)', () => {
  const plan = [
    'Child protection plan',
    'Children: Ruby Kerr (5) and Jacob Kerr (11)',
    'Mum: Donna Kerr (34)',
    '',
    'Actions',
    '1. Ruby to start her funded hours at Oak Tree nursery.',
    '2. Baby to have her hip scan.',
    '3. Jacob to ring Childline if he feels scared at home.',
    '4. Donna to have a hair strand test by 30 April.',
  ].join('\n');

  it('leaves the owner empty when a named child or the baby receives', () => {
    expect(actionWith(plan, 'funded hours').problems).toContain('missing-owner');
    expect(actionWith(plan, 'hip scan').problems).toContain('missing-owner');
  });

  it('keeps a child who acts, and an adult who receives, as owners', () => {
    expect(actionWith(plan, 'Childline').who).toBe('Jacob');
    expect(actionWith(plan, 'hair strand').who).toBe('Donna');
  });
});

describe('an owner after a dash (session 12, round 2)', () => {
  it('takes the role that follows a dash as the owner of a passive step', () => {
    const p = ['Plan', '', 'Actions', '1. Court bundle to be drafted – legal team to file it by 9 June', '2. Court bundle to be checked – copies to go to the court'].join('\n');
    expect(actionWith(p, 'legal team').who).toBe('legal team');
    // a thing after a dash is no owner
    expect(actionWith(p, 'copies').who).toBeNull();
  });
});
