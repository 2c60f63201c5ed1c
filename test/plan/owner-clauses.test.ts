import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const plan = (...lines: string[]): string => ['What will happen', '', ...lines.map((l, i) => `${i + 1}. ${l}`)].join('\n');

describe('the "by" agent of a passive, wherever it stands in the clause', () => {
  const text = plan(
    'Jacob will be driven to his swimming lesson at Riverside Leisure Centre by his uncle every Saturday.',
    'The new cooker will be fitted in the kitchen by Greenway Homes by 14/03/2027.',
    'The bedroom is to be cleared by 20/03/2027.',
  );
  it('finds an agent several words after the verb', () => {
    expect(actionWith(text, 'swimming').who).toBe('his uncle');
    expect(actionWith(text, 'swimming').problems).not.toContain('missing-owner');
    expect(actionWith(text, 'cooker').who).toBe('Greenway Homes');
  });
  it('does not take a date after "by" as the agent', () => {
    expect(actionWith(text, 'bedroom').who).toBeNull();
    expect(actionWith(text, 'bedroom').problems).toContain('missing-owner');
  });
  it('reads "by the core group" after a passive as who, not only as when', () => {
    const t = plan('Help for Grandad with the garden to be looked into by the core group.');
    expect(actionWith(t, 'Grandad').who).toBe('the core group');
    expect(actionWith(t, 'Grandad').problems).toContain('vague-owner');
    expect(actionWith(t, 'Grandad').problems).toContain('vague-action');
  });
});

describe('subjects that name nobody', () => {
  it('"There will be…" is a rule with no one named to keep it', () => {
    const t = ['Safety', 'Marek says he is scared of the shouting. There will be no overnight stays at Paul’s flat until the police have finished their enquiries. Tess will visit every Monday.'].join('\n');
    const a = actionWith(t, 'overnight stays');
    expect(a.who).toBeNull();
    expect(a.problems).toContain('missing-owner');
  });
  it('"Someone will…" names nobody', () => {
    const a = actionWith(plan('Someone will talk to Lucy about why her dad moved out.'), 'Lucy');
    expect(a.who).toBeNull();
    expect(a.problems).toContain('missing-owner');
  });
});

describe('a name after a preposition is not the doer', () => {
  it('a place at a named nursery has no owner', () => {
    const a = actionWith(plan('A two-day place at Bluebell Pre-School to begin in the spring term.'), 'Bluebell');
    expect(a.who).toBeNull();
    expect(a.problems).toContain('missing-owner');
  });
  it('but a role at a named place, or an aside between commas, still owns the action', () => {
    const t = plan(
      'Ms Greene, head of year at Westfield Academy, will meet Tyler every Monday at 9am.',
      'A nurse from the Harbour Clinic will check Evie’s weight on 02/02/2027.',
    );
    expect(actionWith(t, 'Tyler').problems).not.toContain('missing-owner');
    expect(actionWith(t, 'weight').problems).not.toContain('missing-owner');
  });
});

describe('owners named outside the subject slot', () => {
  it('", with <owner> to <verb>" names the doer of an outcome line', () => {
    const a = actionWith(plan('Punctuality for all three children to improve, with the nursery to ring Mum on any late morning.'), 'Punctuality');
    expect(a.who).toBe('the nursery');
    expect(a.problems).not.toContain('missing-owner');
    expect(a.problems).toContain('vague-action');
  });
  it('a later sentence of the same item that says "X will do it" gives the owner', () => {
    const a = actionWith(plan('A Polish interpreter will be arranged for each visit. Agata will arrange it.'), 'interpreter');
    expect(a.who).toBe('Agata');
    expect(a.problems).not.toContain('missing-owner');
  });
  it('a later sentence that does not refer back gives no owner', () => {
    const a = actionWith(plan('A Polish interpreter will be arranged for each visit. Agata will ring Mum on Fridays.'), 'interpreter');
    expect(a.problems).toContain('missing-owner');
  });
  it('words in brackets after the owner do not hide a passive with a "by" agent', () => {
    const a = actionWith(plan('Grandma (lives in Cardiff, sees the boys twice a year) to be sent the plan by the social worker by 10/02/2027.'), 'Grandma');
    expect(a.who).toBe('the social worker');
  });
});
