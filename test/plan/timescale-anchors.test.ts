/** Event anchors ("by the review conference") are clear only when the plan gives the event a date somewhere. */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/index.js';
import { actionWith } from './helpers.js';

const item = 'Priya will finish the budgeting course with Oakmere Money Advice';

describe('an anchor is clear when the plan dates its event', () => {
  it.each([
    ['a key-value header', 'Review child protection conference: 17/03/2027'],
    ['capitals and a day-month date', 'RCPC 17 MARCH 2027'],
    ['markdown bold and a weekday', '**Review conference:** Wednesday 17 March 2027'],
    ['a sentence that says when it meets', 'The review conference will take place on 17th March at Elm House.'],
    ['the label on one line and the date on the next', 'Date of next review:\n17/03/2027'],
  ])('%s', (_how, header) => {
    const t = `${header}\n\nAgreed actions\n1. ${item} before the review conference.\n`;
    const a = actionWith(t, 'budgeting');
    expect(a.when).toBe('before the review conference');
    expect(a.problems).toEqual([]);
  });

  it('another name for the same meeting dates it too ("RCPC" for "the review")', () => {
    const t = `RCPC: 17/03/2027\n\nAgreed actions\n1. ${item} by the review.\n`;
    expect(actionWith(t, 'budgeting').problems).toEqual([]);
  });

  it('a core group the plan says meets "within 10 working days" is dated', () => {
    const t = `Agreed actions\n1. ${item} by the first core group.\n2. The core group will meet within 10 working days of today.\n`;
    expect(actionWith(t, 'budgeting').problems).toEqual([]);
  });

  it('an anchor that carries its own date needs nothing else', () => {
    const t = `Agreed actions\n1. ${item} by the next core group (22/02/2027).\n`;
    expect(actionWith(t, 'budgeting').problems).toEqual([]);
  });

  it('a fixed date (Christmas) needs no date in the plan', () => {
    const t = `Agreed actions\n1. ${item} before Christmas.\n`;
    expect(actionWith(t, 'budgeting').problems).toEqual([]);
  });
});

describe('an anchor the plan never dates is vague', () => {
  it.each([
    ['until the review conference', `${item} until the review conference.`],
    ['by the end of term', `${item} by the end of term.`],
    ['before the end of this term', `${item} before the end of this term.`],
    ['before the baby is born', `${item} before the baby is born.`],
    ['at the next core group', `${item} at the next core group.`],
  ])('%s', (when, line) => {
    const t = `Agreed actions\n1. ${line}\n`;
    const a = actionWith(t, 'budgeting');
    expect(a.when).toBe(when);
    expect(a.problems).toEqual(['vague-timescale']);
  });

  it('a date for a different event does not count ("Next core group: TBC", then a review date)', () => {
    const t = `Next core group: TBC    Review conference: 17/03/2027\n\nAgreed actions\n1. ${item} by the next core group.\n2. Tom will fix the boiler before the review conference.\n`;
    expect(actionWith(t, 'budgeting').problems).toEqual(['vague-timescale']);
    expect(actionWith(t, 'boiler').problems).toEqual([]);
  });

  it('a due date dates the birth', () => {
    const undated = `Agreed actions\n1. ${item} before the baby is born.\n`;
    const dated = `Baby due: 02/05/2027\n\n${undated}`;
    expect(actionWith(undated, 'budgeting').problems).toEqual(['vague-timescale']);
    expect(actionWith(dated, 'budgeting').problems).toEqual([]);
  });

  it('in a When cell too', () => {
    const t = 'What\tWho\tWhen\nFix the stair gate\tTom (Dad)\tBy half term\nBuy a fireguard\tTom (Dad)\t19/02/2027\n';
    expect(actionWith(t, 'stair gate').problems).toEqual(['vague-timescale']);
    expect(actionWith(t, 'fireguard').problems).toEqual([]);
    const dated = `Half term starts 15/02/2027\n\n${t}`;
    expect(actionWith(dated, 'stair gate').problems).toEqual([]);
  });
});

describe('the message says why a timescale is vague', () => {
  const plan = [
    'Agreed actions',
    '1. Femi will book a dentist check-up for both boys before the review conference.',
    '2. Aunt Bisi will have the boys for a night if Femi feels he needs a rest.',
    '3. Femi will fix the back-door lock asap.',
    '',
  ].join('\n');
  const reasons = check(plan)
    .messages.filter((m) => m.ruleId === 'plan/vague-timescale')
    .map((m) => m.reason);

  it('an undated event asks for its date', () => {
    expect(reasons).toContain('“before the review conference”: this plan never gives a date for that. Add the date next to it.');
  });
  it('a judgement trigger says the timing is left to someone', () => {
    expect(reasons.some((r) => r.startsWith('“if Femi feels he needs a rest” leaves the timing to someone’s judgement.'))).toBe(true);
  });
  it('a vague phrase is not a timescale', () => {
    expect(reasons).toContain('“asap” is not a timescale. Give a date or how often.');
  });
});
