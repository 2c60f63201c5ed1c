/** Letters and long prose: explanations, hopes, offers to explain, soft asks, lead-in lines and contingency paragraphs. */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const letter = [
  'Dear Priya,',
  '',
  'Noah’s plan after the meeting',
  '',
  'Everyone agreed that Noah can come off the child protection plan. That is because the flat is safe now and Noah is at nursery every day. This means the family centre will still help, but you can say no. Noah will now have a child in need plan instead.',
  '',
  'Here is what we agreed.',
  '',
  'Health',
  'You will take Noah to the eye clinic on Monday 10 May at 2pm.',
  'The letting agent to mend the front door lock.',
  '',
  'What we hope for',
  'By the summer we hope Noah will be sleeping through the night.',
  '',
  'If any of this does not make sense, ring me and I will explain it.',
  '',
  'Best wishes,',
  'Omar',
].join('\n');

describe('a letter that explains before it plans', () => {
  it('reads only what follows "Here is what we agreed." as the plan', () => {
    const acts = actionsOf(letter).map((a) => a.text);
    expect(acts.some((t) => t.startsWith('That is because'))).toBe(false);
    expect(acts.some((t) => t.startsWith('This means'))).toBe(false);
    expect(acts.some((t) => t.includes('child in need plan'))).toBe(false);
    expect(acts.some((t) => t.startsWith('You will take Noah'))).toBe(true);
  });

  it('gives a letting agent the job it is given', () => {
    expect(actionWith(letter, 'front door lock').who).toBe('The letting agent');
  });

  it('does not read a hope or an offer to explain the letter as an action', () => {
    const acts = actionsOf(letter).map((a) => a.text);
    expect(acts.some((t) => t.includes('sleeping through'))).toBe(false);
    expect(acts.some((t) => t.includes('explain'))).toBe(false);
    expect(acts).toHaveLength(2);
  });
});

const prose = [
  'Plan for the twins',
  '',
  'What needs to happen',
  'Dad will take the twins to the dentist by Friday 7 May. It would be helpful if Dad could think about how his shouting frightens the twins.',
  '',
  'Core group members',
  'Kayla (mum), Dad, the health visitor, the social worker.',
  '',
  'Review',
  'The review conference will be on Thursday 24 June 2027 at 10am.',
].join('\n');

describe('actions buried in a newly qualified worker’s prose', () => {
  it('takes a soft ask as an action of the person asked, and flags it as vague', () => {
    const a = actionWith(prose, 'would be helpful');
    expect(a.who).toBe('Dad');
    expect(a.problems).toContain('vague-action');
  });

  it('finds the review date under a heading of its own after the plan', () => {
    expect(actionWith(prose, 'review conference').when).toContain('24 June');
  });
});

describe('a contingency paragraph under the action list', () => {
  const plan = [
    'Safety plan for Leo',
    '',
    'WHAT NEEDS TO HAPPEN NOW',
    '– Gran will collect Leo from school every Friday at 3pm.',
    '– Mr Shah will ring the social worker the same day if Leo is absent.',
    '',
    'If Leo goes missing, call 999 straight away. If Mum lets Wayne back in, the social worker will ask for a legal meeting.',
  ].join('\n');

  it('does not take a paragraph made only of conditions as actions', () => {
    expect(actionsOf(plan).map((a) => a.text).some((t) => t.includes('999'))).toBe(false);
    expect(actionsOf(plan)).toHaveLength(2);
  });
});
