/**
 * When-judgements that depend on what a phrase does in its sentence: "by the core group" as the agent of a passive,
 * a season naming which half term, going home from hospital as its own event, a clear trigger against an open-ended
 * "until", a concession ("even if"), a condition that describes what is arranged, and the first sentence's time.
 */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

const plan = (line: string, extra = '') => `${extra}What will happen\n- ${line}\n`;
const judge = (line: string, extra = '') => actionWith(plan(line, extra), line.slice(0, 14));

describe('"by the" + a group of people is who acts, not when', () => {
  it.each([
    'Respite options for Harvey to be looked at by the core group.',
    'The bedtime routine will be agreed by the core group members.',
  ])('%s', (line) => {
    const a = judge(line, 'Next core group: 04/03/2027\n');
    expect(a.when).toBeNull();
    expect(a.problems).toContain('missing-timescale');
  });

  it.each([
    ['Carla will finish the housing form by the next core group.', 'by the next core group'],
    ['Carla will finish the housing form by the core group on 11/03/2027.', 'by the core group on 11/03/2027'],
    ['Carla will finish the housing form by the core group meeting.', 'by the core group meeting'],
  ])('%s', (line, when) => {
    const a = judge(line, 'Next core group: 04/03/2027\n');
    expect(a.when).toBe(when);
    expect(a.problems).not.toContain('missing-timescale');
    expect(a.problems).not.toContain('vague-timescale');
  });
});

describe('a season before an anchor names which one', () => {
  it('is clear when the plan dates the half term', () => {
    const a = judge('The college will book Tariq a careers interview before Autumn half term.', 'Autumn half term runs from 26 to 30 October.\n');
    expect(a.when).toBe('before Autumn half term');
    expect(a.problems).not.toContain('vague-timescale');
  });
  it('is vague when the plan never dates it', () => {
    const a = judge('The college will book Tariq a careers interview before Autumn half term.');
    expect(a.problems).toContain('vague-timescale');
  });
  it('a season on its own is still loose', () => {
    const a = judge('The college will book Tariq a careers interview before the summer.');
    expect(a.problems).toContain('vague-timescale');
  });
});

describe('going home from hospital is not dated by the due date', () => {
  const header = 'Estimated due date: 14/05/2027\n';
  it('"before baby goes home" stays vague', () => {
    const a = judge('Car seat to be fitted by Liam before baby goes home.', header);
    expect(a.when).toBe('before baby goes home');
    expect(a.problems).toContain('vague-timescale');
  });
  it('"before the birth" is dated by the due date', () => {
    const a = judge('Car seat to be fitted by Liam before the birth.', header);
    expect(a.problems).not.toContain('vague-timescale');
  });
  it('a discharge date in the plan dates it', () => {
    const a = judge('Car seat to be fitted by Liam before baby goes home.', `${header}Planned discharge: 18/05/2027\n`);
    expect(a.problems).not.toContain('vague-timescale');
  });
});

describe('a clear trigger outranks an open-ended "until"', () => {
  it('the trigger says when, the "until" how long', () => {
    const a = judge('When Jodie feels the room getting loud, she will take her headphones outside until she feels settled down.');
    expect(a.when).toBe('When Jodie feels the room getting loud');
    expect(a.problems).not.toContain('vague-timescale');
  });
  it('an open-ended "until" alone is still vague', () => {
    const a = judge('Marcus will not visit the house until the checks have come back.');
    expect(a.problems).toContain('vague-timescale');
  });
});

describe('"even if" sets no time', () => {
  it('a rule with a concession has no timescale', () => {
    const a = judge('I will not meet anyone from the app, even if they offer to pay for my taxi.');
    expect(a.when).toBeNull();
    expect(a.problems).toContain('missing-timescale');
  });
  it('a plain "if" is still a trigger', () => {
    const a = judge('I will tell Miss Dale if anyone from the app asks to meet me.');
    expect(a.when).toBe('if anyone from the app asks to meet me');
  });
});

describe('a condition inside ", naming…" describes what is arranged', () => {
  it('the arrangement has no timescale', () => {
    const a = judge('A back-up plan to be written with the wider family, naming who will collect Evie from nursery if Dad is admitted to hospital.');
    expect(a.when).toBeNull();
    expect(a.problems).toContain('missing-timescale');
  });
  it('a condition on the action itself is still its time', () => {
    const a = judge('A strategy meeting to be called if Evie is not collected from nursery.');
    expect(a.when).toBe('if Evie is not collected from nursery');
  });
});

describe('two sentences: the first one with a time gives it', () => {
  it('a vague first time is not hidden by a clear later one', () => {
    const a = judge('Uncle Femi will have Tobi at his flat for the time being. He will drive Tobi to football every Saturday.');
    expect(a.when).toBe('for the time being');
    expect(a.problems).toContain('vague-timescale');
  });
  it('a clear first time stays clear', () => {
    const a = judge('Uncle Femi will have Tobi at his flat from 2 March. He will keep Tobi away from the estate for now.');
    expect(a.when).toBe('from 2 March');
    expect(a.problems).not.toContain('vague-timescale');
  });
});

describe("a looked-after child's review is its own event", () => {
  const line = 'Tia’s social worker to ask about family time with her brother at the next LAC review.';
  it('the review conference date does not date it', () => {
    const a = judge(line, 'Review conference: 09/04/2027\n');
    expect(a.when).toBe('at the next LAC review');
    expect(a.problems).toContain('vague-timescale');
  });
  it('its own date does', () => {
    const a = judge(line, 'Next LAC review: 12/04/2027\n');
    expect(a.problems).not.toContain('vague-timescale');
  });
});
