/** Session 15 misses: short time units, counted weeks, print headers, passive steps at a meeting, letters' closing lines. */
import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf } from './helpers.js';

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

describe('a printout whose title and print stamp share a line', () => {
  it('the title block over the case details is not an action', () => {
    const t = [
      'Eastvale City Council  -  Family Services',
      'CHILD PROTECTION PLAN                                          Printed: 03/03/2027 11:40 by KPATEL',
      'Case no: 99120',
      'Child: Leo GRANT (6y)',
      'Plan start date: 01/03/2027          Review: 24/05/2027',
      'Key worker: Kiran Patel (SW)   Tel: 01632 960001',
      '',
      'ACTIONS',
      'Action:',
      'Sam to take Leo to the dentist.',
      'Responsible:',
      'Sam Grant (Dad)',
      'Target date:',
      '12/03/2027',
    ].join('\n');
    const acts = actionsOf(t);
    expect(acts.map((a) => a.text.split('\n')[0])).toEqual(['Sam to take Leo to the dentist.']);
  });
});

describe('a passive step with no doer, set at the plan\'s meetings', () => {
  const t = [
    'NEXT STEPS',
    '• Gran – collect Jayden from school on Mondays – weekly',
    '• Ms Hill – ring Dad about the housing letter – by 9 March',
    '',
    'Safety map to be looked at again at every core group.',
    '',
    'Notes to be sent out within 10 working days.',
  ].join('\n');

  it('is an action with no owner', () => {
    const a = actionWith(t, 'Safety map');
    expect(a.when).toBe('at every core group');
    expect(a.problems).toContain('missing-owner');
  });

  it('a line about the notes of the meeting is not one', () => {
    expect(actionsOf(t).some((a) => a.text.startsWith('Notes'))).toBe(false);
  });
});
