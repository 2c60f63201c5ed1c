/**
 * Lines that are not part of the plan although they read like actions: a
 * letter's opening paragraph under its subject line, a contingency when the
 * plan's own actions sit under a views heading, and someone's words under a
 * heading that is only their name.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf } from './helpers.js';

describe("a letter's subject line is its title, not a plan heading", () => {
  const letter = [
    'Dear Ms Okoro,',
    '',
    'Plan for Amara and Tobi',
    '',
    'Thank you for seeing me last week. Your plan will be checked again at the review conference on Friday 14 May 2027.',
    '',
    'What we agreed',
    'I will come to see you and the children every Thursday after school.',
    '',
    'You will take Tobi to his speech therapy sessions at Elm Clinic on Mondays.',
    '',
    'Best wishes,',
    'Ruth Adams, social worker',
  ].join('\n');

  it('the opening paragraph gives no action; the agreed lines do', () => {
    const acts = actionsOf(letter);
    expect(acts.map((a) => a.who)).toEqual(['I', 'You']);
    expect(acts.some((a) => a.text.includes('review conference'))).toBe(false);
  });
});

describe('a contingency stays out when the actions sit under a views heading', () => {
  const plan = [
    'CHILD PROTECTION PLAN',
    'Children: Kai Brennan (10), Lola Brennan (4)',
    '',
    'Background',
    'Mum drinks most evenings and Kai has been looking after Lola.',
    '',
    'Kai’s views: “I don’t want Lola to be scared at night.”',
    '',
    'Step 1: Mum to start at the Horizon alcohol service.',
    'Who: Mum (Tess)   When: by 20.1.27',
    '',
    'Step 2: Kai to be offered a young carers place.',
    'Who: Social worker   When: before half term',
    '',
    'If nothing changes',
    'If Mum is drunk while she is looking after Lola again, we will ask for a legal planning meeting.',
  ].join('\n');

  it('reads the steps and not the "If …" paragraph under the contingency heading', () => {
    const acts = actionsOf(plan);
    expect(acts.map((a) => a.who)).toEqual(['Mum (Tess)', 'Social worker']);
    expect(acts.some((a) => a.text.includes('legal planning'))).toBe(false);
  });
});

describe("someone's words under a heading that is only their name", () => {
  const plan = [
    'Review plan',
    '',
    'Plan',
    'What will happen\tWho\tWhen',
    'Take Ezra to the wheelchair clinic\tMum\t3 June',
    'Chase the hoist repair\tOT\tthis week',
    '',
    'Ivy',
    'Ivy told us, “I help with Ezra’s bath every night and I’m tired.” Ivy is to have a chat with the school nurse.',
    '',
    'Mum',
    'Mum will ring the OT if the hoist breaks again.',
  ].join('\n');

  it('the paragraph that opens with her quoted words is not an action', () => {
    const acts = actionsOf(plan);
    expect(acts.some((a) => a.text.includes('school nurse'))).toBe(false);
    expect(acts.some((a) => a.text.includes('ring the OT'))).toBe(true);
  });

  it('a paragraph that only quotes a few words later is still read', () => {
    const t = plan.replace('Ivy told us, “I help with Ezra’s bath every night and I’m tired.” Ivy is to have a chat with the school nurse.', 'Ivy says she helps a lot but “not every night”. The school nurse will see Ivy every week from 7 June.');
    expect(actionsOf(t).some((a) => a.text.includes('school nurse will see Ivy'))).toBe(true);
  });
});
