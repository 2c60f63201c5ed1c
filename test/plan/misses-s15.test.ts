/** Session 15 misses: short time units, counted weeks, print headers, passive steps at a meeting, letters' closing lines. */
import { describe, expect, it } from 'vitest';
import { actionWith } from './helpers.js';

describe('short forms of time units', () => {
  const plan = [
    'Actions agreed',
    '',
    '- Duty team to visit within 48 hrs of any call from the school.',
    '- Family support worker to see Dominic every 3 wks at home.',
    '- Kieran to stay off alcohol for 6 mths.',
    '- Practice nurse to weigh Esme again in 2/52.',
  ].join('\n');

  it('"hrs", "wks", "mths" make a period like "hours", "weeks", "months"', () => {
    expect(actionWith(plan, 'Duty team').when).toBe('within 48 hrs of any call from the school');
    expect(actionWith(plan, 'Duty team').problems).not.toContain('missing-timescale');
    expect(actionWith(plan, 'every 3 wks').when).toBe('every 3 wks');
    expect(actionWith(plan, '6 mths').problems).not.toContain('missing-timescale');
  });

  it('"2/52" is two weeks, not a date that does not exist', () => {
    expect(actionWith(plan, 'Practice nurse').when).toContain('2/52');
    expect(actionWith(plan, 'Practice nurse').problems).not.toContain('missing-timescale');
  });
});

describe('"for the baby\'s first N weeks"', () => {
  it('whose first weeks they are does not hide the period', () => {
    const t = ['What will happen', '', '- Auntie Bev will sleep at the house for the baby’s first 3 weeks.', '- Marcus to stay at his brother’s for Ella’s first 10 days.'].join('\n');
    expect(actionWith(t, 'Auntie Bev').when).toBe('for the baby’s first 3 weeks');
    expect(actionWith(t, 'Marcus').when).toBe('for Ella’s first 10 days');
  });
});
